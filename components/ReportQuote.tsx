import type { WireReport } from '../utils/reports/schema';

/** A reported quote with its context, the quote itself emphasised. */
export function ReportQuote({ quote }: { quote: WireReport['quote'] }) {
  return (
    <blockquote class="report-quote">
      {quote.prefix && <span class="report-context">…{quote.prefix}</span>}
      <mark>{quote.exact}</mark>
      {quote.suffix && <span class="report-context">{quote.suffix}…</span>}
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
