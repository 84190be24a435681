import { selectRuns } from '../../claims/finder/select';
import type { TextBlock } from '../../claims/finder/types';
import { extractWindows, rangeFor, type ExtractedText, type Yielder } from './extract-text';

import type { WireFinding } from '../messages';
import { MAX_MESSAGE_BLOCKS, MAX_MESSAGE_CHARS } from '../message-limits';
import { benchMark } from './bench-marks';
import { capRun, runChars } from './cap-run';
import { textRootOf, type ScanRoot } from './roots';
import type { Slicer } from './slice';
import { BLOCKS_AFTER_MOST, BLOCKS_BEFORE, sweepText, textWindows, type Sweep } from './sweep';

// Turns a root's text into marks. Only blocks that pass the cheap gate are sent for analysis, in
// runs (a gated block with its context, see gatedRunsSliced), and each run's answer is cached
// by its text: a rescan after a page change sends only the runs that are new.

/** A claim on the page: its finding, a live DOM Range over it, and where it lives. */
export interface Mark {
  readonly finding: WireFinding;
  readonly range: Range;
  readonly root: ScanRoot;
  /** Up to 32 characters of page text before and after the claim, for reports. */
  readonly prefix: string;
  readonly suffix: string;
}

/** A finding with offsets relative to the start of its run. */
type RunFinding = WireFinding;

/** Run answers by run text; shared by all roots so identical text on two roots is analysed once. */
export type RunCache = Map<string, readonly RunFinding[]>;

/** Sends blocks for analysis and returns the findings (the background's 'analyze'). */
export type Analyze = (blocks: TextBlock[]) => Promise<WireFinding[]>;

const CONTEXT_CHARS = 32;
/** Text per 'analyze' message, so a huge page is answered (and painted) in parts. */
const BATCH_CHARS = 200_000;
/** Cache entries kept before the cache is emptied (a page that keeps adding text). */
const CACHE_LIMIT = 4_000;

/** Blocks per slice of `gatedRunsSliced`; the context read on either side is ./sweep.ts's. */
const SELECT_SLICE = 2_000;

/**
 * The finder's own selection of runs (`selectRuns`: gated blocks, the blocks around them, their
 * heading, list items under a D/K2 heading), worked out a slice of blocks at a time with yields between. Each
 * slice is read with context on either side: a gated block in the middle of a slice keeps exactly
 * what it keeps in the whole list, one near a slice's edge keeps no more, so the union of the
 * slices' blocks is the whole list's selection.
 */
export async function gatedRunsSliced(blocks: readonly TextBlock[], slicer: Yielder): Promise<TextBlock[][]> {
  if (blocks.length <= SELECT_SLICE) return selectRuns(blocks);
  const index = new Map(blocks.map((b, i) => [b, i]));
  const kept = new Set<number>();
  for (let s = 0; s < blocks.length; s += SELECT_SLICE) {
    const from = Math.max(0, s - BLOCKS_BEFORE);
    const part = blocks.slice(from, Math.min(blocks.length, s + SELECT_SLICE + BLOCKS_AFTER_MOST));
    for (const run of selectRuns(part)) for (const b of run) kept.add(index.get(b) ?? -1);
    if (slicer.due()) await slicer.yield();
  }
  kept.delete(-1);
  const runs: TextBlock[][] = [];
  let last = -2;
  for (const i of [...kept].sort((a, b) => a - b)) {
    const b = blocks[i] as TextBlock;
    const open = runs[runs.length - 1];
    if (i === last + 1 && open) open.push(b);
    else runs.push([b]);
    last = i;
  }
  return runs;
}

/** The cache key of a run: its blocks' texts and their places relative to the run. */
function runKey(run: readonly TextBlock[]): string {
  const base = run[0]?.start ?? 0;
  return run
    .map((b) => `${b.start - base}${b.heading ? 'h' : ''}${b.review ? 'r' : ''}\u0001${b.text}`)
    .join('\u0002');
}

function shift(findings: readonly WireFinding[], by: number): WireFinding[] {
  return findings.map((f) => ({ ...f, start: f.start + by, end: f.end + by }));
}

