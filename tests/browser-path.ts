import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then one that
 * Playwright installed. Google Chrome-branded builds ignore --load-extension, so they are not tried.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here: fine, the others may exist.
  }
  return firstExisting(
    candidates,
    'No Chromium found. Set CHROMIUM_PATH to a Chromium binary, or install one: ' +
      '`sudo apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium` where downloads work.',
  );
}

/**
 * The Firefox to drive (tests/e2e/firefox/driver.ts): $FIREFOX_PATH, then Debian's firefox-esr, then
 * a firefox on the usual path. It must be 140 or newer, the oldest our manifest accepts.
 */
export function findFirefox(): string {
  return firstExisting(
    [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'No Firefox found. Set FIREFOX_PATH to a Firefox 140+ binary, or install one: ' +
      '`sudo apt-get install -y firefox-esr` (Debian).',
  );
}

/** The first of the paths that exists, or an error that says how to get one. */
function firstExisting(candidates: readonly (string | undefined)[], missing: string): string {
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error(missing);
}

/** Chromium's flags wherever we drive it (tests, demo, bench): no sandbox, GPU, sync or updates. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
