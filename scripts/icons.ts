// `npx tsx scripts/icons.ts`: draws the extension's icon (scripts/icon.svg) into the PNG sizes
// browsers ask for (public/icon/16.png ... 128.png), with Chromium, so the PNGs can be redrawn
// from the one SVG whenever it changes. The PNGs are committed; the build only copies them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser-path';

const DIR = resolve(import.meta.dirname, '../public/icon');
const SIZES = [16, 32, 48, 128];

async function main(): Promise<void> {
  const svg = readFileSync(resolve(import.meta.dirname, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      await page.screenshot({ path: resolve(DIR, `${size}.png`), omitBackground: true });
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