/** Analyses the runs not in the cache, in batches, and stores their answers; calls `onBatch` after each. */
async function analyseMissing(
  runs: readonly TextBlock[][],
  cache: RunCache,
  analyze: Analyze,
  onBatch: () => Promise<void>,
): Promise<void> {
  const missing = runs.filter((run) => !cache.has(runKey(run)));
  if (cache.size + missing.length > CACHE_LIMIT) cache.clear();
  for (let i = 0; i < missing.length;) {
    const batch: TextBlock[][] = [];
    const send: TextBlock[] = [];
    let chars = 0;
    while (i < missing.length) {
      // Each run cut to what a message may carry (./cap-run.ts), and a message holds whole runs.
      const capped = capRun(missing[i] ?? []);
      const size = runChars(capped);
      const fits = chars + size <= MAX_MESSAGE_CHARS && send.length + capped.length <= MAX_MESSAGE_BLOCKS;
      if (batch.length && (chars >= BATCH_CHARS || !fits)) break;
      batch.push(missing[i++] ?? []);
      send.push(...capped);
      chars += size;
    }
    const findings = await analyze(send);
    for (const run of batch) {
      const first = run[0];
      const lastBlock = run[run.length - 1];
      if (!first || !lastBlock) continue;
      const end = lastBlock.start + lastBlock.text.length;
      const mine = findings.filter((f) => f.start >= first.start && f.start <= end);
      cache.set(runKey(run), shift(mine, -first.start));
    }
    await onBatch();
  }
}

/** Turns the answers of runs into marks, a slice at a time. */
function markMaker(root: ScanRoot, extracted: ExtractedText, cache: RunCache, slicer: Yielder) {
  const marks: Mark[] = [];
  let done = 0;
  /** Makes the marks of the runs, in order, up to the first one not answered yet. */
  const advance = async (runs: readonly TextBlock[][]) => {
    for (; done < runs.length; done++) {
      const run = runs[done] ?? [];
      const answer = cache.get(runKey(run));
      if (!answer) return;
      const base = run[0]?.start ?? 0;
      for (const finding of shift(answer, base)) {
        const range = rangeFor(extracted.segments, finding);
        // The page may have changed while the background answered: drop what no longer matches.
        if (!range || range.toString().replace(/\s+/g, '') !== finding.text.replace(/\s+/g, '')) continue;
        marks.push({
          finding,
          range,
          root,
          prefix: extracted.text.slice(Math.max(0, finding.start - CONTEXT_CHARS), finding.start),
          suffix: extracted.text.slice(finding.end, finding.end + CONTEXT_CHARS),
        });
      }
      if (slicer.due()) await slicer.yield();
    }
  };
  return { marks, advance };
}

/**
 * Finds the claims under one root and returns them as marks over its live text nodes. Works in
 * slices that yield to the page; `onMarks` hears the marks found so far after each answer, so a
 * huge page is painted as it is read. `mayRead` (is the site on?) is asked once the sweep has found
 * terms and answered before anything is sent for analysis. `presweep` is the root's sweep, if made.
 */
export async function scanRoot(
  root: ScanRoot,
  cache: RunCache,
  analyze: Analyze,
  slicer: Slicer,
  onMarks: (marks: readonly Mark[]) => void = () => undefined,
  mayRead: () => Promise<boolean> = () => Promise.resolve(true),
  presweep?: Sweep,
): Promise<Mark[]> {
  const node = textRootOf(root);
  if (!node) return [];
  const sweep = presweep ?? (await sweepText(node, slicer));
  benchMark('dk-swept');
  if (!sweep.gated.length) return [];
  // Asked now and answered while the text is read: nothing goes for analysis before the answer.
  const allowed = mayRead();
  // Awaited below; an early return must not leave a failure unhandled.
  allowed.catch(() => undefined);
  const windows = await textWindows(sweep, node, slicer);
  if (!windows.length) return [];
  const extracted = await extractWindows(node, windows, slicer);
  const runs = await gatedRunsSliced(extracted.blocks, slicer);
  if (!runs.length || !(await allowed)) return [];
  // The answer may have come in a task of its own: a fresh slice.
  slicer.reset();
  const maker = markMaker(root, extracted, cache, slicer);
  // Runs answered earlier are marked at once; the rest as their answers arrive.
  await maker.advance(runs);
  if (maker.marks.length) onMarks(maker.marks);
  let painted = maker.marks.length > 0;
  await analyseMissing(runs, cache, analyze, async () => {
    // The answer arrived in a task of its own: a fresh slice.
    slicer.reset();
    await maker.advance(runs);
    // The first marks are shown as soon as they are known; the rest with the last answer, since
    // every repaint makes the browser restyle all of a page's highlights.
    if (!painted && maker.marks.length) {
      painted = true;
      onMarks(maker.marks);
    }
  });
  return maker.marks;
}
