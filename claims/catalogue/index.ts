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
export const CATALOGUE_VERSION = '2026-12-07.2';

// How a sentence that several entries match gets one (claims/finder/match.ts, bestMatch): the
// highest priority, then the weakest grade, then the combination with more groups. On top of that
// order the data follows these tie-breaks, each written as `none` guards and priorities in the
// topic files:
//  1. A health outcome beats the mechanism it leans on: "K2 keeps calcium out of your arteries, so
//     your heart stays healthy" is the unproven heart claim, not the plausible mechanism (the
//     weaker grade wins, and mechanism combinations list the outcomes under `none`).
//  2. The main clause beats an aside. A caution (warfarin) that opens the sentence ("If you take
//     warfarin, ...") is the claim (priority 10, `leads`); one named after an outcome claim steps aside.
//  3. A denial of an established fact is contradicted, never the fact: the established safety
//     combinations require the caution itself and list reassurance under `none`, and the
//     contradicted denials ("vitamin D toxicity is a myth", "K2 is fine with warfarin") carry
//     priorities of 30 and more, which also mark the sentence whatever the claim model says.
//  4. What is said about the evidence beats the outcome it is about: an accurate caveat ("trials
//     have not shown...", "guidelines do not include K2") is established, and "studies confirm K2
//     reverses stiffening" is the contradicted evidence claim; both carry priorities above the
//     outcome combinations.
//  5. An accurate report of what a study found (a rat study, a null trial) is graded as a report
//     (established); the same benefit claimed for people is graded as that outcome.

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
