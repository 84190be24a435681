// The names of vitamin D and K2 as regular-expression sources: the cheap gate over raw page text,
// the subject finder (subject.ts) and the dose reader (claims/doses/) use them, so a new spelling
// is added once, here. The words
// a claim is made of are the lexicon's (claims/parts/).

/** "Low D levels", "your D status": the bare letter where only vitamin D can be meant. */
const D_LEVEL = String.raw`\b(?:(?:low|high|your|optimal|adequate|blood|serum|sufficient|good|healthy)\s+d\s+(?:levels?|status)|(?:get|getting|gets|got|keep|keeping|bring|bringing|push|pushing)\s+(?:your|my|their|his|her)\s+d\s+(?:up|higher|levels?))\b`;
/** Branded K2 (MK-7) ingredients that shops name instead of the vitamin. */
const K2_BRANDS = String.raw`menaq7|k2vital|vitamk7`;

/**
 * Vitamin K2 and its forms, spellings and the branded MK-7 ingredients sold by name ("MK-7",
 * "MK 7", "K-2", "D3K2", "MenaQ7", "K2VITAL", "VitaMK7").
 */
const K2 = String.raw`(?:vit(?:amin|\.)?s?\s*k[\s-]?2\b|k[\s-]?2\b|mk[\s-]?[4-9]\b|menaquinone(?:[\s-]?[4-9])?s?|menatetrenone|${K2_BRANDS}|d3k2|k2d3)`;
/** Vitamin D3 and its chemical name. */
const D3 = String.raw`(?:vit(?:amin|\.)?s?\s*d[\s-]?3\b|d[\s-]?3\b|cholecalciferol|d3k2|k2d3)`;
/** Vitamin D in general (D, D2, D3, its blood marker). */
const D = String.raw`(?:vit(?:amin|\.)?s?\s*d(?:[\s-]?[23])?\b|d[\s-]?3\b|cholecalciferol|ergocalciferol|calcitriol|calcifediol|calcidiol|25[\s-]?\(?oh\)?[\s-]?d\d?\b|${D_LEVEL}|d3k2|k2d3)`;
/** Vitamin K in general (K, K1, K2). */
const K = String.raw`(?:vit(?:amin|\.)?s?\s*k(?:[\s-]?[12])?\b|${K2}|phylloquinone)`;

/** The names, by what they name. */
export const VOCABULARY = {
  K2,
  D3,
  D,
  K,
  DK: `(?:${D}|${K})`,
} as const;

/** Words only a D/K2 page uses in place of the name: "sunshine vitamin", IU, ng/mL, osteocalcin. */
const IMPLIED = String.raw`sunshine vitamin|osteocalcin|\bmgp\b|\d\s?(?:iu|ng/ml|nmol/l)\b`;

/**
 * The cheap first gate, run over raw page text before anything else. It errs on the side of
 * letting text through (the finder decides later); text without any of these costs one regex test.
 */
export const GATE = new RegExp(
  String.raw`(?:\bvit(?:amin|\.)?s?\s*[dk](?:[\s-]?[123])?\b|\bvitamins?,?\s+(?:[a-z]\d{0,2}\s*(?:,\s*|&\s*|\+\s*|/\s*|and\s+)(?:and\s+)?){1,6}[dk]\b|\b[dk][\s-]?[23]\b|\bd3k2\b|\bk2d3\b|\bmk[\s-]?[4-9]\b|cholecalciferol|ergocalciferol|calcifediol|calcidiol|\b25[\s-]?\(?oh\)?[\s-]?d\d?\b|${D_LEVEL}|menaquinone|menatetrenone|${K2_BRANDS}|phylloquinone|${IMPLIED})`,
  'i',
);

/**
 * "D" and "K" as bare capitals in one sentence ("K given on top of D"): pages that have introduced
 * both vitamins go on to call them by their letters. Case-sensitive, so "d" and "k" in words do not count.
 */
export const LETTERS =
  /(?<![\w-])(?:D(?![\w-])[^.!?]{1,60}(?<![\w-])K|K(?![\w-])[^.!?]{1,60}(?<![\w-])D)(?![\w-])/;

/**
 * Letters and digits of the scripts pages are written in, as a short list of ranges. `\p{L}\p{N}`
 * would be exact, but it is hundreds of ranges, and V8 compiles it into every pattern that uses
 * it: with the claim tests' patterns, that made the first analysis after the background starts
 * take a second. The ranges below differ from it only on symbols inside some non-Latin blocks.
 */
const WORD_CHAR = String.raw`0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u03FF\u0400-\u052F\u0531-\u0587\u05D0-\u05EA\u0620-\u064A\u0660-\u0669\u0900-\u0DFF\u0E00-\u0E7F\u1E00-\u1FFF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A`;

/** Letters of those scripts: WORD_CHAR without the digits. */
const LETTER_CHAR = WORD_CHAR.slice('0-9'.length);

/**
 * A pattern source whose `\p{L}` and `\p{N}` classes are rewritten with WORD_CHAR's ranges, so it
 * compiles without the u flag (see WORD_CHAR). Any other `\p{...}` or a `\u{...}` is an error: it
 * would silently mean something else there.
 */
function withoutUnicodeClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') {
      const rest = source.slice(i);
      const both = rest.startsWith(String.raw`\p{L}\p{N}`);
      if (both || rest.startsWith(String.raw`\p{L}`)) {
        const ranges = both ? WORD_CHAR : LETTER_CHAR;
        out += inClass ? ranges : `[${ranges}]`;
        i += (both ? String.raw`\p{L}\p{N}` : String.raw`\p{L}`).length - 1;
        continue;
      }
      if (/^\\(?:[pP]|u)\{/.test(rest))
        throw new Error(`cannot rewrite ${rest.slice(0, 20)} without Unicode mode`);
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/**
 * An expression for `source` as whole words: not glued to a letter or digit on either side.
 * Compiled without the u flag (see WORD_CHAR): the claim tests (claimness.ts, exclusions.ts) are
 * built with it, and are compiled each time the background starts. Case-insensitive unless
 * `flags` says otherwise.
 */
export function wholeWords(source: string, flags = 'i'): RegExp {
  return new RegExp(
    withoutUnicodeClasses(String.raw`(?:^|[^\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`),
    flags,
  );
}
