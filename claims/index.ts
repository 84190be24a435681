// The DOM-free core shared by the content script, the CLI, the benchmark and the tests.
import { CATALOGUE } from './catalogue';
import { createFinder, type Finder, type TextBlock } from './finder';
import { isClaimModel, type ClaimModel } from './finder/model';
import modelData from './model/claimness.json';

export { CATALOGUE, CATALOGUE_VERSION, entryById } from './catalogue';
export {
  createFinder,
  passesGate,
  selectBlocks,
  selectRuns,
  type Finder,
  type Finding,
  type TextBlock,
} from './finder';
export { GRADES, GRADE_MEANING, NOT_REVIEWED, gradeRank, type Grade } from './grades';
export type { Entry } from './schema';

/** The shipped claim model (scripts/train/claimness.ts), checked once: a broken file is a build bug. */
export function claimModel(): ClaimModel {
  if (!isClaimModel(modelData)) throw new Error('claims/model/claimness.json is not a claim model');
  return modelData;
}

let defaultFinder: Finder | undefined;
/** The finder over the shipped catalogue and claim model, built on first use. */
export function catalogueFinder(): Finder {
  defaultFinder ??= createFinder(CATALOGUE, { model: claimModel() });
  return defaultFinder;
}

/**
 * Text for warming the finder up: one example claim of each catalogue entry, in batches of `size`
 * sentences (each batch a few milliseconds of work, so the background stays responsive between
 * them). The first analysis after the background starts is mostly building the lexicon, V8
 * compiling the claim tests' patterns and the finder's code; these sentences run all of it.
 */
export function warmUpBatches(size = 8): TextBlock[][] {
  const sentences = CATALOGUE.flatMap((entry) => entry.examples.slice(0, 1));
  const batches: TextBlock[][] = [];
  for (let i = 0; i < sentences.length; i += size)
    batches.push(sentences.slice(i, i + size).map((text, j) => ({ text, start: (i + j) * 1000 })));
  return batches;
}
