import type { z } from '../claims/zod';
import type { MarkedFinding } from '../utils/messages';
import type { reportClaimMessageSchema } from '../utils/reports/schema';

// The popup's side of reporting: the request it hands to the background, which opens the report
// page where the reader checks exactly what will be queued and confirms (click two).

/** The 'report-claim' message as the popup sends it. */
export type ReportRequest = z.input<typeof reportClaimMessageSchema>;

/** The report request for one of the page's claims, with all the popup knows about it. */
export function reportRequest(
  finding: Pick<MarkedFinding, 'text' | 'start' | 'end' | 'claimId' | 'grade' | 'prefix' | 'suffix'>,
  page: { url: string; title: string | null },
): ReportRequest {
  return {
    type: 'report-claim',
    quote: finding.text,
    // The popup never sees the page: the text around the claim is what the content script sent.
    prefix: finding.prefix ?? '',
    suffix: finding.suffix ?? '',
    start: finding.start,
    end: finding.end,
    url: page.url,
    title: page.title ?? '',
    claimId: finding.claimId,
    grade: finding.grade,
    source: 'popup',
  };
}
