import { z } from '../../claims/zod';
import { reportKey, scopeUrl } from './key';
import {
  REPORT_SOURCES,
  reportClaimMessageSchema,
  type ReportClaimMessage,
  type StoredReport,
  type UrlScope,
} from './schema';

// "Show exactly what is sent": a report request first becomes a draft with its id and time fixed,
// so the preview the reader confirms is, byte for byte, the report that is queued and sent.

/** A report waiting for the reader's confirmation (kept in session storage). */
export const draftSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  request: reportClaimMessageSchema,
  source: z.enum(REPORT_SOURCES),
  /** Dedupe key over the full URL, computed before the reader cuts it. */
  key: z.string().regex(/^[0-9a-f]{64}$/),
  versions: z.object({ extension: z.string(), catalogue: z.string() }),
});

/** A report waiting for confirmation. */
export type Draft = z.infer<typeof draftSchema>;

/** Turns a report request into a draft. */
export async function createDraft(
  request: ReportClaimMessage,
  versions: Draft['versions'],
  now = new Date(),
): Promise<Draft> {
  // Context is for finding the quote again and for reading: page layout whitespace folds to one space.
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  return {
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    request: { ...request, prefix: fold(request.prefix), suffix: fold(request.suffix) },
    source: request.source ?? 'tooltip',
    key: await reportKey(request.quote, request.url),
    versions,
  };
}

/** The report a draft becomes with the reader's URL scope and note. */
export function reportFromDraft(draft: Draft, urlScope: UrlScope, note: string): StoredReport {
  const r = draft.request;
  return {
    id: draft.id,
    quote: { exact: r.quote, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.end },
    page: { url: scopeUrl(r.url, urlScope), urlScope, title: urlScope === 'none' ? '' : r.title },
    match: { claimId: r.claimId, grade: r.grade },
    source: draft.source,
    note: note.trim(),
    versions: draft.versions,
    createdAt: draft.createdAt,
    key: draft.key,
    delivery: {
      status: 'queued',
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      sendingSince: null,
      sentAt: null,
    },
  };
}

const draftKey = (id: string) => `report-draft:${id}` as const;

/** Keeps a draft for the report page (session storage: drafts need not outlive the browser). */
export async function saveDraft(
  area: { set(items: Record<string, unknown>): Promise<void> },
  draft: Draft,
): Promise<void> {
  await area.set({ [draftKey(draft.id)]: draft });
}

/** A saved draft, or null when it is gone or unreadable. */
export async function readDraft(
  area: { get(key: string): Promise<Record<string, unknown>> },
  id: string,
): Promise<Draft | null> {
  const parsed = draftSchema.safeParse((await area.get(draftKey(id)))[draftKey(id)]);
  return parsed.success ? parsed.data : null;
}

/** Forgets a draft once it is queued. */
export async function removeDraft(area: { remove(key: string): Promise<void> }, id: string): Promise<void> {
  await area.remove(draftKey(id));
}
