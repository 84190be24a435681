import { z } from 'zod';
import { GRADES } from '../claims/grades';

// Every message between the content script, the background and the popup is checked against
// these schemas on arrival: a message is `unknown` until it parses.

/** A block of page text sent for analysis. */
export const blockSchema = z.object({
  text: z.string().max(100_000),
  start: z.number().int().nonnegative(),
  heading: z.boolean().optional(),
});

/** A finding as it travels between contexts. */
export const findingSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  claimId: z.string().nullable(),
  grade: z.enum(GRADES).nullable(),
  ruleId: z.string().nullable(),
  reason: z.string().nullable(),
  hedged: z.boolean(),
  negated: z.boolean(),
});

/** Messages the background answers. */
export const backgroundMessageSchema = z.discriminatedUnion('type', [
  /** Content script: grade these gated blocks. */
  z.object({ type: z.literal('analyze'), blocks: z.array(blockSchema).max(20_000) }),
  /** Content script: the claims now marked on this page. */
  z.object({ type: z.literal('page-findings'), url: z.string(), findings: z.array(findingSchema) }),
  /** Popup: what is marked in this tab. */
  z.object({ type: z.literal('get-tab-findings'), tabId: z.number().int() }),
  // New message types are appended here, one object each; do not reorder or rewrite the list.
]);

/** Messages the content script answers. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  /** Popup: scroll to a claim, flash it and open its tooltip. */
  z.object({ type: z.literal('reveal'), index: z.number().int().nonnegative() }),
  /** Popup: hide or show the marks in this tab (the claims stay listed). */
  z.object({ type: z.literal('set-marks-hidden'), hidden: z.boolean() }),
  // New message types are appended here, one object each; do not reorder or rewrite the list.
]);

/** The state of one tab, as the popup shows it. */
export const tabFindingsSchema = z.object({ url: z.string(), findings: z.array(findingSchema) });

/** A finding between contexts. */
export type WireFinding = z.infer<typeof findingSchema>;
/** A message to the background. */
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;
/** A message to a content script. */
export type ContentMessage = z.infer<typeof contentMessageSchema>;
/** What the background knows of one tab. */
export type TabFindings = z.infer<typeof tabFindingsSchema>;
