import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { floorMs, heapMb, withoutExtension } from './floor';
import { loadAndSettle, plainLoad, scanMarks } from './loads';
import type { BenchPage } from './pages';
import { round, type Result } from './result';
import { extensionWork, markTs, traced } from './trace';

// One page measured once: the scan untraced, its tasks traced, the floor and the heap; and the
// worker stopped for the loads with the background asleep.

/** One page's figures in one run (the reference's and the cold ones are filled in by the run). */
export async function measure(
  context: BrowserContext,
  baseline: Browser,
  extensionOrigin: string,
  url: string,
  spec: BenchPage,
  traceDir: string | null,
): Promise<Result> {
  // The scan's own figures come from a load without tracing, as the floor's do (tracing slows
  // script down); the task figures from a traced load of the same page right after.
  let hook = await plainLoad(context, url);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let marks = 0;
  let note: string | undefined;
  const events = await traced(cdp, async () => {
    ({ marks, note } = await loadAndSettle(page, cdp, url));
  });
  if (traceDir) writeFileSync(join(traceDir, `${spec.name}.trace.json`), JSON.stringify(events));

  const work = extensionWork(events, extensionOrigin);
  if (hook.scan === null) hook = await scanMarks(page);
  const startTs = markTs(events, 'dk-scan-start');
  const endTs = markTs(events, 'dk-scan-end');
  const during =
    startTs !== undefined && endTs !== undefined
      ? extensionWork(events, extensionOrigin, { from: startTs, to: endTs })
      : null;
  // The floor runs on a quiet page: garbage from the scan collected, nothing else running.
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(300);
  const floor = await floorMs(cdp);
  const heap = await heapMb(cdp);
  await page.close();
  const without = await withoutExtension(baseline, url);
  return {
    page: spec.name,
    text_kb: Math.round(spec.textBytes / 1000),
    claims: spec.claims,
    floor_ms: round(without.coldFloor),
    floor_again_ms: round(floor.floor),
    floor_warm_ms: round(floor.warm),
    // The content script's own marks when it sets them; otherwise the span of its tasks in the trace.
    scan_ms: hook.scan !== null ? round(hook.scan) : work ? round(work.spanMs) : null,
    // Measured by main, in the reference extensions' browsers.
    ref_scan_ms: null,
    ref_busy_ms: null,
    ref_cold_ms: null,
    busy_ms: work ? round(work.busyMs) : null,
    main_ms: during ? round(during.busyMs) : null,
    longest_task_ms: work ? round(work.longestTaskMs) : null,
    first_mark_ms: hook.firstPaint !== null ? round(hook.firstPaint) : null,
    // Measured after all the warm figures (see main).
    cold_first_mark_ms: null,
    cold_same_site_ms: null,
    heap_mb: round(Math.max(0, heap - without.heap)),
    marks,
    ext_tasks: work?.tasks ?? 0,
    inject_ms: work ? round(work.injectMs) : null,
    ...(note ? { note } : work ? {} : { note: 'no extension task seen' }),
  };
}

/**
 * Stops an extension's service worker, as Chromium does after 30 s without events: the next page
 * with claims waits for it to start and, for ours, to compile the catalogue's patterns, which the
 * warm loads of the table never show. Unless `sameSite`, it first forgets the sites where claims
 * were found (utils/background/claim-sites.ts), on which our worker compiles while the page loads.
 * Through an extension page (`pageUrl`), whose storage partition the worker is in.
 */
export async function workerStopper(
  context: BrowserContext,
  pageUrl: string,
): Promise<(sameSite: boolean) => Promise<void>> {
  const page = await context.newPage();
  await page.goto(pageUrl);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return async (sameSite) => {
    if (!sameSite) await page.evaluate("chrome.storage.session?.remove('claim-sites')");
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((ok) => setTimeout(ok, 300));
  };
}
