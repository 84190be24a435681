import { IU_PER_MICROGRAM } from './limits';
import { VOCABULARY } from '../finder/vocabulary';

// Reads the doses a text states: "5,000 IU (125 mcg)", "100 µg of MK-7", "50,000 IU once a week",
// "2,000 to 10,000 IU daily", "45 mg of MK-4". Each dose is attributed to vitamin D or K by its
// unit and the vitamin named nearest to it, and given per day where the text says how often.

/** How often an amount is taken, as the text says it. */
export type Period = 'day' | 'week' | 'month' | 'serving';

/** One dose a text states. */
export interface Dose {
  readonly vitamin: 'D' | 'K';
  /** The amount as written, lowest and highest for a range ("2,000 to 10,000 IU"). */
  readonly low: number;
  readonly high: number;
  readonly unit: 'IU' | 'µg' | 'mg';
  /** The highest amount in micrograms (vitamin D: IU / 40). */
  readonly micrograms: number;
  /** Vitamin D only: the highest amount in IU. */
  readonly iu?: number;
  /** How often the text says it is taken, or null when it does not say. */
  readonly period: Period | null;
  /** Vitamin D only: the highest amount per day in IU, where the period allows (a serving counts as a day's). */
  readonly iuPerDay?: number;
  /** Offsets of the dose's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// "10,000", "10 000" (a no-break space), "5 000" (a plain space before round thousands only),
// "10.000" (a European thousands point, read as such before an IU unit only), "10k", "ten
// thousand". Otherwise a plain space is not a separator: "age 70 800 IU" is 800 IU.
const WORDS = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred)\s+thousand`;
const NUMBER = String.raw`${WORDS}|\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d{1,3}(?: 000)+(?![\d,.])|\d{1,3}(?:\.\d{3})+(?=\s*(?:i\.?u|international|units?\b))|\d+(?:\.\d+)?(?:\s?k\b)?`;
const UNIT = String.raw`(?:i\.?u\.?s?|international units?|units?|mcg|µg|μg|ug|micrograms?|mg|milligrams?)`;
// "2,000 to 10,000 IU", "2000-5000 IU", "1,000 IU", "125mcg". "And" joins a range only when the
// first number has no unit of its own: "5,000 IU and 100 mcg" are two doses.
const AMOUNT = new RegExp(
  String.raw`(?<![\w.,-])(${NUMBER})(?:(?:\s*${UNIT})?\s*(?:-|–|to)\s*(${NUMBER})|\s*and\s*(${NUMBER})(?=\s*${UNIT}))?\s*(${UNIT})(?![\p{L}])`,
  'giu',
);
const PERIODS: readonly [Period, RegExp][] = [
  [
    'week',
    /^[^.;]{0,24}?\b(?:(?:(?<!\bfor )a|per|each|every|once a|once per|x)\s*week|weekly)\b|^\s*\/\s*week\b/i,
  ],
  ['month', /^[^.;]{0,24}?\b(?:(?:(?<!\bfor )a|per|each|every|once a)\s*month|monthly)\b|^\s*\/\s*month\b/i],
  ['day', /^[^.;]{0,24}?\b(?:a|per|each|every)\s*day\b|^[^.;]{0,24}?\b(?:daily|\/\s*day)\b/i],
  [
    'serving',
    /^[^.;]{0,24}?\b(?:per|each|in each|in every|every|a)\s*(?:serving|softgel|capsule|cap|tablet|gummy|drop|dropper|spray|pump|pill|chewable|tab)s?\b/i,
  ],
];
/** A vitamin's names (claims/finder/vocabulary.ts), not glued to a letter or digit before them. */
const named = (source: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})`, 'giu');
export const D_NAME = named(VOCABULARY.D);
export const K_NAME = named(VOCABULARY.K);
/** Other nutrients pages dose beside D and K ("1,000 mg calcium", "400 IU vitamin E"). */
const OTHER_NAME =
  /\b(?:calcium|magnesium|zinc|iron|potassium|omega[\s-]?3s?|fish oil|epa|dha|vitamin\s*(?:a|b\d{0,2}|c|e)|b12|boron|folate|folic acid|collagen|curcumin|choline|selenium|iodine)\b/gi;

const WORD_VALUE: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  fifty: 50,
  'a hundred': 100,
};

function parseNumber(s: string, unit: Dose['unit']): number {
  const words = /^(.+?)\s+thousand$/i.exec(s);
  if (words) return (WORD_VALUE[(words[1] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? NaN) * 1000;
  const thousands = /k$/i.test(s) ? 1000 : 1;
  // "10.000 IU": IU come whole, so a point before three digits is a European thousands point.
  const digits = unit === 'IU' && /^\d{1,3}(?:\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s;
  return Number(digits.replace(/[,\s\u00a0\u202fk]/gi, '')) * thousands;
}

function unitOf(raw: string): Dose['unit'] {
  const u = raw.toLowerCase().replace(/\./g, '');
  if (u.startsWith('i') || u.startsWith('unit')) return 'IU';
  if (u.startsWith('mg') || u.startsWith('milli')) return 'mg';
  return 'µg';
}

/**
 * Distance from an amount to the nearest name of each vitamin in the text, in characters. A name
 * written after the amount counts half a character further, so that on a tie the name before it
 * wins: "K2 100mcg D3 125mcg" is read as a label, name then amount.
 */
function nearest(text: string, re: RegExp, at: number, end: number): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    const s = m.index;
    const e = s + m[0].length;
    const d = e <= at ? at - e : s >= end ? s - end + 0.5 : 0;
    if (d < best) best = d;
  }
  return best;
}

// The period named before the amount: "a daily dose of 2,000 IU", "each softgel provides 5,000 IU".
const PERIODS_BEFORE: readonly [Period, RegExp][] = [
  ['week', /\b(?:weekly|once a week|per week|each week|every week)\b[^.;]{0,30}$/i],
  ['month', /\b(?:monthly|once a month|per month|each month|every month)\b[^.;]{0,30}$/i],
  ['day', /\b(?:daily|per day|a day|each day|every day)\b[^.;]{0,30}$/i],
  [
    'serving',
    /\b(?:per|each|every|one|1|a single|in one|in each)\s+(?:serving|softgel|capsule|cap|tablet|gummy|drop|dropper|spray|pump|pill|chewable|tab)s?\b[^.;]{0,30}$/i,
  ],
];

/** The period named nearest after the amount ("10,000 IU daily (70,000 IU a week)" is daily), else before it. */
function periodOf(before: string, after: string): Period | null {
  let best: { period: Period; reach: number } | null = null;
  for (const [period, re] of PERIODS) {
    const reach = re.exec(after)?.[0].length;
    if (reach !== undefined && (!best || reach < best.reach)) best = { period, reach };
  }
  if (best) return best.period;
  for (const [period, re] of PERIODS_BEFORE) if (re.test(before)) return period;
  return null;
}

/** The doses a text states, in order. IU is always vitamin D; µg and mg go to the vitamin named nearest. */
export function readDoses(text: string): Dose[] {
  const doses: Dose[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, first = '', to, and, rawUnit = ''] = m;
    const unit = unitOf(rawUnit);
    const second = to ?? and;
    const a = parseNumber(first, unit);
    const b = second ? parseNumber(second, unit) : a;
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    if (!Number.isFinite(low) || !Number.isFinite(high) || high <= 0) continue;
    const start = m.index;
    const end = start + whole.length;
    // An amount right beside another nutrient's name is that nutrient's dose.
    const other = nearest(text, OTHER_NAME, start, end);
    if (other <= 3 && other < Math.min(nearest(text, D_NAME, start, end), nearest(text, K_NAME, start, end)))
      continue;
    let vitamin: Dose['vitamin'] | null;
    if (unit === 'IU') vitamin = 'D';
    else {
      const d = nearest(text, D_NAME, start, end);
      const k = nearest(text, K_NAME, start, end);
      vitamin = d === Infinity && k === Infinity ? null : k < d ? 'K' : 'D';
      // "5,000 IU (125 mcg)": micrograms right after an IU amount, and equal to it, restate it.
      const prev = doses.at(-1);
      const asIU = (unit === 'mg' ? high * 1000 : high) * IU_PER_MICROGRAM;
      if (prev?.unit === 'IU' && prev.end >= start - 3 && Math.abs(prev.high - asIU) <= prev.high * 0.05)
        vitamin = 'D';
    }
    if (!vitamin) continue;
    const micrograms = unit === 'IU' ? high / IU_PER_MICROGRAM : unit === 'mg' ? high * 1000 : high;
    const period = periodOf(text.slice(Math.max(0, start - 50), start), text.slice(end, end + 40));
    const base = { vitamin, low, high, unit, micrograms, period, start, end, text: whole };
    if (vitamin === 'K') {
      doses.push(base);
      continue;
    }
    const iu = unit === 'IU' ? high : micrograms * IU_PER_MICROGRAM;
    const perDay = period === 'week' ? iu / 7 : period === 'month' ? iu / 30 : iu;
    doses.push({ ...base, iu, iuPerDay: perDay });
  }
  // A restated amount ("5,000 IU (125 mcg)", "125 mcg/5000 IU") is one dose, not two.
  return doses.filter((d, i) => {
    const prev = doses[i - 1];
    const restated =
      prev?.vitamin === 'D' &&
      d.vitamin === 'D' &&
      prev.unit !== d.unit &&
      d.start - prev.end <= 3 &&
      Math.abs((prev.iu ?? 0) - (d.iu ?? 0)) <= (prev.iu ?? 0) * 0.05;
    return !restated;
  });
}
