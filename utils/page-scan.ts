import { selectRuns } from '../claims/finder/select';
import type { TextBlock } from '../claims/finder/types';
import { extractText } from './extract-text';
import { rangeFor } from './highlights';
import type { WireFinding } from './messages';
import { textRootOf, type ScanRoot } from './page-roots';

// Turns a root's text into marks. Only blocks that pass the cheap gate are sent for analysis, in
// runs (a gated block with its context, see gatedRuns), and each run's answer is cached
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

/**
 * Groups the blocks worth analysing into runs: the finder's own selection (gated blocks, the block
 * before and after, their heading, and list items under a D/K2 heading), so the extension sends
 * exactly the context the finder needs to carry a subject into "Together, they..." or a list.
 */
export function gatedRuns(blocks: readonly TextBlock[]): TextBlock[][] {
  return selectRuns(blocks);
}

/** The cache key of a run: its blocks' texts and their places relative to the run. */
function runKey(run: readonly TextBlock[]): string {
  const base = run[0]?.start ?? 0;
  return run.map((b) => `${b.start - base}${b.heading ? 'h' : ''}\u0001${b.text}`).join('\u0002');
}

function shift(findings: readonly WireFinding[], by: number): WireFinding[] {
  return findings.map((f) => ({ ...f, start: f.start + by, end: f.end + by }));
}

/** Analyses the runs not in the cache, in batches, and stores their answers. */
async function analyseMissing(
  runs: readonly TextBlock[][],
  cache: RunCache,
  analyze: Analyze,
): Promise<void> {
  const missing = runs.filter((run) => !cache.has(runKey(run)));
  if (cache.size + missing.length > CACHE_LIMIT) cache.clear();
  for (let i = 0; i < missing.length;) {
    const batch: TextBlock[][] = [];
    let chars = 0;
    while (i < missing.length && (chars < BATCH_CHARS || !batch.length)) {
      const run = missing[i++] ?? [];
      batch.push(run);
      chars += run.reduce((n, b) => n + b.text.length, 0);
    }
    const findings = await analyze(batch.flat());
    for (const run of batch) {
      const first = run[0];
      const lastBlock = run[run.length - 1];
      if (!first || !lastBlock) continue;
      const end = lastBlock.start + lastBlock.text.length;
      const mine = findings.filter((f) => f.start >= first.start && f.start <= end);
      cache.set(runKey(run), shift(mine, -first.start));
    }
  }
}

/** Finds the claims under one root and returns them as marks over its live text nodes. */
export async function scanRoot(root: ScanRoot, cache: RunCache, analyze: Analyze): Promise<Mark[]> {
  const node = textRootOf(root);
  if (!node) return [];
  const extracted = extractText(node);
  const runs = gatedRuns(extracted.blocks);
  if (!runs.length) return [];
  await analyseMissing(runs, cache, analyze);
  const marks: Mark[] = [];
  for (const run of runs) {
    const base = run[0]?.start ?? 0;
    for (const finding of shift(cache.get(runKey(run)) ?? [], base)) {
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
  }
  return marks;
}
