/** A sentence with its offsets inside the text it was cut from. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** The span ends in ':' and introduces what follows ("Key benefits:"). */
  readonly leadIn: boolean;
  /** The span was a line of its own without a full stop: a heading, label or list item. */
  readonly bare: boolean;
  /** The span began with a list marker ("✔", "•", "1.") that was trimmed off. */
  readonly bullet?: boolean;
}

/** The longest sentence kept whole; longer runs are cut at spaces. */
const MAX_SPAN = 1200;

// Words whose full stop does not end a sentence ("vit. D", "e.g. natto", "Dr. Price").
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:e\.g|i\.e|vs|dr|mr|mrs|ms|prof|approx|fig|figs|vol|al|st|ca|cf|incl|vit|vits|resp|ref|refs|esp|ie|eg|jr|sr|[a-z]\.[a-z])\.$/iu;
// Bullets that start a new item even in the middle of a line ("Key benefits: • bones • heart").
const INLINE_BULLETS = new Set(Array.from('•‣◦▪●■►▸▶➤✔✓☑✅'));
// A leading list marker: "1.", "2)", "a)", "(iii)", pictographs, markdown emphasis.
const LEADING_MARKER =
  /^(?:[\s\u00A0]|[•‣◦▪▫●○■□◆◇►▸▶➤➢→⇒✔✓☑✅❌✗✘★☆*#>|·–—-]|\p{Extended_Pictographic}|\uFE0F|\u200D|\d{1,2}[.)](?=\s)|\(?[a-z]\)(?=\s)|\([ivx]{1,4}\)(?=\s))+/u;
/** The markers of a list item, as opposed to heading or emphasis marks. */
const BULLET = /[•‣◦▪▫●○■□◆◇►▸▶➤➢→⇒✔✓☑✅★☆·–—-]|\d[.)]|\)|\p{Extended_Pictographic}/u;
// What may follow a full stop in a footnote: "[3]", "(41)", "2,3,4", "¹²".
const FOOTNOTE =
  /^(?:\[\d{1,4}(?:\s*[-–,]\s*\d{1,4})*\])+|^\(\d{1,4}(?:\s*[-–,]\s*\d{1,4})*\)|^\d{1,4}(?:[,–-]\d{1,4})*|^[¹²³⁰⁴-⁹]+/;
// The start of the next sentence: a capital, digit, quote, bracket or list marker.
const NEXT_START = /^\s+["'“‘(\[*]*[\p{Lu}\p{N}\p{Extended_Pictographic}•✔✓]/u;

/** The last plain space in text[from, to), or null: lastIndexOf would search back to the start. */
function lastSpace(text: string, from: number, to: number): number | null {
  for (let i = Math.min(to, text.length - 1); i > from; i--) if (text.charCodeAt(i) === 32) return i;
  return null;
}

/**
 * Splits a block of text into sentences: on ., ! or ? followed by a space and a capital (after
 * any footnote marker), on line breaks and on bullets, so list items and headings without full
 * stops stand alone. Runs in one pass; every span is trimmed of list markers and spaces.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number, terminated: boolean) => {
    const head = LEADING_MARKER.exec(text.slice(start, Math.min(end, start + 64)));
    // Markdown "#" and "**" mark headings and emphasis, not items.
    const bullet = head !== null && BULLET.test(head[0]);
    let s = start + (head ? head[0].length : 0);
    let e = end;
    while (e > s && /[\s*#]/.test(text.charAt(e - 1))) e--;
    // A run-on text without full stops is cut at spaces so no "sentence" grows without bound.
    while (e - s > MAX_SPAN) {
      const at = lastSpace(text, s + MAX_SPAN / 2, s + MAX_SPAN) ?? s + MAX_SPAN;
      spans.push({ start: s, end: at, leadIn: false, bare: false });
      s = at;
      while (s < e && /\s/.test(text.charAt(s))) s++;
    }
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) {
      const last = text.charAt(e - 1);
      const bare = !terminated && !/[.!?:]/.test(last);
      spans.push(
        bullet
          ? { start: s, end: e, leadIn: last === ':', bare, bullet }
          : { start: s, end: e, leadIn: last === ':', bare },
      );
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      push(i, false);
      start = i + 1;
    } else if (INLINE_BULLETS.has(ch)) {
      // A bullet inside a line ("Key benefits: • bones • heart") starts a new item.
      push(i, false);
      start = i;
    } else if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      // "2.5 mg", "10.000 IU": a point between digits is inside a number.
      if (ch === '.' && /\d/.test(text.charAt(i - 1)) && /\d/.test(text.charAt(i + 1))) continue;
      let end = i + 1;
      while (end < text.length && /[.!?…"'”’)]/.test(text.charAt(end))) end++;
      const run = end;
      const marker = FOOTNOTE.exec(text.slice(end, end + 24));
      if (marker) end += marker[0].length;
      const rest = text.slice(end, end + 6);
      if (end < text.length && !NEXT_START.test(rest)) {
        // Every stop in this run of punctuation would read the same run and fail the same way:
        // go on after it, or a page of dots is read once per dot.
        i = run - 1;
        continue;
      }
      if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 7), i + 1))) continue;
      // "1. Stronger bones": a list number, not a sentence of its own.
      if (ch === '.' && /^\s*\d{1,3}$/.test(text.slice(start, i))) continue;
      push(end, true);
      start = end;
      i = end - 1;
    }
  }
  push(text.length, false);
  return spans;
}
