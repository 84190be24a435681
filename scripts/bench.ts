// `npm run bench [-- --no-build] [--out FILE] [--only NAME] [--runs N] [--keep-traces]`: the extension in headless
// Chromium over generated pages (10 KB to 5 MB of text; no claims, ten claims, one claim per 2 KB).
// For each page, in the same run: the floor (a bare TreeWalker pass collecting the page's text, as
// the first reader of a freshly loaded page), the extension's scan time (untraced), its longest
// main-thread task (traced), time to first mark and its JS heap. Prints a table, writes JSON lines,
// and reports the gzipped size of each built script. CI does not time it. Each page is measured
// --runs times (default 3) and the median of each figure is reported.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { findChromium } from '../tests/browser-path';
import { CLAIM_SENTENCES, generatePage, SIZES, VARIANTS, type BenchPage } from './bench-pages';
import { goals } from './bench-goals';
import { READ_TEXT, REFERENCE_MARKS, writeReferenceExtension } from './bench-reference';
import { extensionWork, markTs, TRACE_CATEGORIES, type TraceEvent } from './bench-trace';

const ROOT = resolve(import.meta.dirname, '..');
// The benchmark builds into its own folder so it never races a developer's or CI's build.
const OUT_DIR = process.env.WXT_OUT_DIR ?? '.output-bench';
const EXTENSION_DIR = resolve(ROOT, OUT_DIR, 'chrome-mv3');
/** Where the reference extension is written (scripts/bench-reference.ts). */
const REFERENCE_DIR = resolve(ROOT, OUT_DIR, 'reference');
/** An expression: whether the content script has marked the end of its first scan. */
const SCAN_ENDED = `performance.getEntriesByName('dk-scan-end').length > 0`;
const SETTLE_MS = 1_500;
const PAGE_TIMEOUT_MS = 180_000;

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Options {
  build: boolean;
  out: string;
  only: string | null;
  keepTraces: boolean;
  runs: number;
}

/** One page's figures, as written to the JSON lines file. */
interface Result {
  page: string;
  text_kb: number;
  claims: number;
  /** The floor: a first pass over a freshly loaded page, in a fresh isolated world (see withoutExtension). */
  floor_ms: number;
  /** The same pass again after the page's text has been read (by our scan and one untimed pass). */
  floor_again_ms: number;
  /** The main world's floor after a warm-up (wrappers reused): for reference, not for the goals. */
  floor_warm_ms: number;
  scan_ms: number | null;
  /**
   * Pages with claims: the reference extension (scripts/bench-reference.ts) on the same page, from its
   * content script's start to its background's answer: the floor's pass and one round trip, with no
   * settings, extraction or marks, which a content script that sends the text to its background for
   * grading, as ours does, cannot beat.
   */
  ask_once_ms: number | null;
  busy_ms: number | null;
  /** Main-thread time of our tasks between the scan's start and end (the background's time excluded). */
  main_ms: number | null;
  longest_task_ms: number | null;
  first_mark_ms: number | null;
  /** First mark when the service worker was stopped before the load (pages with claims only). */
  first_mark_cold_ms: number | null;
  /** The same on a site where claims were found before: the worker compiles while the page loads. */
  first_mark_cold_same_site_ms: number | null;
  heap_mb: number | null;
  marks: number;
  ext_tasks: number;
  inject_ms: number | null;
  /** Dense pages: (scan of this page - scan of the same size with no claims) / claim sentences. */
  ms_per_claim?: number;
  /** How many runs the medians are of. */
  runs?: number;
  note?: string;
}

/** The median of the numbers that are not null (null if none). */
function median(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? (xs[mid] ?? null) : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
}

