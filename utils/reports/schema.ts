import { z } from '../../claims/zod';
import { GRADES } from '../../claims/grades';

// A report anchors its quote the way hypothesis/client anchors notes: the exact text, up to 32
// characters either side, and offsets. Any one of them can go stale; together they find the text.

/** Characters of context kept before and after a quote. */
export const CONTEXT_CHARS = 32;
/** Longest context a message may carry on either side (context is folded and cut to CONTEXT_CHARS). */
export const MAX_CONTEXT = 200;
/** Longest quote a report accepts; a longer selection is not one claim. */
export const MAX_QUOTE = 2000;
/** Longest note a reader can add. */
export const MAX_NOTE = 2000;

/** Where a report was started. */
export const REPORT_SOURCES = ['tooltip', 'popup', 'context-menu'] as const;
/** How much of the page address a report keeps: all of it, the site (origin) only, or none. */
export const URL_SCOPES = ['full', 'site', 'none'] as const;

/** The 'report-claim' message: what the tooltip, popup or context menu knows about a claim. */
export const reportClaimMessageSchema = z.object({
  type: z.literal('report-claim'),
  /** The exact page text of the claim. */
  quote: z.string().trim().min(1).max(MAX_QUOTE),
  /** Up to 32 characters before the quote ('' when unknown). */
  prefix: z.string().max(MAX_CONTEXT).default(''),
  /** Up to 32 characters after the quote ('' when unknown). */
  suffix: z.string().max(MAX_CONTEXT).default(''),
  /** Offsets of the quote in the page text as the extension extracted it, when known. */
  start: z.number().int().nonnegative().nullable().default(null),
  end: z.number().int().nonnegative().nullable().default(null),
  url: z.string().max(8192),
  title: z.string().max(1000).default(''),
  /** The catalogue entry the claim matched, or null for a "not yet reviewed" claim. */
  claimId: z.string().max(200).nullable().default(null),
  grade: z.enum(GRADES).nullable().default(null),
  note: z.string().max(MAX_NOTE).optional(),
  source: z.enum(REPORT_SOURCES).optional(),
});

/** A report request as it arrives (defaults applied). */
export type ReportClaimMessage = z.infer<typeof reportClaimMessageSchema>;

/** Selectors for the quote (hypothesis' TextQuoteSelector + TextPositionSelector). */
export const quoteSchema = z.object({
  exact: z.string().min(1).max(MAX_QUOTE),
  prefix: z.string().max(MAX_CONTEXT),
  suffix: z.string().max(MAX_CONTEXT),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
});

/** Exactly what leaves the browser when a report is sent or exported. */
export const wireReportSchema = z.object({
  id: z.uuid(),
  quote: quoteSchema,
  page: z.object({
    /** The page address, cut to the reader's choice (null when dropped). */
    url: z.string().max(8192).nullable(),
    urlScope: z.enum(URL_SCOPES),
    title: z.string().max(1000),
  }),
  /** The verdict the reader disputes, or nulls for a claim the catalogue does not cover. */
  match: z.object({ claimId: z.string().max(200).nullable(), grade: z.enum(GRADES).nullable() }),
  source: z.enum(REPORT_SOURCES),
  note: z.string().max(MAX_NOTE),
  versions: z.object({ extension: z.string().max(50), catalogue: z.string().max(50) }),
  createdAt: z.iso.datetime(),
});

/** Delivery states: queued (waiting or retrying), sending (request in flight), sent, failed (gave up). */
export const DELIVERY_STATES = ['queued', 'sending', 'sent', 'failed'] as const;

/** Where a report is on its way to the endpoint. */
export const deliverySchema = z.object({
  status: z.enum(DELIVERY_STATES),
  attempts: z.number().int().nonnegative(),
  /** Epoch ms of the next automatic attempt, or null when none is planned. */
  nextAttemptAt: z.number().nullable(),
  lastError: z.string().max(500).nullable(),
  /** Epoch ms the current request started (status 'sending'), to detect one cut off by a shutdown. */
  sendingSince: z.number().nullable(),
  sentAt: z.number().nullable(),
});

/** A report in the local queue: the wire report, its delivery state and its dedupe key. */
export const storedReportSchema = wireReportSchema.extend({
  /** SHA-256 of the normalised quote and page address, so a cut URL still dedupes. */
  key: z.string().regex(/^[0-9a-f]{64}$/),
  delivery: deliverySchema,
});

/** A report as sent or exported. */
export type WireReport = z.infer<typeof wireReportSchema>;
/** A report in the queue. */
export type StoredReport = z.infer<typeof storedReportSchema>;
/** Delivery state of a queued report. */
export type Delivery = z.infer<typeof deliverySchema>;
/** How much of the URL a report keeps. */
export type UrlScope = (typeof URL_SCOPES)[number];

/** The format of an exported file, read back by `npm run reports`. */
export const exportFileSchema = z.object({
  format: z.literal('dk-claim-reports'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  reports: z.array(wireReportSchema),
});

/** An exported file. */
export type ExportFile = z.infer<typeof exportFileSchema>;

/** The part of a stored report that leaves the browser. */
export function toWire(report: StoredReport): WireReport {
  // zod drops the keys the wire schema does not name (key, delivery).
  return wireReportSchema.parse(report);
}
