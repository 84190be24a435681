/** A sentence with its offsets inside the text it was cut from. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS =
  /(?:\b(?:e\.g|i\.e|etc|vs|dr|mr|mrs|ms|prof|approx|fig|no|vol|al|st|ca|cf|incl|vit)\.)$/i;

/**
 * Splits a block of text into sentences: on ., ! or ? followed by space and a capital, on line
 * breaks and on bullets, so list items and headings without full stops stand alone.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /[\s•·▪●◦*\-–—]/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '•' || ch === '\u2022') {
      push(i);
      start = i + 1;
    } else if (ch === '.' || ch === '!' || ch === '?') {
      const next = text.charAt(i + 1);
      const after = text.slice(i + 1, i + 4);
      if ((next === '' || /\s/.test(next)) && !ABBREVIATIONS.test(text.slice(Math.max(0, i - 8), i + 1))) {
        if (next === '' || /^\s+["'“‘(\[]?[\p{Lu}\d]/u.test(after) || /^\s*$/.test(after)) {
          push(i + 1);
          start = i + 1;
        }
      }
    }
  }
  push(text.length);
  return spans;
}
