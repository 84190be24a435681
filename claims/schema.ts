import { z } from 'zod';
import { GRADES } from './grades';

/** Catalogue topics: one file in claims/catalogue/ per topic. */
export const TOPICS = ['bone', 'calcium', 'heart', 'safety', 'dosing', 'forms', 'other', 'evidence'] as const;

/** What kind of statement an entry is. */
export const KINDS = ['mechanism', 'outcome', 'safety', 'dose', 'evidence'] as const;

/** A seed document file name, e.g. 003_2b1a0b5e5585a4b8.txt. */
const seedFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a file name from ../shared/seeds/');

/** Where an entry's grade comes from: the seed document and the trial, review or guideline it names. */
export const sourceSchema = z.object({
  seed: seedFile,
  cites: z.string().min(3),
});

/**
 * A matching rule, as data. Every pattern in `all` must occur in the sentence (any order), none of
 * `none` may. Patterns are regular-expression sources over the normalised, lower-cased sentence and
 * may use the vocabulary macros of claims/finder/vocabulary.ts, such as `{K2}` or `{CALCIUM}`.
 */
export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  all: z.array(z.string().min(1)).min(1),
  none: z.array(z.string().min(1)).optional(),
  /** Extra weight when two entries' rules both match; higher wins. */
  priority: z.number().int().min(-10).max(10).optional(),
  reason: z.string().min(10),
});

/** One graded claim of the catalogue. */
export const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  claim: z.string().min(10).max(140),
  topic: z.enum(TOPICS),
  kind: z.enum(KINDS),
  grade: z.enum(GRADES),
  verdict: z.string().min(10).max(160),
  explanation: z.string().min(80).max(900),
  caution: z.string().min(10).optional(),
  sources: z.array(sourceSchema).min(1),
  reviewed: z.iso.date(),
  rules: z.array(ruleSchema).min(1),
  examples: z.array(z.string().min(10)).min(3),
});

/** A catalogue entry as written in claims/catalogue/*.ts. */
export type Entry = z.infer<typeof entrySchema>;
/** A matching rule of an entry. */
export type Rule = z.infer<typeof ruleSchema>;
/** A source of an entry. */
export type Source = z.infer<typeof sourceSchema>;
/** A catalogue topic. */
export type Topic = (typeof TOPICS)[number];
