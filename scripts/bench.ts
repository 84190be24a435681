// `npm run bench [-- --no-build] [--out FILE] [--only NAME] [--keep-traces]`: the extension in headless
// Chromium over generated pages (10 KB to 5 MB of text; no claims, ten claims, one claim per 2 KB).
// For each page, in the same run: the floor (a bare TreeWalker pass collecting the page's text), the
// extension's scan time, its longest main-thread task, time to first mark and its JS heap. Prints a
// table, writes JSON lines, and reports the gzipped size of each built script. CI does not time it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { findChromium } from '../tests/browser-path';
import { CLAIM_SENTENCES, generatePage, SIZES, VARIANTS, type BenchPage } from './bench-pages';
import { extensionWork, markTs, TRACE_CATEGORIES, type TraceEvent } from './bench-trace';

const ROOT = resolve(import.meta.dirname, '..');
// The benchmark builds into its own folder so it never races a developer's or CI's build.
const OUT_DIR = process.env.WXT_OUT_DIR ?? '.output-bench';
const EXTENSION_DIR = resolve(ROOT, OUT_DIR, 'chrome-mv3');
// Set by the poll when it first sees a mark, so the trace shows when that was.
const FIRST_SEEN = 'dk-bench-first-seen';
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
}

/** One page's figures, as written to the JSON lines file. */
interface Result {
  page: string;
  text_kb: number;
  claims: number;
  floor_ms: number;
  scan_ms: number | null;
  busy_ms: number | null;
  longest_task_ms: number | null;
  first_mark_ms: number | null;
  heap_mb: number | null;
  marks: number;
  ext_tasks: number;
  inject_ms: number | null;
  note?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    build: true,
    out: join(ROOT, 'artifacts/bench/bench.jsonl'),
    only: null,
    keepTraces: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--keep-traces') options.keepTraces = true;
    else if (arg === '--out') options.out = resolve(argv[++i] ?? '');
    else if (arg === '--only') options.only = argv[++i] ?? null;
    else
      throw new Error(
        `unknown argument ${String(arg)} (use --no-build, --out FILE, --only NAME, --keep-traces)`,
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
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
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
      if (n > 0 && !performance.getEntriesByName('${FIRST_SEEN}').length) performance.mark('${FIRST_SEEN}');
      return { marks: n, ended: performance.getEntriesByName('dk-scan-end').length > 0 };
    })()`,
    returnByValue: true,
  });
  return result.value as { marks: number; ended: boolean };
}

/**
 * The floor: a bare TreeWalker pass that collects the page's text. Pages clamp performance.now() to
 * 0.1 ms, so each sample repeats the pass for at least 5 ms; the floor is the fastest of seven samples
 * (the least disturbed by anything else the machine is doing).
 * A string, not a function: tsx would add helpers to a function that the page does not have.
 */
const FLOOR_SCRIPT = `(() => {
  let chars = 0;
  const pass = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue || '');
    chars += parts.join('').length; // used, so the join is not optimised away
  };
  pass(); // warm-up
  const samples = [];
  for (let i = 0; i < 7; i++) {
    let runs = 0;
    const t0 = performance.now();
    while (runs === 0 || performance.now() - t0 < 5) {
      pass();
      runs++;
    }
    samples.push((performance.now() - t0) / runs);
  }
  samples.sort((x, y) => x - y);
  return chars >= 0 ? samples[0] : 0;
})()`;

async function floorMs(page: Page): Promise<number> {
  return Number(await page.evaluate(FLOOR_SCRIPT));
}

/** The page renderer's used JS heap after a full GC, in MB. */
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** The same page's heap without the extension, to subtract. */
async function baselineHeapMb(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { timeout: PAGE_TIMEOUT_MS });
    const cdp = await page.context().newCDPSession(page);
    return await heapMb(cdp);
  } finally {
    await page.close();
  }
}

async function measure(
  context: BrowserContext,
  baseline: Browser,
  extensionOrigin: string,
  url: string,
  spec: BenchPage,
  traceDir: string | null,
): Promise<Result> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let marks = 0;
  let note: string | undefined;
  const events = await traced(cdp, async () => {
    await page.goto(url, { timeout: PAGE_TIMEOUT_MS });
    const loadedAt = Date.now();
    let stableSince = Date.now();
    for (;;) {
      const state = await pollMarks(cdp);
      if (state.marks !== marks) {
        marks = state.marks;
        stableSince = Date.now();
      }
      const now = Date.now();
      // Done when the content script says so, or when nothing changed for a while after load.
      if (state.ended && now - loadedAt > 200) break;
      if (now - stableSince > SETTLE_MS && now - loadedAt > 2_000) break;
      if (now - loadedAt > PAGE_TIMEOUT_MS) {
        note = 'timed out';
        break;
      }
      await new Promise((ok) => setTimeout(ok, 10));
    }
  });
  if (traceDir) writeFileSync(join(traceDir, `${spec.name}.trace.json`), JSON.stringify(events));

  const work = extensionWork(events, extensionOrigin);
  const hook = await page.evaluate(() => {
    const start = performance.getEntriesByName('dk-scan-start')[0];
    const end = performance.getEntriesByName('dk-scan-end').at(-1);
    return start && end ? end.startTime - start.startTime : null;
  });
  const seenTs = markTs(events, FIRST_SEEN);
  // The floor runs on a quiet page: garbage from the scan collected, nothing else running.
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(300);
  const floor = await floorMs(page);
  const heap = await heapMb(cdp);
  await page.close();
  const base = await baselineHeapMb(baseline, url);
  return {
    page: spec.name,
    text_kb: Math.round(spec.textBytes / 1000),
    claims: spec.claims,
    floor_ms: round(floor),
    // The content script's own marks when it sets them; otherwise the span of its tasks in the trace.
    scan_ms: hook !== null ? round(hook) : work ? round(work.spanMs) : null,
    busy_ms: work ? round(work.busyMs) : null,
    longest_task_ms: work ? round(work.longestTaskMs) : null,
    first_mark_ms: work && seenTs !== undefined ? round((seenTs - work.startTs) / 1000) : null,
    heap_mb: round(Math.max(0, heap - base)),
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

function printTable(results: readonly Result[]): void {
  const header = [
    'page',
    'text KB',
    'claims',
    'floor ms',
    'scan ms',
    'x floor',
    'busy ms',
    'inject ms',
    'longest task',
    'first mark',
    'heap MB',
    'ms/claim',
  ];
  const rows = results.map((r) => [
    r.page,
    String(r.text_kb),
    String(r.claims),
    fmt(r.floor_ms, 3),
    fmt(r.scan_ms),
    r.scan_ms === null || r.floor_ms <= 0 ? '-' : (r.scan_ms / r.floor_ms).toFixed(1),
    fmt(r.busy_ms),
    fmt(r.inject_ms),
    fmt(r.longest_task_ms),
    fmt(r.first_mark_ms),
    fmt(r.heap_mb, 2),
    r.claims && r.scan_ms !== null ? (r.scan_ms / r.claims).toFixed(2) : '-',
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

/** The goals, checked against this run's figures. */
function goals(results: readonly Result[], contentGzip: number | undefined): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => out.push(`${ok ? 'ok  ' : 'MISS'} ${what}`);
  for (const r of results) {
    if (r.scan_ms === null) continue;
    const ratio = r.scan_ms / Math.max(r.floor_ms, 0.01);
    if (r.page.endsWith('-none'))
      check(ratio <= 1.5, `${r.page}: scan ${ratio.toFixed(1)}x floor (goal <= 1.5x)`);
    if (r.page.endsWith('-ten') && r.text_kb >= 100)
      check(ratio <= 3, `${r.page}: scan ${ratio.toFixed(1)}x floor (goal <= 3x)`);
  }
  const longest = Math.max(0, ...results.map((r) => r.longest_task_ms ?? 0));
  check(longest <= 50, `longest task of ours ${longest.toFixed(1)} ms (goal <= 50 ms)`);
  if (contentGzip !== undefined)
    check(
      contentGzip <= 30 * 1024,
      `content script ${(contentGzip / 1024).toFixed(1)} KB gzipped (goal <= 30 KB)`,
    );
  return out;
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
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...BROWSER_ARGS,
    ],
  });
  const baseline = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  const traceDir = options.keepTraces ? join(dirname(options.out), 'traces') : null;
  if (traceDir) mkdirSync(traceDir, { recursive: true });
  const results: Result[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // URL.origin is "null" for chrome-extension: URLs, so build it from the host.
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    // A warm-up page, so the first measured page does not pay for starting the renderer.
    await measure(
      context,
      baseline,
      extensionOrigin,
      `${url}/${pages[0]?.name ?? ''}.html`,
      pages[0] as BenchPage,
      null,
    );
    for (const spec of pages) {
      process.stdout.write(`bench: ${spec.name}...`);
      const result = await measure(
        context,
        baseline,
        extensionOrigin,
        `${url}/${spec.name}.html`,
        spec,
        traceDir,
      );
      results.push(result);
      process.stdout.write(` ${fmt(result.scan_ms)} ms\n`);
    }
  } finally {
    await context.close();
    await baseline.close();
    server.close();
  }

  console.log('');
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
