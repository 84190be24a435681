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
      main_ms: null,
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

describe('bench goals for pages with ten claims', () => {
  const ten = (scan: number, askOnce?: number | null): PageFigures => ({
    page: '100KB-ten',
    text_kb: 100,
    claims: 10,
    floor_ms: 2,
    scan_ms: scan,
    main_ms: null,
    longest_task_ms: 10,
    ...(askOnce === undefined ? {} : { ask_once_ms: askOnce }),
  });
  const tenLine = (figures: PageFigures) => goals([figures], undefined).find((l) => l.includes('-ten'));

  it('checks the scan against 3x the floor, and says what asking the background once costs', () => {
    expect(tenLine(ten(5, 26))).toBe(
      'ok   100KB-ten: scan 2.5x floor; reading the text and asking a background once, nothing else, takes 13.0x (goal <= 3x)',
    );
    expect(tenLine(ten(30, 26))).toMatch(/^MISS 100KB-ten: scan 15\.0x floor; .* takes 13\.0x/);
  });

  it('leaves the reference out when it was not measured', () => {
    expect(tenLine(ten(30))).toBe('MISS 100KB-ten: scan 15.0x floor (goal <= 3x)');
    expect(tenLine(ten(30, null))).toBe('MISS 100KB-ten: scan 15.0x floor (goal <= 3x)');
  });
});

describe('bench reference extension', () => {
  it('is a loadable MV3 extension whose scripts compile, and reads the text as the floor does', () => {
    const dir = writeReferenceExtension(mkdtempSync(join(tmpdir(), 'dk-ref-')));
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
    expect(readFileSync(join(dir, 'content.js'), 'utf8')).toContain(READ_TEXT);
  });
});
