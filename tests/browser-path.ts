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
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    'No Chromium found. Set CHROMIUM_PATH to a Chromium binary, or install one: ' +
      '`sudo apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium` where downloads work.',
  );
}
