import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { passesGate } from '../../../claims';
import { CLAIM_SENTENCES, generatePage } from '../pages';
import { goals, marginalCosts, type PageFigures } from '../goals';
import { READ_TEXT, writeReferenceExtension } from '../reference';
import { extensionWork, markTs, type TraceEvent } from '../trace';

// The benchmark's own parts: if its pages or its trace reading are wrong, its figures are too.

function visibleText(html: string): string {
  return html
    .replace(/<title>.*?<\/title>/s, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('bench pages', () => {
  it('hold the visible text asked for, and never a D/K2 word without a claim', () => {
    const page = generatePage('100KB', 100_000, 'none', CLAIM_SENTENCES);
    expect(page.textBytes).toBeGreaterThanOrEqual(100_000);
    expect(page.textBytes).toBeLessThan(100_500);
    expect(page.claims).toBe(0);
    expect(passesGate(visibleText(page.html))).toBe(false);
  });

  it('put ten claims in a "ten" page and one per 2 KB in a "dense" one', () => {
    const ten = generatePage('1MB', 1_000_000, 'ten', CLAIM_SENTENCES);
    expect(ten.claims).toBe(10);
    const dense = generatePage('100KB', 100_000, 'dense', CLAIM_SENTENCES);
    expect(dense.claims).toBe(50);
    const text = visibleText(dense.html);
    const found = CLAIM_SENTENCES.reduce((n, s) => n + text.split(s).length - 1, 0);
    expect(found).toBe(50);
  });

  it('are the same on every run', () => {
    expect(generatePage('10KB', 10_000, 'dense', CLAIM_SENTENCES).html).toBe(
      generatePage('10KB', 10_000, 'dense', CLAIM_SENTENCES).html,
    );
  });
});

const EXT = 'chrome-extension://abc';
function task(ts: number, dur: number, tid = 1): TraceEvent {
  return { name: 'RunTask', cat: 'disabled-by-default-devtools.timeline', ph: 'X', ts, dur, pid: 1, tid };
}
function script(name: string, ts: number, dur: number, url?: string, tid = 1): TraceEvent {
  return { name, cat: 'devtools.timeline', ph: 'X', ts, dur, pid: 1, tid, args: { data: { url } } };
}

/** The figures the goals read that a test does not set. */
const UNMEASURED = {
  busy_ms: null,
  ref_scan_ms: null,
  ref_busy_ms: null,
  cold_first_mark_ms: null,
  ref_cold_ms: null,
} as const;

describe('bench trace reading', () => {
  it("counts the content script's tasks and its async continuations, not the page's or the poll's", () => {
    const events: TraceEvent[] = [
      task(0, 5_000), // the page parsing, before injection
      task(10_000, 30_000),
      script('EvaluateScript', 10_010, 29_000, `${EXT}/content-scripts/content.js`),
      task(50_000, 2_000), // the benchmark's poll
      script('EvaluateScript', 50_010, 1_000),
      task(60_000, 8_000), // a reply from the background resolves a promise
      script('RunMicrotasks', 60_100, 7_000),
      task(70_000, 1_000), // rendering: no script
      task(80_000, 9_000, 2), // another thread
      script('FunctionCall', 80_010, 8_000, `${EXT}/x.js`, 2),
    ];
    const work = extensionWork(events, EXT);
    expect(work).toEqual({
      startTs: 10_000,
      spanMs: 58,
      busyMs: 38,
      longestTaskMs: 30,
      tasks: 2,
      injectMs: 29,
    });
  });

  it('finds nothing when the content script never ran', () => {
    expect(extensionWork([task(0, 1_000), script('RunMicrotasks', 10, 100)], EXT)).toBeNull();
  });

  it('finds a user-timing mark by name', () => {
    const mark: TraceEvent = {
      name: 'dk-first-paint',
      cat: 'blink.user_timing',
      ph: 'R',
      ts: 42,
      pid: 1,
      tid: 1,
    };
    expect(markTs([task(0, 1), mark], 'dk-first-paint')).toBe(42);
    expect(markTs([task(0, 1)], 'dk-first-paint')).toBeUndefined();
  });
});

describe('bench goals: dense pages grow linearly with text', () => {
  const SIZES = [
    { kb: 100, claims: 50 },
    { kb: 1000, claims: 500 },
    { kb: 5000, claims: 2500 },
  ];
  const dense = (scan: (claims: number) => number): PageFigures[] =>
    SIZES.map(({ kb, claims }) => ({
      page: `${kb}KB-dense`,
      text_kb: kb,
      claims,
      floor_ms: kb / 100,
      scan_ms: scan(claims),
      ...UNMEASURED,
      longest_task_ms: 10,
      ms_per_claim: (scan(claims) - 1) / claims,
    }));
  const denseLine = (figures: PageFigures[]) => goals(figures, undefined).find((l) => l.includes('dense'));

  it('passes a scan with a fixed cost and the same cost per claim sentence at every size', () => {
    const figures = dense((n) => 30 + 0.5 * n);
    expect(marginalCosts(figures)).toEqual([0.5, 0.5]);
    // The fixed 30 ms weighs on the small page's cost per claim sentence, not on its growth.
    expect(denseLine(figures)).toMatch(
      /^ok {3}dense pages: 1\.080 \/ 0\.558 \/ 0\.512 ms per claim sentence; 0\.500 \/ 0\.500/,
    );
  });

  it('fails a scan that grows faster than the text', () => {
    const figures = dense((n) => 30 + 0.001 * n * n);
    expect(denseLine(figures)).toMatch(/^MISS dense pages/);
  });
});

describe('bench goals: ratios to the references', () => {
  const page = (name: string, figures: Partial<PageFigures>): PageFigures => ({
    page: name,
    text_kb: 100,
    claims: name.endsWith('-ten') ? 10 : 0,
    floor_ms: 2,
    scan_ms: 5,
    ...UNMEASURED,
    longest_task_ms: 10,
    ...figures,
  });
  const lines = (figures: PageFigures) => goals([figures], undefined).filter((l) => l.includes(figures.page));

  it("hold a page without claims to 1.5x the read reference's main-thread time", () => {
    expect(lines(page('100KB-none', { busy_ms: 3, ref_busy_ms: 2 }))).toEqual([
      "ok   100KB-none busy: 3.0 ms, 1.50x the reference's 2.0 ms (goal <= 1.5x)",
    ]);
    expect(lines(page('100KB-none', { busy_ms: 15, ref_busy_ms: 2 }))[0]).toMatch(
      /^MISS 100KB-none busy: 15\.0 ms, 7\.50x/,
    );
  });

  it('hold a page with claims to 1.5x the ask-once reference, warm and cold', () => {
    const ten = page('1MB-ten', { scan_ms: 18, ref_scan_ms: 12, cold_first_mark_ms: 300, ref_cold_ms: 100 });
    expect(lines(ten)).toEqual([
      "ok   1MB-ten scan: 18.0 ms, 1.50x the reference's 12.0 ms (goal <= 1.5x)",
      "MISS 1MB-ten cold first mark: 300.0 ms, 3.00x the reference's 100.0 ms (goal <= 1.5x)",
    ]);
  });

  it('count a figure not measured as a miss', () => {
    expect(lines(page('10KB-ten', { scan_ms: 5 }))).toEqual([
      'MISS 10KB-ten scan: not measured',
      'MISS 10KB-ten cold first mark: not measured',
    ]);
  });

  it('hold every task of ours to 50 ms', () => {
    const line = goals([page('5MB-dense', { longest_task_ms: 51 })], undefined).find((l) =>
      l.includes('longest'),
    );
    expect(line).toBe('MISS longest task of ours: 51.0 ms (goal <= 50 ms)');
  });
});

describe('bench reference extensions', () => {
  it('are loadable MV3 extensions whose scripts compile, and read the text as the floor does', () => {
    for (const kind of ['read', 'ask'] as const) {
      const dir = writeReferenceExtension(mkdtempSync(join(tmpdir(), 'dk-ref-')), kind);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        manifest_version: number;
        background: { service_worker: string };
        content_scripts: { js: string[] }[];
      };
      expect(manifest.manifest_version).toBe(3);
      const scripts = [manifest.background.service_worker, ...manifest.content_scripts.flatMap((c) => c.js)];
      expect(scripts).toEqual(['background.js', 'content.js']);
      // Compiled, not run: a syntax error in the generated text would throw here.
      for (const file of scripts)
        expect(() => new Script(readFileSync(join(dir, file), 'utf8'), { filename: file })).not.toThrow();
      const content = readFileSync(join(dir, 'content.js'), 'utf8');
      expect(content).toContain(READ_TEXT);
      // Only the ask-once reference talks to its background.
      expect(content.includes('sendMessage')).toBe(kind === 'ask');
    }
  });
});
