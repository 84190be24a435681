import { z } from './zod';
import { SEED_FILES } from './catalogue/seeds';
import { GRADES } from './grades';
import { TAGS } from './parts/lexicon';

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

/**
 * A trial, review, guideline or agency page an entry's grade rests on, named as a reader would look
 * it up, with a link they can follow and what it found in our words. `seed` names the one of our
 * sources (the five documents the catalogue started from) that discusses it, when one does.
 */
export const sourceSchema = z.object({
  name: z.string().min(6).max(120),
  url: z.url({ protocol: /^https$/ }),
  finding: z.string().min(20).max(400),
  seed: seedFile.optional(),
});

/**
 * The subjects a combination may ask for: any vitamin D; D without K; any vitamin K (K2, its
 * forms, or "vitamin K" unnamed); K without D; K2, MK-7 or MK-4 by name; or both D and K.
 */
export const SUBJECTS = ['D', 'Donly', 'K', 'Konly', 'K2', 'MK7', 'MK4', 'pair'] as const;

const tag = z.enum(TAGS);

/**
 * One combination of parts an entry grades, as data: every group in `all` must have one of its
 * concepts in the sentence, not negated; every group in `denied` one of its concepts negated ("no
 * trial has shown"); no concept of `none` may be there at all. `who` narrows the subject.
 */
export const comboSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    who: z.array(z.enum(SUBJECTS)).min(1).optional(),
    all: z.array(z.array(tag).min(1)),
    denied: z.array(z.array(tag).min(1)).optional(),
    none: z.array(tag).optional(),
    /** The sentence opens with one of these: its first part that is not a vitamin's name is one of them. */
    leads: z.array(tag).optional(),
    /**
     * Which entry wins when several match: the highest priority, then the weakest grade (a sentence
     * gets the grade of its strongest claim), then the combination with more groups.
     */
    priority: z.number().int().min(-10).max(50).optional(),
    /**
     * For claims about the evidence ("clinically proven"): the combination counts only beside an
     * outcome the sentence promises graded this weak or weaker, so "research shows vitamin D helps
     * absorb calcium" keeps its established grade and "studies prove K2 prevents heart disease"
     * misstates the evidence.
     */
    beyond: z.enum(GRADES).optional(),
    /** With `beyond`: the combination also counts when no other entry of the sentence is established. */
    alone: z.boolean().optional(),
    reason: z.string().min(10),
  })
  .refine((c) => c.all.length + (c.denied?.length ?? 0) > 0, 'a combination needs at least one group');

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
  /** Why this grade and not the next one: the deciding evidence, for maintainers and the catalogue page. */
  gradeReason: z.string().min(20).max(400),
  caution: z.string().min(10).optional(),
  sources: z.array(sourceSchema).min(1),
  reviewed: z.iso.date(),
  match: z.array(comboSchema).min(1),
  /** Phrasings as real pages word them, hedged and unhedged; each must match this entry. */
  examples: z.array(z.string().min(10)).min(3),
});

/** The whole catalogue: valid entries whose ids, and combination ids, are unique. */
export const catalogueSchema = z.array(entrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  for (const id of entries.flatMap((e) => [`entry ${e.id}`, ...e.match.map((r) => `combination ${r.id}`)])) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate ${id}` });
    seen.add(id);
  }
});

/** A catalogue entry as written in claims/catalogue/*.ts. */
export type Entry = z.infer<typeof entrySchema>;
/** A combination of parts an entry grades. */
export type Combo = z.infer<typeof comboSchema>;
/** A subject a combination may ask for. */
export type Subject = (typeof SUBJECTS)[number];
/** A source of an entry. */
export type Source = z.infer<typeof sourceSchema>;
/** A catalogue topic. */
export type Topic = (typeof TOPICS)[number];
