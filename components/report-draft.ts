import type { z } from '../claims/zod';
import type { reportClaimMessageSchema } from '../utils/reports/schema';

// The popup's side of reporting: the request it hands to the background, which opens the report
// page where the reader checks exactly what will be queued and confirms (click two).

/** The 'report-claim' message as the popup sends it. */
export type ReportRequest = z.input<typeof reportClaimMessageSchema>;

/** The report request for one of the page's claims, with all the popup knows about it. */
export function reportRequest(
  finding: {
    text: string;
    start: number;
    end: number;
    claimId: string | null;
    grade: ReportRequest['grade'];
  },
  page: { url: string; title: string | null },
): ReportRequest {
  return {
    type: 'report-claim',
    quote: finding.text,
    // The popup does not hold the page's text; the report is anchored by the quote and offsets.
    prefix: '',
    suffix: '',
    start: finding.start,
    end: finding.end,
    url: page.url,
    title: page.title ?? '',
    claimId: finding.claimId,
    grade: finding.grade,
    source: 'popup',
  };
}
