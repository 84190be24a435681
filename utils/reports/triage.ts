import type { Entry } from '../../claims/schema';
import { normaliseQuote } from './key';
import type { WireReport } from './schema';

// For maintainers: turn a pile of reports into a short list of distinct claims, each with the
// catalogue entries it most resembles, so adding a phrasing or a new entry is a quick decision.
// Pure and DOM-free, so the CLI and the tests call the same code.

const STOPWORDS = new Set(
  'a an and are as at be by can for from has have in is it its of on or our that the their this to with your you will may more than into helps help'.split(
    ' ',
  ),
);

/** Words of a text for comparison: vitamin names folded (MK-7 → mk7, vitamin K2 → k2), stop words out, light stemming. */
export function tokens(text: string): string[] {
  const folded = normaliseQuote(text)
    .replace(/\bvit(?:amin|\.)?\s*([dk])[\s-]?([1-3])\b/g, '$1$2')
    .replace(/\bmk[\s-]?([47])\b/g, 'mk$1')
    .replace(/\bmenaquinone[\s-]?7\b/g, 'mk7')
    .replace(/\bcholecalciferol\b/g, 'd3');
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map((w) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w));
}

/** A group of reports that quote the same claim (same words, whatever the page). */
export interface ReportGroup {
  quote: string;
  reports: WireReport[];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const t of a) if (b.has(t)) both++;
  const either = a.size + b.size - both;
  return either ? both / either : 1;
}

/**
 * Groups reports of the same claim: identical once normalised, or sharing nearly all their
 * words (Jaccard ≥ `threshold`), so "K2 cleans arteries" and "K2 cleans your arteries!" are one.
 */
export function groupReports(reports: readonly WireReport[], threshold = 0.8): ReportGroup[] {
  const groups: { key: string; words: Set<string>; group: ReportGroup }[] = [];
  for (const report of reports) {
    const key = normaliseQuote(report.quote.exact);
    const words = new Set(tokens(report.quote.exact));
    const same = groups.find(
      (g) => g.key === key || (words.size > 2 && jaccard(g.words, words) >= threshold),
    );
    if (same) same.group.reports.push(report);
    else groups.push({ key, words, group: { quote: report.quote.exact, reports: [report] } });
  }
  return groups.map((g) => g.group).sort((a, b) => b.reports.length - a.reports.length);
}

/** A catalogue entry and how close a quote is to it (cosine of TF-IDF vectors, 0..1). */
export interface Neighbour {
  entry: Entry;
  score: number;
}

type Vector = Map<string, number>;

/** Ranks catalogue entries by resemblance to a quote; built once per catalogue. */
export function createMatcher(entries: readonly Entry[]): (quote: string, top?: number) => Neighbour[] {
  // An entry is described by its claim and its example phrasings: the words readers will use.
  const docs = entries.map((e) => tokens([e.claim, ...e.examples].join(' ')));
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log((entries.length + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  const vector = (words: readonly string[]): Vector => {
    const v: Vector = new Map();
    for (const w of words) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, n] of v) {
      const x = n * idf(w);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  };
  const vectors = docs.map(vector);
  return (quote, top = 3) => {
    const q = vector(tokens(quote));
    return entries
      .map((entry, i) => {
        let score = 0;
        for (const [w, x] of q) score += x * (vectors[i]?.get(w) ?? 0);
        return { entry, score };
      })
      .filter((n) => n.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, top);
  };
}
