// Trains the claim model (claims/finder/model.ts) on the labelled rows we may tune on: the shared
// dev set, our own train pages and, since the matcher was finished, the valid pages (scored and
// never read while it was built; their last honest number is in docs/accuracy.md), never the
// blind ones. Prints a cross-validated estimate (folds
// by page, so a page's sentences are never both trained on and tested), then writes
// claims/model/claimness.json.
//
//   npm run train            train, report, write the model
//   npm run train -- --cv    report only
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../../claims';
import { VETO, createFinder } from '../../claims/finder';
import type { ClaimModel } from '../../claims/finder/model';
import { DEV, TRAIN, VALID, readRows, type Row } from '../eval/rows';
import { fitLogistic, type Example } from './logistic';

const MODEL = fileURLToPath(new URL('../../claims/model/claimness.json', import.meta.url));
/**
 * The largest share of non-claims we accept marking, as the scorer counts them, cross-validated;
 * the threshold follows. Lower costs recall steeply on these labels (see docs/accuracy.md).
 */
const TARGET_FPR = 0.1;
/** Features seen on fewer rows than this are dropped: they can only memorise. */
const MIN_COUNT = 2;

/** A candidate sentence of a row: its features, and what the finder would grade it. */
interface RowExample extends Example {
  readonly row: number;
  readonly grade: string | null;
  /** A safety veto: marked whatever the model says. */
  readonly veto: boolean;
}

/** The candidate sentences the finder sees in each row, with their features. */
function examplesOf(rows: readonly Row[]): RowExample[] {
  const examples: RowExample[] = [];
  rows.forEach((row, i) => {
    createFinder(CATALOGUE, {
      onCandidate: (c, f) =>
        examples.push({
          features: [...f],
          label: row.label === 'none' ? 0 : 1,
          group: row.page,
          row: i,
          grade: c.match?.entry.grade ?? null,
          veto: (c.match?.combo.priority ?? 0) >= VETO && !/\?\W*$/.test(row.text),
        }),
    }).find([{ text: row.text, start: 0 }]);
  });
  return examples;
}

/** The two thresholds: for a sentence an entry matched, and for one none did. */
interface Thresholds {
  readonly matched: number;
  readonly unmatched: number;
}

/** The scorer's four numbers (../shared/eval/score.mjs) for given candidate scores and thresholds. */
function scorerMetrics(
  rows: readonly Row[],
  examples: readonly RowExample[],
  scores: readonly number[],
  t: Thresholds,
) {
  const byRow = new Map<number, { found: boolean; grade: string | null }>();
  examples.forEach((e, i) => {
    if ((scores[i] ?? 0) < (e.grade ? t.matched : t.unmatched) && !e.veto) return;
    const seen = byRow.get(e.row);
    if (!seen) byRow.set(e.row, { found: true, grade: e.grade });
    else if (!seen.grade && e.grade) seen.grade = e.grade;
  });
  const order = ['established', 'plausible', 'mixed', 'unproven', 'contradicted'];
  let claims = 0;
  let found = 0;
  let negatives = 0;
  let fp = 0;
  let right = 0;
  let serious = 0;
  rows.forEach((r, i) => {
    // The catalogue's examples are trained on, never measured: they are not real pages.
    if (r.page.startsWith('catalogue:')) return;
    const got = byRow.get(i);
    if (r.label === 'none') {
      negatives++;
      if (got) fp++;
      return;
    }
    claims++;
    if (!got) return;
    found++;
    const ok = got.grade === null ? r.accept.includes('novel') : r.accept.includes(got.grade);
    if (ok) right++;
    else if (got.grade !== null && r.label !== 'novel') {
      const d = Math.min(
        ...r.accept
          .filter((a) => order.includes(a))
          .map((a) => Math.abs(order.indexOf(a) - order.indexOf(got.grade ?? ''))),
      );
      if (d >= 2) serious++;
    }
  });
  return { recall: found / claims, fpr: fp / negatives, grade: right / claims, serious: serious / claims };
}

/** Rows of a page together, pages spread over `k` folds by a stable hash of their id. */
function foldOf(group: string, k: number): number {
  let h = 0;
  for (const ch of group) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % k;
}

function prune(examples: readonly Example[]): Set<string> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f));
}

