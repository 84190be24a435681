// The goals, checked against one benchmark run's figures (./index.ts prints them).

/** The figures of one page that the goals read. */
export interface PageFigures {
  readonly page: string;
  readonly text_kb: number;
  readonly claims: number;
  readonly floor_ms: number;
  readonly scan_ms: number | null;
  /** The reference extension's floor pass and one round trip to its background (pages with claims). */
  readonly ask_once_ms?: number | null;
  readonly main_ms: number | null;
  readonly longest_task_ms: number | null;
  readonly ms_per_claim?: number;
}

/**
 * The dense pages' marginal cost: from each page size to the next, the extra scan time per extra
 * claim sentence. A scan that grows linearly with the text has about the same marginal cost at
 * every size, whatever its fixed costs (one round trip to the background, one wait for the page's
 * first frame), which the cost per claim sentence of a small page also carries.
 */
export function marginalCosts(dense: readonly PageFigures[]): number[] {
  const sized = dense.filter((r) => r.scan_ms !== null).sort((a, b) => a.text_kb - b.text_kb);
  const costs: number[] = [];
  for (let i = 1; i < sized.length; i++) {
    const [a, b] = [sized[i - 1] as PageFigures, sized[i] as PageFigures];
    if (b.claims > a.claims) costs.push(((b.scan_ms ?? 0) - (a.scan_ms ?? 0)) / (b.claims - a.claims));
  }
  return costs;
}

/** The goals, checked against this run's figures: one line each, "ok" or "MISS". */
export function goals(results: readonly PageFigures[], contentGzip: number | undefined): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => out.push(`${ok ? 'ok  ' : 'MISS'} ${what}`);
  for (const r of results) {
    if (r.scan_ms === null) continue;
    const ratio = r.scan_ms / Math.max(r.floor_ms, 0.01);
    // The scan's wall time includes the background's analysis (another process); the main-thread
    // figure is what the page pays. Both are reported against the goal.
    const main =
      r.main_ms === null ? '' : `; main thread ${(r.main_ms / Math.max(r.floor_ms, 0.01)).toFixed(1)}x`;
    if (r.page.endsWith('-none'))
      check(ratio <= 1.5, `${r.page}: scan ${ratio.toFixed(1)}x floor${main} (goal <= 1.5x)`);
    if (r.page.endsWith('-ten') && r.text_kb >= 100) {
      // What a content script that sends the text to its background, as ours does, cannot beat:
      // reading the text and asking once.
      const ask =
        r.ask_once_ms == null
          ? ''
          : `; reading the text and asking a background once, nothing else, takes ${(r.ask_once_ms / Math.max(r.floor_ms, 0.01)).toFixed(1)}x`;
      check(ratio <= 3, `${r.page}: scan ${ratio.toFixed(1)}x floor${main}${ask} (goal <= 3x)`);
    }
  }
  const dense = results.filter((r) => r.page.endsWith('-dense'));
  const perClaim = dense.map((r) => r.ms_per_claim).filter((c): c is number => c !== undefined);
  const marginal = marginalCosts(dense);
  if (dense.length && marginal.length < 2)
    check(false, 'dense pages: fewer than three sizes measured, so linear growth is not checked');
  else if (marginal.length > 1) {
    // Linear: each step up in size costs about the same per extra claim sentence.
    const spread = Math.max(...marginal) / Math.max(Math.min(...marginal), 0.001);
    check(
      spread <= 2,
      `dense pages: ${perClaim.map((c) => c.toFixed(3)).join(' / ')} ms per claim sentence; ` +
        `${marginal.map((c) => c.toFixed(3)).join(' / ')} ms per extra claim sentence from one size to the next ` +
        `(within 2x of each other: linear)`,
    );
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
