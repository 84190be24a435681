import { z } from './zod';
import { SEED_FILES } from './catalogue/seeds';
import { GRADES } from './grades';

/** Catalogue topics: one file in claims/catalogue/ per topic. */
export const TOPICS = ['bone', 'calcium', 'heart', 'safety', 'dosing', 'forms', 'other', 'evidence'] as const;

/** Each topic's title, for CATALOGUE.md and the catalogue page. */
export const TOPIC_TITLES: Readonly<Record<(typeof TOPICS)[number], string>> = {
  bone: 'Bones',
  calcium: 'Calcium handling',
  heart: 'Heart and arteries',
  safety: 'Safety and interactions',
  dosing: 'Dosing and limits',
  forms: 'Sources and forms',
  other: 'Immunity and other claims',
  evidence: 'Statements about the evidence',
};

/** What kind of statement an entry is. */
export const KINDS = ['mechanism', 'outcome', 'safety', 'dose', 'evidence'] as const;

/** One of the five seed documents' file names, e.g. 003_2b1a0b5e5585a4b8.txt. */
const seedFile = z.enum(SEED_FILES);

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
  /**
   * Extra weight when several rules match one sentence (a rule weighs 10 per required pattern plus
   * its priority; the heaviest wins). Up to 30, so a short but telling rule (warfarin, a caveat) can
   * outweigh a longer generic one.
   */
  priority: z.number().int().min(-30).max(30).optional(),
  reason: z.string().min(10),
});

// Sentence ends: a stop, then a space and a capital or an opening quote, or the end of the text.
function sentenceCount(text: string): number {
  return (text.match(/[.!?](?=\s+["“A-Z(]|$)/g) ?? []).length;
}

/** One graded claim of the catalogue. */
export const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  claim: z.string().min(10).max(140),
  topic: z.enum(TOPICS),
  kind: z.enum(KINDS),
  grade: z.enum(GRADES),
  verdict: z.string().min(10).max(160),
  /** Two to four sentences in plain words: what the evidence shows, what it does not, for whom. */
  explanation: z
    .string()
    .min(80)
    .max(900)
    .refine((text) => {
      const sentences = sentenceCount(text);
      return sentences >= 2 && sentences <= 4;
    }, 'an explanation of two to four sentences'),
  caution: z.string().min(10).optional(),
  sources: z.array(sourceSchema).min(1),
  reviewed: z.iso.date(),
  rules: z.array(ruleSchema).min(1),
  /** Phrasings as real pages word them, hedged and unhedged; each must match this entry. */
  examples: z.array(z.string().min(10)).min(3),
});

/** The whole catalogue: valid entries whose ids, and rule ids, are unique. */
export const catalogueSchema = z.array(entrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  for (const id of entries.flatMap((e) => [`entry ${e.id}`, ...e.rules.map((r) => `rule ${r.id}`)])) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate ${id}` });
    seen.add(id);
  }
});

/** A catalogue entry as written in claims/catalogue/*.ts. */
export type Entry = z.infer<typeof entrySchema>;
/** A matching rule of an entry. */
export type Rule = z.infer<typeof ruleSchema>;
/** A source of an entry. */
export type Source = z.infer<typeof sourceSchema>;
/** A catalogue topic. */
export type Topic = (typeof TOPICS)[number];
