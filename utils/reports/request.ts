import type { Grade } from '../../claims/grades';
import type { z } from '../../claims/zod';
import type { REPORT_SOURCES, reportClaimMessageSchema } from './schema';

// The one builder of the 'report-claim' message, for the tooltip, the popup and the context menu.
// It imports no values: the content script, which cannot afford zod, builds its requests here too.

/** The 'report-claim' message as a sender builds it (the background fills in the defaults). */
export type ReportRequest = z.input<typeof reportClaimMessageSchema>;

/** What the sender knows of the claim: its text, the text around it, offsets, and its verdict. */
export interface ReportedClaim {
  readonly text: string;
  /** Up to 32 characters before and after the claim; the popup has them from the content script. */
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
  readonly start: number | null;
  readonly end: number | null;
  /** The catalogue entry and grade it was given; absent for text the reader selected. */
  readonly claimId?: string | null;
  readonly grade?: Grade | null;
}

/** The report request for a claim on a page, started from `source`. */
export function reportRequest(
  claim: ReportedClaim,
  page: { readonly url: string; readonly title: string | null },
  source: (typeof REPORT_SOURCES)[number],
): ReportRequest {
  return {
    type: 'report-claim',
    quote: claim.text,
    prefix: claim.prefix ?? '',
    suffix: claim.suffix ?? '',
    start: claim.start,
    end: claim.end,
    url: page.url,
    title: page.title ?? '',
    claimId: claim.claimId ?? null,
    grade: claim.grade ?? null,
    source,
  };
}
