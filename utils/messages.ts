import { z } from '../claims/zod';
import { GRADES } from '../claims/grades';
import { ROLES } from '../claims/parts/concept';
import {
  MAX_BLOCK_CHARS,
  MAX_MESSAGE_BLOCKS,
  MAX_MESSAGE_CHARS,
  MAX_PAGE_FINDINGS,
  MAX_URL_CHARS,
} from './message-limits';
import { MAX_CONTEXT, reportClaimMessageSchema } from './reports/schema';

// Every message between the content script, the background and the popup is checked against
// these schemas on arrival: a message is `unknown` until it parses.

/** A block of page text sent for analysis. */
export const blockSchema = z.object({
  // The content script cuts longer blocks (utils/page/cap-run.ts); the finder cuts a block into sentences.
  text: z.string().max(MAX_BLOCK_CHARS),
  start: z.number().int().nonnegative(),
  heading: z.boolean().optional(),
  /** The block stands in a customer review: its claims are a customer's words. */
  review: z.boolean().optional(),
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
  /** The vitamin a referring sentence ("Together, they...") was read as being about. */
  subject: z.string().optional(),
  /** A customer's words (a review on the page), not the shop's. */
  voice: z.literal('customer').optional(),
  /** The words that made the match and the part each played (claims/finder/types.ts). */
  parts: z
    .array(
      z.object({
        role: z.enum(ROLES),
        label: z.string(),
        text: z.string(),
        negated: z.boolean().optional(),
      }),
    )
    .max(40)
    .optional(),
});

/**
 * A finding as marked on a page, with the text just before and after it: a report made from the
 * popup, which never sees the page, carries them as a report from the tooltip does.
 */
export const markedFindingSchema = findingSchema.extend({
  prefix: z.string().max(MAX_CONTEXT).optional(),
  suffix: z.string().max(MAX_CONTEXT).optional(),
});

/** Messages the background answers. */
export const backgroundMessageSchema = z.discriminatedUnion('type', [
  /** Content script: grade these gated blocks. */
  z.object({
    type: z.literal('analyze'),
    blocks: z
      .array(blockSchema)
      .max(MAX_MESSAGE_BLOCKS)
      .refine((blocks) => blocks.reduce((n, b) => n + b.text.length, 0) <= MAX_MESSAGE_CHARS, {
        message: `more than ${MAX_MESSAGE_CHARS} characters of text`,
      }),
  }),
  /** Content script: the claims now marked on this page. */
  // Bounded: the background keeps them for every tab (the content script sends the first MAX_PAGE_FINDINGS).
  z.object({
    type: z.literal('page-findings'),
    url: z.string().max(MAX_URL_CHARS),
    findings: z.array(markedFindingSchema).max(MAX_PAGE_FINDINGS),
  }),
  /** Popup: what is marked in this tab. */
  z.object({ type: z.literal('get-tab-findings'), tabId: z.number().int() }),
  /** Popup: the reader hid or showed the marks in a tab; remembered so the popup's switch shows it. */
  z.object({ type: z.literal('set-tab-marks-hidden'), tabId: z.number().int(), hidden: z.boolean() }),
  /** Tooltip or popup: report a claim (opens the report for the reader to confirm). Fields: utils/reports/schema.ts. */
  reportClaimMessageSchema,
  /** Content script (tooltip): one catalogue entry's details, so the content script never bundles the catalogue. */
  z.object({ type: z.literal('get-entry'), id: z.string().max(200) }),
  /** Tooltip: open the catalogue page at an entry. Pages may not open extension pages themselves. */
  z.object({
    type: z.literal('open-catalogue'),
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(200)
      .optional(),
  }),
  /** Tooltip: the keys the reader's browser has set for the next/previous claim commands, for its hint. */
  z.object({ type: z.literal('get-shortcuts') }),
  // New message types are appended here, one object each; do not reorder or rewrite the list.
]);

/** Messages the content script answers. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  /** Popup: scroll to a claim, flash it and open its tooltip. */
  z.object({ type: z.literal('reveal'), index: z.number().int().nonnegative() }),
  /** Popup: hide or show the marks in this tab (the claims stay listed). */
  z.object({ type: z.literal('set-marks-hidden'), hidden: z.boolean() }),
  /** Background, from a keyboard command: move to the next (1) or previous (-1) claim and open its tooltip. */
  z.object({ type: z.literal('step-claim'), step: z.union([z.literal(1), z.literal(-1)]) }),
  /**
   * Popup: has this page been read? The content script answers `true` once its first sweep is done.
   * A page without D/K2 text never reports to the background, so without an answer the popup cannot
   * tell "no claims here" from "never read" (a tab left open from before the extension started).
   */
  z.object({ type: z.literal('page-status') }),
  // New message types are appended here, one object each; do not reorder or rewrite the list.
]);

/** The state of one tab, as the popup shows it. */
export const tabFindingsSchema = z.object({ url: z.string(), findings: z.array(markedFindingSchema) });

const doseSummarySchema = z.object({
  perServing: z.number().nonnegative(),
  servingsPerDay: z.number().positive().nullable(),
  perDay: z.number().nonnegative().nullable(),
  text: z.string().max(200),
});

/** What the page's product gives and the cautions that apply (claims/doses/product.ts). */
export const productSchema = z.object({
  d: doseSummarySchema.nullable(),
  k: doseSummarySchema.nullable(),
  audience: z.enum(['adults', 'children', 'infants']),
  upperIU: z.number().positive(),
  cautions: z.array(z.enum(['above-limit', 'warfarin', 'kidney-calcium', 'children', 'pregnancy'])).max(5),
});

/**
 * One tab's state as the background keeps it: its findings, whether the reader hid the marks, and
 * the page's product, read in the background from the blocks the page sent.
 */
export const tabStateSchema = tabFindingsSchema.extend({
  marksHidden: z.boolean().optional(),
  product: productSchema.optional(),
});

/** A finding between contexts. */
export type WireFinding = z.infer<typeof findingSchema>;
/** A finding as marked on a page, with the text around it. */
export type MarkedFinding = z.infer<typeof markedFindingSchema>;
/** A message to the background. */
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;
/** A message to a content script. */
export type ContentMessage = z.infer<typeof contentMessageSchema>;
/** What the background knows of one tab. */
export type TabFindings = z.infer<typeof tabFindingsSchema>;
/** A page's product as the popup shows it. */
export type Product = z.infer<typeof productSchema>;
/** One tab's state, with the reader's "hide marks". */
export type TabState = z.infer<typeof tabStateSchema>;
