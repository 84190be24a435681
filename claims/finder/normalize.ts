// Unicode quirks of real pages, removed before matching. Offsets must still point into the
// original text, so normalising keeps a map from each normalised index to its original index.

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2082': '2',
  '\u2083': '3',
  '\u2084': '4',
  '\u2087': '7',
};

/** A normalised string and, for each of its characters, the index it came from. */
export interface Normalized {
  readonly text: string;
  readonly map: readonly number[];
}

/** Drops invisible characters and folds spaces, quotes, dashes and subscript digits. */
export function normalize(text: string): Normalized {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (INVISIBLE.test(ch)) continue;
    out += REPLACEMENTS[ch] ?? ch;
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}
