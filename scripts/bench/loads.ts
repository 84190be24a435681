import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { traced, type TraceEvent } from './trace';

// Loading a page with the extension and reading what its content script marked: the scan's own
// performance marks (bench builds only), waited for without polling the page.

/** An expression: whether the content script has marked the end of its first scan. */
export const SCAN_ENDED = `performance.getEntriesByName('dk-scan-end').length > 0`;
export const SETTLE_MS = 1_500;
export const PAGE_TIMEOUT_MS = 180_000;

/** Highlight ranges on the page (CSS.highlights is per document: the main world sees ours). */
export async function pollMarks(cdp: CDPSession): Promise<{ marks: number; ended: boolean }> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `(() => {
      let n = 0;
      CSS.highlights.forEach((h, k) => { if (k.startsWith('dk-') && k !== 'dk-flash') n += h.size; });
      return { marks: n, ended: ${SCAN_ENDED} };
    })()`,
    returnByValue: true,
  });
  return result.value as { marks: number; ended: boolean };
}

/** How long `scanEnded` waits for the content script's end mark before polling takes over. */
export const END_WAIT_MS = 3_000;

/**
 * Waits, without polling, until the content script marks the end of its first scan (or
 * END_WAIT_MS): one evaluation that registers a PerformanceObserver and resolves when the mark is
 * on the timeline. A poll every 10 ms during the scan (a DevTools round trip and a task on the
 * page's main thread each time) slowed what it measured: the scan waits for messages that cross
 * the browser's main thread and the page's, and the floor is timed with no poll running.
 */
export async function scanEnded(cdp: CDPSession): Promise<void> {
  await cdp.send('Runtime.evaluate', {
    expression: whenMarked(SCAN_ENDED, SCAN_ENDED),
    awaitPromise: true,
    returnByValue: true,
  });
}

/**
 * An expression that waits, without polling, until `ready` (an expression over the page's marks) is
 * true or END_WAIT_MS have passed, then gives `value` (another expression).
 */
export function whenMarked(ready: string, value: string): string {
  return `new Promise((done) => {
    const ready = () => ${ready};
    if (ready()) return done(${value});
    const observer = new PerformanceObserver(() => {
      if (ready()) finish();
    });
    const timer = setTimeout(finish, ${END_WAIT_MS});
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
      done(${value});
    }
    observer.observe({ type: 'mark' });
  })`;
}

/** Loads a page and waits until the content script's first scan is over and the marks settle. */
export async function loadAndSettle(
  page: Page,
  cdp: CDPSession,
  url: string,
): Promise<{ marks: number; note?: string }> {
  await page.goto(url, { timeout: PAGE_TIMEOUT_MS });
  const loadedAt = Date.now();
  await scanEnded(cdp);
  let stableSince = Date.now();
  let marks = 0;
  for (;;) {
    const state = await pollMarks(cdp);
    if (state.marks !== marks) {
      marks = state.marks;
      stableSince = Date.now();
    }
    const now = Date.now();
    // Done when the content script says so, or when nothing changed for a while after load.
    if (state.ended && now - loadedAt > 200) return { marks };
    if (now - stableSince > SETTLE_MS && now - loadedAt > 2_000) return { marks };
    if (now - loadedAt > PAGE_TIMEOUT_MS) return { marks, note: 'timed out' };
    await new Promise((ok) => setTimeout(ok, 10));
  }
}

/**
 * The content script's own marks (bench builds only): start of the scan, first paint, end of the
 * first scan of the document. (A string: tsx would wrap a named helper in a __name() the page does not have.)
 */
export async function scanMarks(page: Page): Promise<{ scan: number | null; firstPaint: number | null }> {
  return page.evaluate<{ scan: number | null; firstPaint: number | null }>(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const start = at('dk-scan-start');
    const end = at('dk-scan-end');
    const paint = at('dk-first-paint');
    return {
      scan: start !== undefined && end !== undefined ? end - start : null,
      firstPaint: start !== undefined && paint !== undefined ? paint - start : null,
    };
  })()`);
}

/** Loads the page once without tracing; the content script's own marks. */
export async function plainLoad(
  context: BrowserContext,
  url: string,
): Promise<{ scan: number | null; firstPaint: number | null }> {
  const plain = await context.newPage();
  try {
    await loadAndSettle(plain, await context.newCDPSession(plain), url);
    return await scanMarks(plain);
  } finally {
    await plain.close();
  }
}

/** Loads `url` in `page`, traced, until `span` (an expression over the page's marks) is not null. */
export async function loadAndTrace(
  page: Page,
  cdp: CDPSession,
  url: string,
  span: string,
): Promise<TraceEvent[]> {
  return traced(cdp, async () => {
    await page.goto(url, { timeout: PAGE_TIMEOUT_MS });
    await page.evaluate(whenMarked(`${span} !== null`, 'null'));
  });
}