/** One page's results over several runs: the median of each figure. */
function medianResult(runs: readonly Result[]): Result {
  const first = runs[0] as Result;
  const m = (pick: (r: Result) => number | null) => {
    const v = median(runs.map(pick));
    return v === null ? null : round(v);
  };
  const notes = [...new Set(runs.flatMap((r) => (r.note ? [r.note] : [])))];
  return {
    ...first,
    floor_ms: m((r) => r.floor_ms) ?? 0,
    floor_again_ms: m((r) => r.floor_again_ms) ?? 0,
    floor_warm_ms: m((r) => r.floor_warm_ms) ?? 0,
    scan_ms: m((r) => r.scan_ms),
    ask_once_ms: m((r) => r.ask_once_ms),
    busy_ms: m((r) => r.busy_ms),
    main_ms: m((r) => r.main_ms),
    longest_task_ms: m((r) => r.longest_task_ms),
    first_mark_ms: m((r) => r.first_mark_ms),
    first_mark_cold_ms: m((r) => r.first_mark_cold_ms),
    first_mark_cold_same_site_ms: m((r) => r.first_mark_cold_same_site_ms),
    heap_mb: m((r) => r.heap_mb),
    marks: m((r) => r.marks) ?? 0,
    ext_tasks: m((r) => r.ext_tasks) ?? 0,
    inject_ms: m((r) => r.inject_ms),
    runs: runs.length,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/** Adds each dense page's cost per claim sentence: its scan beyond the claim-free page of its size. */
function withClaimCost(results: readonly Result[]): Result[] {
  return results.map((r) => {
    if (!r.page.endsWith('-dense') || !r.claims || r.scan_ms === null) return r;
    const none = results.find((o) => o.page === r.page.replace(/-dense$/, '-none'));
    if (!none || none.scan_ms === null) return r;
    return { ...r, ms_per_claim: round((r.scan_ms - none.scan_ms) / r.claims) };
  });
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    build: true,
    out: join(ROOT, 'artifacts/bench/bench.jsonl'),
    only: null,
    keepTraces: false,
    runs: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--keep-traces') options.keepTraces = true;
    else if (arg === '--out') options.out = resolve(argv[++i] ?? '');
    else if (arg === '--only') options.only = argv[++i] ?? null;
    else if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else
      throw new Error(
        `unknown argument ${String(arg)} (use --no-build, --out FILE, --only NAME, --runs N, --keep-traces)`,
      );
  }
  return options;
}

function build(): void {
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  const result = spawnSync(process.execPath, [wxt, 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    // WXT_BENCH=1 lets the content script mark dk-scan-start / dk-scan-end on the page's performance
    // timeline (import.meta.env.WXT_BENCH); store builds never expose those marks to pages.
    env: { ...process.env, WXT_OUT_DIR: OUT_DIR, WXT_BENCH: '1' },
  });
  if (result.status !== 0) throw new Error('the build failed (see above)');
}

/** Serves the generated pages from memory on 127.0.0.1. */
async function serve(pages: readonly BenchPage[]): Promise<{ url: string; server: Server }> {
  const byPath = new Map(pages.map((p) => [`/${p.name}.html`, p.html]));
  const server = createServer((req, res) => {
    const html = byPath.get(req.url ?? '');
    // Cross-origin isolation gives the page (and the content script) a 5 µs clock instead of a
    // 100 µs one: the 10 KB pages take well under a millisecond.
    res.writeHead(html ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}

/** Records a trace while `work` runs; returns its events. */
async function traced(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((ok) =>
    cdp.once('Tracing.tracingComplete', () => {
      ok();
    }),
  );
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES } });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/** Highlight ranges on the page (CSS.highlights is per document: the main world sees ours). */
async function pollMarks(cdp: CDPSession): Promise<{ marks: number; ended: boolean }> {
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

/**
 * One bare TreeWalker pass that collects the page's text as our first pass does (every text node and
 * its text, joined into one string), timed. The page is cross-origin isolated, so performance.now()
 * has 5 µs steps. A string, not a function: tsx would add helpers the page does not have.
 */
const FLOOR_PASS = `(() => {
  const t0 = performance.now();
  ${READ_TEXT}
  const chars = text.length + nodes.length;
  const ms = performance.now() - t0;
  return { ms: chars >= 0 ? ms : -1, isolated: crossOriginIsolated };
})()`;

/** Passes of the floor; the median is reported. */
const FLOOR_PASSES = 7;

/**
 * The floor, measured as the content script meets the page: each pass runs in a fresh isolated world
 * (as an extension's content script does), which must create its own JS wrappers for the page's
 * nodes; the main world reuses its wrappers after one pass, which no single scan can. One untimed
 * pass first warms the code; the median of the next passes is the floor. `warm` is the main world's
 * median after a warm-up, for reference.
 */
async function floorMs(cdp: CDPSession): Promise<{ floor: number; warm: number }> {
  const series = async (world: boolean) => {
    await floorPass(cdp, world);
    const samples: number[] = [];
    for (let i = 0; i < FLOOR_PASSES; i++) samples.push(await floorPass(cdp, world));
    return median(samples) ?? 0;
  };
  return { floor: await series(true), warm: await series(false) };
}

/** One timed floor pass, in a fresh isolated world (`world`) or in the page's own. */
async function floorPass(cdp: CDPSession, world: boolean): Promise<number> {
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
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Fresh page loads per run for the floor (each gives one first pass). */
const COLD_PASSES = 3;

/**
 * The page without the extension: its heap (to subtract from ours) and the floor as our content
 * script meets the page, which is the floor the goals use. Each sample is a fresh load of the page
 * whose text is then read for the first time, in a fresh isolated world, at the moment our content
 * script would run: the first reader of a page pays for turning its text nodes' data into
 * JavaScript strings, and a young heap collects garbage sooner; a second pass pays neither, which
 * makes it about half as costly (see the README).
 */
async function withoutExtension(browser: Browser, url: string): Promise<{ heap: number; coldFloor: number }> {
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

/** How long `scanEnded` waits for the content script's end mark before polling takes over. */
const END_WAIT_MS = 3_000;

/**
 * Waits, without polling, until the content script marks the end of its first scan (or
 * END_WAIT_MS): one evaluation that registers a PerformanceObserver and resolves when the mark is
 * on the timeline. A poll every 10 ms during the scan (a DevTools round trip and a task on the
 * page's main thread each time) slowed what it measured: the scan waits for messages that cross
 * the browser's main thread and the page's, and the floor is timed with no poll running.
 */
async function scanEnded(cdp: CDPSession): Promise<void> {
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
function whenMarked(ready: string, value: string): string {
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
async function loadAndSettle(
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
async function scanMarks(page: Page): Promise<{ scan: number | null; firstPaint: number | null }> {
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
async function plainLoad(
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

/** An expression: the reference's time from its start to its answer, or null before the answer. */
const REFERENCE_SPAN = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const [start, end] = [at('${REFERENCE_MARKS.start}'), at('${REFERENCE_MARKS.answered}')];
  return start === undefined || end === undefined ? null : end - start;
})()`;

/**
 * The reference extension on a page (see Result.ask_once_ms): fresh loads, as many as the floor's,
 * each timed by its content script from its start to its background's answer; the median.
 */
async function askOnce(reference: BrowserContext, url: string): Promise<number | null> {
  const samples: (number | null)[] = [];
  for (let i = 0; i < COLD_PASSES; i++) {
    const page = await reference.newPage();
    try {
      await page.goto(url, { timeout: PAGE_TIMEOUT_MS });
      samples.push(
        await page.evaluate<number | null>(whenMarked(`${REFERENCE_SPAN} !== null`, REFERENCE_SPAN)),
      );
    } finally {
      await page.close();
    }
  }
  const ms = median(samples);
  return ms === null ? null : round(ms);
}

/**
 * Stops the extension's service worker, as Chromium does after 30 s without events: the next page
 * with claims waits for it to start and to compile the catalogue's patterns, which the warm loads
 * of the table never show. Unless `sameSite`, it first forgets the sites where claims were found
 * (utils/claim-sites.ts), on which the worker compiles while the page loads. Through an extension
 * page, whose storage partition the worker is in.
 */
async function workerStopper(
  context: BrowserContext,
  extensionOrigin: string,
): Promise<(sameSite: boolean) => Promise<void>> {
  const page = await context.newPage();
  await page.goto(`${extensionOrigin}/options.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return async (sameSite) => {
    if (!sameSite) await page.evaluate("chrome.storage.session.remove('claim-sites')");
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((ok) => setTimeout(ok, 300));
  };
}

async function measure(
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
    // Measured by main, in the reference extension's browser.
    ask_once_ms: null,
    busy_ms: work ? round(work.busyMs) : null,
    main_ms: during ? round(during.busyMs) : null,
    longest_task_ms: work ? round(work.longestTaskMs) : null,
    first_mark_ms: hook.firstPaint !== null ? round(hook.firstPaint) : null,
    // Measured after all the warm figures (see main).
    first_mark_cold_ms: null,
    first_mark_cold_same_site_ms: null,
    heap_mb: round(Math.max(0, heap - without.heap)),
    marks,
    ext_tasks: work?.tasks ?? 0,
    inject_ms: work ? round(work.injectMs) : null,
    ...(note ? { note } : work ? {} : { note: 'no extension task seen' }),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Gzipped size of every script in the build, largest first. */
function scriptSizes(dir: string): { file: string; bytes: number; gzip: number }[] {
  const out: { file: string; bytes: number; gzip: number }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const body = readFileSync(path);
        out.push({
          file: relative(dir, path),
          bytes: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.gzip - a.gzip);
}

function fmt(n: number | null, digits = 1): string {
  return n === null ? '-' : n.toFixed(digits);
}

/** A figure as a multiple of its page's floor, for the table. */
function timesFloor(r: Result, ms: number | null): string {
  return ms === null || r.floor_ms <= 0 ? '-' : (ms / r.floor_ms).toFixed(1);
}

function printTable(results: readonly Result[]): void {
  const header = [
    'page',
    'text KB',
    'claims',
    'floor ms',
    'floor again',
    'warm floor',
    'scan ms',
    'x floor',
    'ask once',
    'x floor',
    'main ms',
    'x floor',
    'busy ms',
    'inject ms',
    'longest task',
    'first mark',
    'cold new site',
    'cold same site',
    'heap MB',
    'ms/claim',
  ];
  const rows = results.map((r) => [
    r.page,
    String(r.text_kb),
    String(r.claims),
    fmt(r.floor_ms, 3),
    fmt(r.floor_again_ms, 3),
    fmt(r.floor_warm_ms, 3),
    fmt(r.scan_ms, 3),
    timesFloor(r, r.scan_ms),
    fmt(r.ask_once_ms, 3),
    timesFloor(r, r.ask_once_ms),
    fmt(r.main_ms),
    timesFloor(r, r.main_ms),
    fmt(r.busy_ms),
    fmt(r.inject_ms),
    fmt(r.longest_task_ms),
    fmt(r.first_mark_ms),
    fmt(r.first_mark_cold_ms),
    fmt(r.first_mark_cold_same_site_ms),
    fmt(r.heap_mb, 2),
    r.ms_per_claim === undefined ? '-' : r.ms_per_claim.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((w, i) => (i === 0 ? ':' : '-').padEnd(w + 1, '-') + (i === 0 ? '-' : ':')).join('|')}|`,
  );
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) {
    console.log(`bench: building into ${OUT_DIR}/`);
    build();
  }
  const pages = SIZES.flatMap((s) =>
    VARIANTS.map((v) => generatePage(s.label, s.bytes, v, CLAIM_SENTENCES)),
  ).filter((p) => !options.only || p.name.includes(options.only));
  if (!pages.length) throw new Error(`no page matches --only ${String(options.only)}`);
  const { url, server } = await serve(pages);
  // The figures are wall and task times: a busy machine inflates them, so say how busy it is.
  const load = loadavg()[0] ?? 0;
  console.log(
    `bench: load average ${load.toFixed(1)} on ${cpus().length} cores` +
      (load > cpus().length / 2 ? ' (busy: expect noisy figures; rerun on a quiet machine)' : ''),
  );
  const executablePath = findChromium();
  const withExtension = (dir: string) =>
    chromium.launchPersistentContext('', {
      executablePath,
      headless: true,
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...BROWSER_ARGS],
    });
  const context = await withExtension(EXTENSION_DIR);
  const baseline = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  const reference = await withExtension(writeReferenceExtension(REFERENCE_DIR));
  const version = baseline.version();
  const traceDir = options.keepTraces ? join(dirname(options.out), 'traces') : null;
  if (traceDir) mkdirSync(traceDir, { recursive: true });
  const byPage = new Map<string, Result[]>();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // URL.origin is "null" for chrome-extension: URLs, so build it from the host.
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    // Opened for the loads with the background asleep, after the warm ones: an extension page open
    // beside the warm loads would hear every message and storage change of theirs.
    let stopper: ReturnType<typeof workerStopper> | null = null;
    const stopWorker = async (sameSite: boolean) =>
      (await (stopper ??= workerStopper(context, extensionOrigin)))(sameSite);
    // A warm-up page, so the first measured page does not pay for starting the renderer.
    await measure(
      context,
      baseline,
      extensionOrigin,
      `${url}/${pages[0]?.name ?? ''}.html`,
      pages[0] as BenchPage,
      null,
    );
    // And two analyses, so the first measured page with claims does not pay for the background's
    // start (the cold figure below measures that on purpose).
    const firstWithClaims = pages.find((p) => p.claims);
    if (firstWithClaims)
      for (let i = 0; i < 2; i++) {
        await plainLoad(context, `${url}/${firstWithClaims.name}.html`);
        await askOnce(reference, `${url}/${firstWithClaims.name}.html`);
      }
    for (let run = 1; run <= options.runs; run++)
      for (const spec of pages) {
        process.stdout.write(`bench: run ${run}/${options.runs} ${spec.name}...`);
        const result = await measure(
          context,
          baseline,
          extensionOrigin,
          `${url}/${spec.name}.html`,
          spec,
          traceDir,
        );
        if (spec.claims) result.ask_once_ms = await askOnce(reference, `${url}/${spec.name}.html`);
        byPage.set(spec.name, [...(byPage.get(spec.name) ?? []), result]);
        process.stdout.write(
          ` floor ${fmt(result.floor_ms, 3)} ms, scan ${fmt(result.scan_ms, 3)} ms, longest task ${fmt(result.longest_task_ms)} ms\n`,
        );
      }
    // With the background asleep, after all the warm figures: the worker then starts afresh and
    // its first analyses are slower, which must not leak into them.
    for (let run = 1; run <= options.runs; run++)
      for (const spec of pages.filter((p) => p.claims)) {
        process.stdout.write(`bench: run ${run}/${options.runs} ${spec.name}, background asleep...`);
        await stopWorker(false);
        const cold = (await plainLoad(context, `${url}/${spec.name}.html`)).firstPaint;
        await stopWorker(true);
        const sameSite = (await plainLoad(context, `${url}/${spec.name}.html`)).firstPaint;
        const result = byPage.get(spec.name)?.[run - 1];
        if (result) {
          result.first_mark_cold_ms = cold === null ? null : round(cold);
          result.first_mark_cold_same_site_ms = sameSite === null ? null : round(sameSite);
        }
        process.stdout.write(
          ` first mark ${fmt(cold)} ms, ${fmt(sameSite)} ms on a site with claims before\n`,
        );
      }
  } finally {
    await context.close();
    await baseline.close();
    await reference.close();
    server.close();
  }
  const results = withClaimCost(pages.map((p) => medianResult(byPage.get(p.name) ?? [])));

  console.log(`\nmedians of ${options.runs} run(s); Chromium ${version}:`);
  printTable(results);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, results.map((r) => JSON.stringify(r)).join('\n') + '\n');

  const sizes = scriptSizes(EXTENSION_DIR);
  console.log('\nbuilt scripts (gzipped):');
  for (const s of sizes)
    console.log(
      `  ${s.file.padEnd(44)} ${(s.bytes / 1024).toFixed(1).padStart(7)} KB  ${(s.gzip / 1024).toFixed(1).padStart(6)} KB gz`,
    );
  const content = sizes.find((s) => s.file === 'content-scripts/content.js');
  console.log('\ngoals (ratios to the floor measured in this run):');
  for (const g of goals(results, content?.gzip)) console.log(`  ${g}`);
  console.log(`\nbench: JSON lines in ${relative(process.cwd(), options.out)}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
