// The benchmark (scripts/bench/) reads when a scan starts, first paints and ends from the page's
// performance timeline. Only benchmark builds (WXT_BENCH=1) set those marks: a store build leaves
// nothing on the page's timeline, so pages cannot tell the extension is there.

type BenchMarkName = 'dk-scan-start' | 'dk-swept' | 'dk-first-paint' | 'dk-scan-end';

/** Times taken and not yet put on the timeline. */
const taken: [BenchMarkName, number][] = [];
let ended = false;

/**
 * Notes the time of a step in benchmark builds; compiled away in every other build. The marks go on
 * the timeline when the scan ends (later ones at once), with the times noted: the first
 * performance.mark() in a content script's world costs about 0.15 ms, which a store build never
 * pays and which would count in a 10 KB page's scan.
 */
export function benchMark(name: BenchMarkName): void {
  if (import.meta.env.WXT_BENCH !== '1') return;
  taken.push([name, performance.now()]);
  // A mark after the end (a first paint that waited for the page's first frame) goes on at once.
  if (name !== 'dk-scan-end' && !ended) return;
  ended = true;
  for (const [mark, startTime] of taken.splice(0)) performance.mark(mark, { startTime });
}

/** The benchmark's marks of a scan: its first painted mark, and its end (the paint after it). */
export interface ScanTimes {
  /** A scan of the page from scratch starts. */
  started(): void;
  /** That scan is done: it ends with the next paint. */
  scanned(): void;
  /** A paint showed `shown` marks. */
  readonly painted: (shown: number) => void;
}

/** Notes the scan's marks with `benchMark` (so only benchmark builds keep them). */
export function createScanTimes(): ScanTimes {
  let pending = false;
  let ending = false;
  let painted = false;
  return {
    started() {
      pending = true;
    },
    scanned() {
      if (!pending) return;
      pending = false;
      ending = true;
    },
    painted(shown) {
      if (shown && !painted) {
        painted = true;
        benchMark('dk-first-paint');
      }
      if (ending) {
        ending = false;
        benchMark('dk-scan-end');
      }
    },
  };
}
