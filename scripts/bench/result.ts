// One page's figures, and their medians over runs.

/** One page's figures, as written to the JSON lines file. */
export interface Result {
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
  /** All our main-thread time on the page: injection, evaluation, the scan and the later look for frames. */
  busy_ms: number | null;
  /**
   * The matching reference extension (./reference.ts) on the same page: **read** on pages without
   * claims (the floor's pass, injected as ours is), **ask once** on pages with claims (the pass and
   * one round trip to its background); from its content script's start to its end.
   */
  ref_scan_ms: number | null;
  /** The same reference's main-thread time on the page, injection included. */
  ref_busy_ms: number | null;
  /** Main-thread time of our tasks between the scan's start and end (the background's time excluded). */
  main_ms: number | null;
  longest_task_ms: number | null;
  first_mark_ms: number | null;
  /** First mark when the service worker was stopped before the load (pages with claims only). */
  cold_first_mark_ms: number | null;
  /** The ask-once reference's answer when its service worker was stopped before the load. */
  ref_cold_ms: number | null;
  /** Our first mark on a site where claims were found before: the worker compiles while the page loads. */
  cold_same_site_ms: number | null;
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
export function median(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? (xs[mid] ?? null) : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
}

/** One page's results over several runs: the median of each figure. */
export function medianResult(runs: readonly Result[]): Result {
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
    busy_ms: m((r) => r.busy_ms),
    ref_scan_ms: m((r) => r.ref_scan_ms),
    ref_busy_ms: m((r) => r.ref_busy_ms),
    main_ms: m((r) => r.main_ms),
    longest_task_ms: m((r) => r.longest_task_ms),
    first_mark_ms: m((r) => r.first_mark_ms),
    cold_first_mark_ms: m((r) => r.cold_first_mark_ms),
    ref_cold_ms: m((r) => r.ref_cold_ms),
    cold_same_site_ms: m((r) => r.cold_same_site_ms),
    heap_mb: m((r) => r.heap_mb),
    marks: m((r) => r.marks) ?? 0,
    ext_tasks: m((r) => r.ext_tasks) ?? 0,
    inject_ms: m((r) => r.inject_ms),
    runs: runs.length,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/** Adds each dense page's cost per claim sentence: its scan beyond the claim-free page of its size. */
export function withClaimCost(results: readonly Result[]): Result[] {
  return results.map((r) => {
    if (!r.page.endsWith('-dense') || !r.claims || r.scan_ms === null) return r;
    const none = results.find((o) => o.page === r.page.replace(/-dense$/, '-none'));
    if (!none || none.scan_ms === null) return r;
    return { ...r, ms_per_claim: round((r.scan_ms - none.scan_ms) / r.claims) };
  });
}

/** Rounds to three decimals, as the table and the JSON lines show figures. */
export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
