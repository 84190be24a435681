// The goals, checked against one benchmark run's figures (./index.ts prints them).

/** The figures of one page that the goals read. */
export interface PageFigures {
  readonly page: string;
  readonly text_kb: number;
  readonly claims: number;
  readonly floor_ms: number;
  readonly scan_ms: number | null;
  readonly busy_ms: number | null;
  /** The matching reference extension's (./reference.ts) scan and busy time on the same page. */
  readonly ref_scan_ms: number | null;
  readonly ref_busy_ms: number | null;
  readonly cold_first_mark_ms: number | null;
  readonly ref_cold_ms: number | null;
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

/** `ours` against `ref` as "12.3 ms, 1.2x the reference's 10.0 ms", and whether it is within `most` x. */
function against(ours: number | null, ref: number | null, most: number): { ok: boolean; text: string } {
  if (ours === null || ref === null) return { ok: false, text: 'not measured' };
  const x = ours / Math.max(ref, 0.01);
  return {
    ok: x <= most,
    text: `${ours.toFixed(1)} ms, ${x.toFixed(2)}x the reference's ${ref.toFixed(1)} ms (goal <= ${most}x)`,
  };
}

/**
 * The goals (#22), checked against this run's figures, as ratios to the references
 * measured in the same run: one line each, "ok" or "MISS".
 */
export function goals(results: readonly PageFigures[], contentGzip: number | undefined): string[] {
  const out: string[] = [];
  const check = ({ ok, text }: { ok: boolean; text: string }, what: string) =>
    out.push(`${ok ? 'ok  ' : 'MISS'} ${what}: ${text}`);
  for (const r of results) {
    // Pages with nothing to say: all our main-thread time against a script that only reads the text.
    if (r.page.endsWith('-none')) check(against(r.busy_ms, r.ref_busy_ms, 1.5), `${r.page} busy`);
    // Pages with claims: against reading the text and asking a background once, warm and cold.
    if (r.page.endsWith('-ten')) {
      check(against(r.scan_ms, r.ref_scan_ms, 1.5), `${r.page} scan`);
      check(against(r.cold_first_mark_ms, r.ref_cold_ms, 1.5), `${r.page} cold first mark`);
    }
  }
  const dense = results.filter((r) => r.page.endsWith('-dense'));
  const perClaim = dense.map((r) => r.ms_per_claim).filter((c): c is number => c !== undefined);
  const marginal = marginalCosts(dense);
  if (dense.length && marginal.length < 2)
    check(
      { ok: false, text: 'fewer than three sizes measured, so linear growth is not checked' },
      'dense pages',
    );
  else if (marginal.length > 1) {
    // Linear: each step up in size costs about the same per extra claim sentence.
    const spread = Math.max(...marginal) / Math.max(Math.min(...marginal), 0.001);
    check(
      {
        ok: spread <= 2,
        text:
          `${perClaim.map((c) => c.toFixed(3)).join(' / ')} ms per claim sentence; ` +
          `${marginal.map((c) => c.toFixed(3)).join(' / ')} ms per extra claim sentence from one size to the next ` +
          `(within 2x of each other: linear)`,
      },
      'dense pages',
    );
  }
  const longest = Math.max(0, ...results.map((r) => r.longest_task_ms ?? 0));
  check({ ok: longest <= 50, text: `${longest.toFixed(1)} ms (goal <= 50 ms)` }, 'longest task of ours');
  if (contentGzip !== undefined)
    check(
      { ok: contentGzip <= 30 * 1024, text: `${(contentGzip / 1024).toFixed(1)} KB gzipped (goal <= 30 KB)` },
      'the content script every page loads',
    );
  return out;
}
