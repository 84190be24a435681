import { z } from '../../claims/zod';
import { GRADES } from '../../claims/grades';
import { reportKey } from './key';
import { storedReportSchema, type StoredReport } from './schema';

// Older formats of the stored queue and how each becomes the next. A migration converts what it
// recognises and passes everything else through untouched: queue.ts then quarantines what is
// still unreadable, so a migration can never be the place where a report is lost.

/**
 * Version 1: flat reports with a `sent` flag and no delivery state, no dedupe key and no URL
 * scope (the URL was kept whole or dropped).
 */
export const v1ReportSchema = z.object({
  id: z.uuid(),
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  url: z.string().nullable(),
  title: z.string(),
  claimId: z.string().nullable(),
  grade: z.enum(GRADES).nullable(),
  note: z.string(),
  source: z.enum(['tooltip', 'popup', 'context-menu']),
  extensionVersion: z.string(),
  catalogueVersion: z.string(),
  createdAt: z.iso.datetime(),
  sent: z.boolean(),
});

/** Turns one version-1 report into the current format. */
export async function v1ToV2(old: z.infer<typeof v1ReportSchema>): Promise<StoredReport> {
  return {
    id: old.id,
    quote: { exact: old.quote, prefix: old.prefix, suffix: old.suffix, start: old.start, end: old.end },
    page: { url: old.url, urlScope: old.url === null ? 'none' : 'full', title: old.title },
    match: { claimId: old.claimId, grade: old.grade },
    source: old.source,
    note: old.note,
    versions: { extension: old.extensionVersion, catalogue: old.catalogueVersion },
    createdAt: old.createdAt,
    // Without a URL the key can only group by quote, which is what the reader chose.
    key: await reportKey(old.quote, old.url ?? ''),
    delivery: {
      status: old.sent ? 'sent' : 'queued',
      attempts: old.sent ? 1 : 0,
      nextAttemptAt: null,
      lastError: null,
      sendingSince: null,
      sentAt: old.sent ? Date.parse(old.createdAt) : null,
    },
  };
}

/** WXT migration 1 → 2 over the raw stored value. */
export async function migrateQueueToV2(value: unknown): Promise<unknown> {
  if (!Array.isArray(value)) return value;
  return Promise.all(
    value.map((item: unknown) => {
      if (storedReportSchema.safeParse(item).success) return item;
      const old = v1ReportSchema.safeParse(item);
      return old.success ? v1ToV2(old.data) : item;
    }),
  );
}