function restrict(examples: readonly Example[], keep: ReadonlySet<string>): Example[] {
  return examples.map((e) => ({ ...e, features: e.features.filter((f) => keep.has(f)) }));
}

function score(weights: Readonly<Record<string, number>>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Cross-validated scores for every example, each from a model that never saw its page. */
function crossValidate(examples: readonly Example[], k: number): number[] {
  const out = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < k; fold++) {
    const train = examples.filter((e) => foldOf(e.group, k) !== fold);
    const keep = prune(train);
    const weights = fitLogistic(restrict(train, keep));
    examples.forEach((e, i) => {
      if (foldOf(e.group, k) === fold) out[i] = score(weights, e.features);
    });
  }
  return out;
}

/**
 * The thresholds with the best cross-validated grade accuracy whose false-positive rate, as the
 * scorer counts it, stays within the target. A sentence no entry matches can at best be "not yet
 * reviewed", so it may need more confidence than one that matched.
 */
function pickThresholds(
  rows: readonly Row[],
  examples: readonly RowExample[],
  scores: readonly number[],
): Thresholds {
  let best: { t: Thresholds; grade: number } = { t: { matched: 0.95, unmatched: 0.95 }, grade: -1 };
  for (let matched = 0.3; matched < 0.951; matched += 0.025)
    for (let unmatched = matched; unmatched < 0.951; unmatched += 0.025) {
      const t = { matched, unmatched };
      const m = scorerMetrics(rows, examples, scores, t);
      if (m.fpr <= TARGET_FPR && m.grade > best.grade) best = { t, grade: m.grade };
    }
  return best.t;
}

function report(
  name: string,
  examples: readonly RowExample[],
  scores: readonly number[],
  t: Thresholds,
): void {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  examples.forEach((e, i) => {
    const yes = (scores[i] ?? 0) >= (e.grade ? t.matched : t.unmatched);
    if (e.label === 1 && yes) tp++;
    else if (e.label === 1) fn++;
    else if (yes) fp++;
    else tn++;
  });
  console.log(
    `${name}: thresholds ${t.matched.toFixed(3)} / ${t.unmatched.toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)} fpr ${(fp / (fp + tn)).toFixed(3)} (${String(tp + fn)} claims, ${String(fp + tn)} non-claims among candidates)`,
  );
}

/** The catalogue's own example phrasings: claims by construction, one group per entry. */
const catalogueRows: Row[] = CATALOGUE.flatMap((e) =>
  e.examples.map((text) => ({
    page: `catalogue:${e.id}`,
    url: '',
    text,
    label: e.grade,
    accept: [e.grade],
    topic: e.id,
  })),
);
const rows = [...readRows(DEV), ...readRows(TRAIN), ...readRows(VALID), ...catalogueRows];
const examples = examplesOf(rows);
const cv = crossValidate(examples, 5);
const chosen = pickThresholds(rows, examples, cv);
report('cross-validated (5 folds by page)', examples, cv, chosen);
for (const t of [0.5, 0.6, 0.7].map((x) => ({ matched: x, unmatched: x })).concat([chosen])) {
  const m = scorerMetrics(rows, examples, cv, t);
  console.log(
    `  thresholds ${t.matched.toFixed(3)} / ${t.unmatched.toFixed(3)}: recall ${m.recall.toFixed(3)} fpr ${m.fpr.toFixed(3)} grade ${m.grade.toFixed(3)} serious ${m.serious.toFixed(3)}`,
  );
}
if (!process.argv.includes('--cv')) {
  const keep = prune(examples);
  const weights = fitLogistic(restrict(examples, keep));
  const rounded = Object.fromEntries(
    Object.entries(weights)
      .filter(([, w]) => Math.abs(w) >= 0.01)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([f, w]) => [f, Math.round(w * 1000) / 1000]),
  );
  const model: ClaimModel = {
    threshold: Math.round(chosen.matched * 1000) / 1000,
    thresholdUnmatched: Math.round(chosen.unmatched * 1000) / 1000,
    weights: rounded,
  };
  writeFileSync(MODEL, `${JSON.stringify(model, null, 1)}\n`);
  console.log(
    `wrote ${MODEL}: ${String(Object.keys(rounded).length)} features, from ${String(rows.length)} rows`,
  );
}
