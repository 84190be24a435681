// Unicode quirks of real pages, removed before matching. Offsets must still point into the
// original text, so normalising keeps a map from each normalised index to its original index.

/** Characters that render as nothing: soft hyphens, zero-width and direction marks. */
const INVISIBLE = new Set(['\u00AD', '\u034F', '\u180E', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F']);
for (const ch of '\u2060\u2061\u2062\u2063\u2064\uFEFF') INVISIBLE.add(ch);

/** One-for-one replacements: spaces, quotes, dashes and subscript digits ("K₂", "D₃"). */
const REPLACEMENTS = new Map<string, string>();
for (const ch of '\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000')
  REPLACEMENTS.set(ch, ' ');
for (const ch of '\u2018\u2019\u201A\u201B\u2032\u00B4\uFF07') REPLACEMENTS.set(ch, "'");
for (const ch of '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02') REPLACEMENTS.set(ch, '"');
for (const ch of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D') REPLACEMENTS.set(ch, '-');
for (let d = 0; d <= 9; d++) REPLACEMENTS.set(String.fromCharCode(0x2080 + d), String(d));
REPLACEMENTS.set('\uFF0B', '+');

/** Whether a text holds anything `normalize` would change; most text does not. Runs of spaces
 * count: pretty-printed HTML leaves them inside sentences, and rules match single spaces. */
const QUIRKS =
  /  |\t|[\u00A0\u00AD\u00AB\u00B4\u00BB\u034F\u1680\u180E\u2000-\u200F\u2010-\u2015\u2018-\u201F\u2032\u2033\u202F\u205F-\u2064\u2080-\u2089\u2212\u3000\uFE58\uFE63\uFEFF\uFF02\uFF07\uFF0B\uFF0D]/;

/** A normalised string and, for each of its characters, the index it came from. */
export interface Normalized {
  readonly text: string;
  /** map[i] is the original index of text[i]; map[text.length] is the original length. */
  readonly map: readonly number[] | null;
}

/** Drops invisible characters, folds spaces, quotes, dashes and subscript digits, and collapses runs of spaces. */
export function normalize(text: string): Normalized {
  // The common case costs one regex test and no copy; `map` null means "same indices".
  if (!QUIRKS.test(text)) return { text, map: null };
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (INVISIBLE.has(ch)) continue;
    const folded = ch === '\t' ? ' ' : (REPLACEMENTS.get(ch) ?? ch);
    if (folded === ' ' && out[out.length - 1] === ' ') continue;
    out.push(folded);
    map.push(i);
  }
  map.push(text.length);
  return { text: out.join(''), map };
}

/** The original index of a normalised index. */
export function originalIndex(n: Normalized, index: number): number {
  return n.map ? (n.map[Math.min(index, n.map.length - 1)] ?? index) : index;
}
