// Does a hostile page open in one tab delay another tab's marks? Measures, in Chromium with the
// built extension (npm run build first), the time from navigating a shop page to its marks being
// painted: alone, and with a 256 KB hostile page loading in a second tab at the same moment. The
// hostile page holds the text that stalled the background before issue #23 (a run of spaces after
// a citation's year, '&' and '1,1,1' runs, 'K K K', a run without spaces, no-break spaces). A
// measurement to read, not a test: run it on a quiet machine and compare the medians.
//
//   npx tsx scripts/bench/hostile.ts [--runs N]
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../../tests/e2e/fixtures';
import { startServer } from '../../tests/e2e/server';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const RUN = 64 * 1024;

/** About 256 KB of text in four blocks, each a pattern that once backtracked on a whole block. */
function hostileHtml(): string {
  const blocks = [
    `Vitamin D3 and K2. J Bone Res. 2019;1${' '.repeat(RUN)}x`,
    `BONE HEALTH ${'&'.repeat(RUN)}`,
    `Vitamin K2 1000 IU ${'1,'.repeat(RUN / 2)}`,
    `K2 ${'K '.repeat(RUN / 4)}${'a'.repeat(RUN / 4)}${'\u00A0'.repeat(RUN / 2)}`,
  ];
  return `<!doctype html><html><head><title>Hostile</title></head><body>${blocks.map((b) => `<p>${b}</p>`).join('')}</body></html>`;
}

/** An ordinary page of the same size with D/K2 claims in it: what any such page costs beside. */
function plainHtml(): string {
  const para =
    '<p>Vitamin K2 directs calcium to your bones and teeth. Our drops are made in Norway and sold in glass bottles of 30 ml.</p>';
  return `<!doctype html><html><head><title>Plain</title></head><body>${para.repeat(Math.ceil((4 * RUN) / para.length))}</body></html>`;
}

/** Milliseconds from starting to navigate to the shop page until `marks` claims are painted. */
async function timeToMarks(page: Page, url: string, marks: number): Promise<number> {
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    (n) => {
      let count = 0;
      CSS.highlights.forEach((h, name) => {
        if (name !== 'dk-current' && name !== 'dk-flash') count += h.size;
      });
      return count >= n;
    },
    marks,
    { polling: 10, timeout: 120_000 },
  );
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const server = await startServer(resolve(import.meta.dirname, '../../tests/pages'));
  const context: BrowserContext = await launchWithExtension();
  try {
    await context.route(`${server.url}/hostile-256k.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostileHtml() }),
    );
    await context.route(`${server.url}/plain-256k.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: plainHtml() }),
    );
    const shop = `${server.url}/product.html`;
    // How many claims the shop page gets, and a warm finder for every run after.
    const probe = await context.newPage();
    await timeToMarks(probe, shop, 1);
    await probe.waitForTimeout(1_000);
    const marks = await probe.evaluate(() => {
      let count = 0;
      CSS.highlights.forEach((h, name) => {
        if (name !== 'dk-current' && name !== 'dk-flash') count += h.size;
      });
      return count;
    });
    await probe.close();
    const alone: number[] = [];
    const beside: number[] = [];
    const besidePlain: number[] = [];
    /** The shop's time to marks while `other` loads in a second tab. */
    const besidePage = async (other: string) => {
      const second = await context.newPage();
      const page = await context.newPage();
      void second.goto(`${server.url}/${other}`).catch(() => undefined);
      const ms = await timeToMarks(page, shop, marks);
      await Promise.all([page.close(), second.close()]);
      return ms;
    };
    for (let i = 0; i < RUNS; i++) {
      const a = await context.newPage();
      alone.push(await timeToMarks(a, shop, marks));
      await a.close();
      beside.push(await besidePage('hostile-256k.html'));
      besidePlain.push(await besidePage('plain-256k.html'));
    }
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
    console.log(`shop page ${shop}: ${marks} marks; ${RUNS} runs each, alternating`);
    console.log(`alone:                 median ${median(alone).toFixed(0)} ms  (${fmt(alone)})`);
    console.log(`beside a 256 KB hostile page: median ${median(beside).toFixed(0)} ms  (${fmt(beside)})`);
    console.log(
      `beside a 256 KB page of claims: median ${median(besidePlain).toFixed(0)} ms  (${fmt(besidePlain)})`,
    );
  } finally {
    await context.close();
    await server.close();
  }
}

void main();
