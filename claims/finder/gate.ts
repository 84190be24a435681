import { normalize, originalIndex } from './normalize';
import { GATE, LETTERS } from './vocabulary';

// Kept apart from the rest of the finder: the content script that loads on every page imports
// only this file, and the catalogue and NLP load only when it says yes.
//
// The gate reads every character of every page, so it is built for speed. GATE is one large
// expression with dozens of alternatives, and V8 tries them at nearly every position: about 10 ms
// per MB of text, more than walking the page's text nodes costs. Every gate term contains one of
// a few fragments ("vit", a digit after D/K/MK, a capital D or K standing alone...), and V8 scans
// for those with three small expressions at about 1.5 ms per MB. Text without any of them is
// answered at once; otherwise GATE runs from a little before the first fragment to the end.

// Dashes count too: "MK‑7" with a non-breaking hyphen (U+2011) is common in shop copy.
const HIDING_CHARACTERS =
  /[\u00AD\u034F\u180E\u200B-\u2015\u2060-\u2064\u2212\uFEFF\uFE58\uFE63\uFF0D\u2080-\u2089]/;

/** A separator between a letter and its digit: a space or any dash ("D 3", "K-2", "MK‑7"). */
const SEP = String.raw`[\s\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]`;

/**
 * "vit" at the start of a word (vitamin, vit., sunshine vitamin: not "activity" or "invite"),
 * "vitamk" (VitaMK7), "calci" (the calciferols, calcidiol, calcifediol, osteocalcin), "mena"
 * (menaquinone, menatetrenone, MenaQ7), "quinon" (phylloquinone) and "mgp". One expression of a
 * few words: V8 finds them far faster than GATE.
 */
const HINT_WORDS = /\bvit|vitamk|calci|mena|quinon|mgp/gi;

/**
 * A digit after D, K or MK ("D3", "K2VITAL", "MK-7"), 25(OH)D, a dose or blood-level unit, and the
 * characters that can hide a term (soft hyphens, zero-width characters, subscript digits, the
 * fullwidth plus). The digit comes first and the letter is looked for behind it: digits are rarer
 * than the letters d and k, so V8 stops at far fewer places.
 */
const HINT_MARKS = new RegExp(
  String.raw`[2-9](?<=\b(?:[dk]|mk)${SEP}?[2-9])|25${SEP}?\(?oh|\d\s?(?:iu|ng\/ml|nmol\/l)\b|[\u00AD\u034F\u180E\u200B-\u200F\u2060-\u2064\uFEFF\u2080-\u2089\uFF0B]`,
  'gi',
);

/**
 * A capital D or K standing alone: LETTERS ("K given on top of D") and the bare "D" of
 * "low D levels" (GATE's D_LEVEL). Case-sensitive: the letters in words never stop the scan.
 */
const HINT_LETTER = /[DK](?<![\w-][DK])(?![\w-])/g;

const HINTS = [HINT_WORDS, HINT_MARKS, HINT_LETTER];

/** How far before the first fragment GATE starts: every term starts at most ~25 characters before its fragment. */
const HINT_REACH = 200;

/**
 * Where the first fragment of a gate term is, or -1 if the text has none. Every text that passes
 * GATE or LETTERS has one, with one exception: the lower-case bare "d" of "low d levels" (GATE's
 * D_LEVEL), which pages write with a capital; a page that writes it in lower case and never names
 * the vitamin is not read.
 */
function firstHint(text: string): number {
  let first = -1;
  for (const hint of HINTS) {
    // search() ignores the global flag and lastIndex: each call scans from the start.
    const at = text.search(hint);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/**
 * Whether a text could hold a D/K2 claim at all: the cheap first gate.
 *
 * Text without a fragment fails at once. Otherwise GATE decides, from a little before the first
 * fragment: a term that started earlier would have had a fragment earlier.
 */
export function passesGate(text: string): boolean {
  const hint = firstHint(text);
  if (hint === -1) return false;
  const t = hint > HINT_REACH ? text.slice(hint - HINT_REACH) : text;
  return fullGate(t);
}

/** GATE and LETTERS over the whole text: the definition `passesGate` answers faster. */
export function fullGate(text: string): boolean {
  return termIn(text) !== null;
}

/** A gate term's place in a text: [start, end). */
export interface TermSpan {
  readonly start: number;
  readonly end: number;
}

/** Characters read after a fragment for its term; terms longer than WINDOW_AFTER - HINT_REACH are not promised. */
const WINDOW_AFTER = 1_200;
/** After a fragment that starts no term, the next fragment looked at is this far on (its window was read). */
const WINDOW_SKIP = 1_000;

/**
 * Finds the gate terms of a long text (a page) in order: each call returns the first term that
 * starts at or after `from`, or null. Each hint expression scans the text once over all calls, and
 * GATE reads only a window around each fragment, so a page costs the scan of the hints plus a
 * little per fragment. It finds what `passesGate` would pass, for terms up to 200 characters long.
 */
export function createTermFinder(text: string): (from: number) => TermSpan | null {
  /** The next hit of each hint expression, cached: -2 unknown, -1 none. */
  const next = HINTS.map(() => -2);
  const hintAt = (from: number): number => {
    let first = -1;
    for (let i = 0; i < HINTS.length; i++) {
      let at = next[i] ?? -2;
      if (at === -2 || (at !== -1 && at < from)) {
        const hint = HINTS[i] as RegExp;
        hint.lastIndex = from;
        at = hint.exec(text)?.index ?? -1;
        next[i] = at;
      }
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  };
  return (from) => {
    for (let at = hintAt(from); at !== -1; at = hintAt(at + WINDOW_SKIP)) {
      // A term that starts before `from` is not asked for: the window starts at `from` at the earliest.
      const lo = Math.max(from, at - HINT_REACH);
      const span = termIn(text.slice(lo, at + WINDOW_AFTER));
      if (span) return { start: lo + span.start, end: lo + span.end };
    }
    return null;
  };
}

/** The first GATE or LETTERS match in a text, in the text's own offsets. */
function termIn(text: string): TermSpan | null {
  // Only pay for normalising when the text has characters that can hide the vocabulary.
  const n = HIDING_CHARACTERS.test(text) ? normalize(text) : null;
  const t = n ? n.text : text;
  let best: TermSpan | null = null;
  for (const re of [GATE, LETTERS]) {
    const m = re.exec(t);
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length };
  }
  if (!best || !n) return best;
  return { start: originalIndex(n, best.start), end: originalIndex(n, best.end) };
}
