import { catalogueSchema, type Entry } from '../schema';
import { bone } from './bone';
import { calcium } from './calcium';
import { dosing } from './dosing';
import { evidence } from './evidence';
import { forms } from './forms';
import { heart } from './heart';
import { other } from './other';
import { safety } from './safety';

/** Bumped whenever an entry's grade or text changes; reports carry it. */
export const CATALOGUE_VERSION = '2026-12-07.1';

// How a sentence that several rules match gets one entry. The finder takes the heaviest rule
// (10 per required pattern plus the rule's priority); on top of that weight the data follows these
// tie-breaks by kind, each written as `none` guards and priorities in the topic files:
//  1. A health outcome beats the mechanism it leans on. Calcium-handling rules list ARTERY_OUTCOME
//     under `none`, so "K2 keeps calcium out of your arteries, so your heart stays healthy" is the
//     unproven heart claim, not the plausible mechanism.
//  2. The main clause beats an aside. A caution (warfarin) named after an outcome claim, or in an
//     "although" clause, steps aside (OUTCOME_THEN_CAUTION, CONCESSIVE_CAUTION); a caution that
//     opens the sentence ("If you take warfarin, ...") stays the claim.
//  3. A denial of an established fact is contradicted, never the fact. The established safety
//     rules list HARM_DENIED or INTERACTION_DENIED under `none`, and contradicted entries claim the
//     denial with a higher priority ("vitamin D toxicity is a myth").
//  4. What is said about the evidence beats the outcome it is about: an accurate caveat ("trials
//     have not shown...", "guidelines do not include K2", "D3 alone is the evidence-based choice")
//     is established, and "studies confirm K2 reverses stiffening" is the contradicted evidence
//     claim; both carry priorities above the outcome rules.
//  5. An accurate report of what a study found (a rat study, a null trial) is graded as a report
//     (established); the same benefit claimed for people is graded as that outcome.
//  6. A hypothesis stated as one ("researchers have wondered whether K2 could slow ...") is the
//     mechanism's fair summary (plausible): outcome rules list HYPOTHESIS under `none`, and only when
//     the hypothesis governs D or K2, so an asserted outcome next to an unrelated question keeps its grade.

/** Every entry, one topic file at a time, validated against the schema when first imported. */
export const CATALOGUE: readonly Entry[] = catalogueSchema.parse([
  ...bone,
  ...calcium,
  ...heart,
  ...safety,
  ...dosing,
  ...forms,
  ...other,
  ...evidence,
]);

/** Looks up an entry by its id. */
export function entryById(id: string): Entry | undefined {
  return CATALOGUE.find((e) => e.id === id);
}
