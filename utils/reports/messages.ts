import { z } from '../../claims/zod';
import { MAX_NOTE, URL_SCOPES } from './schema';

// Messages between the report pages and the background, which is the queue's only writer.
// (The 'report-claim' message of the tooltip and popup is in utils/messages.ts.)

const id = z.uuid();

/** Messages the background's reports listener answers. */
export const reportsMessageSchema = z.discriminatedUnion('type', [
  /** Report page: the draft to show, and an earlier report of the same quote and page, if any. */
  z.object({ type: z.literal('reports-get-draft'), draftId: id }),
  /** Report page: the reader confirmed the draft with this URL scope and note. */
  z.object({
    type: z.literal('reports-confirm-draft'),
    draftId: id,
    urlScope: z.enum(URL_SCOPES),
    note: z.string().max(MAX_NOTE),
  }),
  /** Reports view: every report, what was set aside, and the endpoint. */
  z.object({ type: z.literal('reports-list') }),
  z.object({ type: z.literal('reports-set-note'), id, note: z.string().max(MAX_NOTE) }),
  z.object({ type: z.literal('reports-delete'), id }),
  /** Reports view: send now (all unsent, or the named ones), whatever their retry wait. */
  z.object({ type: z.literal('reports-send'), ids: z.array(id).optional() }),
  /** Reports view: save or clear the endpoint (the page has asked for the host permission). */
  z.object({ type: z.literal('reports-set-endpoint'), url: z.string().max(2000).nullable() }),
  /** Reports view: the reader discards what was set aside (after downloading it, we hope). */
  z.object({ type: z.literal('reports-clear-quarantine') }),
]);

/** A message to the background's reports listener. */
export type ReportsMessage = z.infer<typeof reportsMessageSchema>;
