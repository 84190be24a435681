import { CONTEXT_CHARS, type WireReport } from '../utils/reports/schema';

/**
 * The context before a quote as a reader sees it: from its first whole word. A prefix as long as
 * the context kept was cut by characters, as the selectors need, so it may start mid-word; a
 * shorter one is whole.
 */
export function wholeWordsBefore(prefix: string): string {
  if (prefix.length < CONTEXT_CHARS) return prefix;
  const cut = /^\S*\s+/.exec(prefix);
  return cut && cut[0].length < prefix.length ? prefix.slice(cut[0].length) : prefix.trimStart();
}

/** The context after a quote as a reader sees it: up to its last whole word. */
export function wholeWordsAfter(suffix: string): string {
  if (suffix.length < CONTEXT_CHARS) return suffix;
  const cut = /\s+\S*$/.exec(suffix);
  return cut && cut.index > 0 ? suffix.slice(0, cut.index) : suffix.trimEnd();
}

/** A reported quote with its context cut at word boundaries, the quote itself emphasised. */
export function ReportQuote({ quote }: { quote: WireReport['quote'] }) {
  const before = wholeWordsBefore(quote.prefix);
  const after = wholeWordsAfter(quote.suffix);
  return (
    <blockquote class="report-quote">
      {before && <span class="report-context">…{before}</span>}
      <mark>{quote.exact}</mark>
      {after && <span class="report-context">{after}…</span>}
    </blockquote>
  );
}

/** What the report says about the catalogue's verdict. */
export function ReportVerdict({ match }: { match: WireReport['match'] }) {
  return match.claimId ? (
    <span>
      Wrong verdict? Graded <strong>{match.grade ?? 'ungraded'}</strong> as <code>{match.claimId}</code>
    </span>
  ) : (
    <span>Not yet reviewed: no catalogue entry covers it</span>
  );
}
