import type { Browser, CDPSession } from '@playwright/test';
import { PAGE_TIMEOUT_MS } from './loads';
import { READ_TEXT } from './reference';
import { median } from './result';

// The floor every figure is compared with: one bare pass over the page's text, as the first reader
// of a freshly loaded page meets it.

/**
 * One bare TreeWalker pass that collects the page's text as our first pass does (every text node and
 * its text, joined into one string), timed. The page is cross-origin isolated, so performance.now()
 * has 5 µs steps. A string, not a function: tsx would add helpers the page does not have.
 */
export const FLOOR_PASS = `(() => {
  const t0 = performance.now();
  ${READ_TEXT}
  const chars = text.length + nodes.length;
  const ms = performance.now() - t0;
  return { ms: chars >= 0 ? ms : -1, isolated: crossOriginIsolated };
})()`;

/** Passes of the floor; the median is reported. */
export const FLOOR_PASSES = 7;

/**
 * The floor, measured as the content script meets the page: each pass runs in a fresh isolated world
 * (as an extension's content script does), which must create its own JS wrappers for the page's
 * nodes; the main world reuses its wrappers after one pass, which no single scan can. One untimed
 * pass first warms the code; the median of the next passes is the floor. `warm` is the main world's
 * median after a warm-up, for reference.
 */
export async function floorMs(cdp: CDPSession): Promise<{ floor: number; warm: number }> {
  const series = async (world: boolean) => {
    await floorPass(cdp, world);
    const samples: number[] = [];
    for (let i = 0; i < FLOOR_PASSES; i++) samples.push(await floorPass(cdp, world));
    return median(samples) ?? 0;
  };
  return { floor: await series(true), warm: await series(false) };
}

/** One timed floor pass, in a fresh isolated world (`world`) or in the page's own. */
export async function floorPass(cdp: CDPSession, world: boolean): Promise<number> {
  let contextId: number | undefined;
  if (world) {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: `dk-floor-${Math.random()}`,
    }));
  }
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: FLOOR_PASS,
    returnByValue: true,
    ...(contextId !== undefined ? { contextId } : {}),
  });
  const value = result.value as { ms: number; isolated: boolean };
  if (!value.isolated)
    throw new Error('the bench page is not cross-origin isolated: its clock is too coarse');
  return value.ms;
}

/** The page renderer's used JS heap after a full GC, in MB. */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Fresh page loads per run for the floor (each gives one first pass). */
export const COLD_PASSES = 3;

/**
 * The page without the extension: its heap (to subtract from ours) and the floor as our content
 * script meets the page, which is the floor the goals use. Each sample is a fresh load of the page
 * whose text is then read for the first time, in a fresh isolated world, at the moment our content
 * script would run: the first reader of a page pays for turning its text nodes' data into
 * JavaScript strings, and a young heap collects garbage sooner; a second pass pays neither, which
 * makes it about half as costly (see docs/benchmark.md).
 */
export async function withoutExtension(
  browser: Browser,
  url: string,
): Promise<{ heap: number; coldFloor: number }> {
  let heap = 0;
  const samples: number[] = [];
  for (let i = 0; i < COLD_PASSES; i++) {
    const page = await browser.newPage();
    try {
      await page.goto(url, { timeout: PAGE_TIMEOUT_MS });
      const cdp = await page.context().newCDPSession(page);
      samples.push(await floorPass(cdp, true));
      if (i === 0) heap = await heapMb(cdp);
    } finally {
      await page.close();
    }
  }
  return { heap, coldFloor: median(samples) ?? 0 };
}
