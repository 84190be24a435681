// The DOM-free core shared by the content script, the CLI, the benchmark and the tests.
import { CATALOGUE } from './catalogue';
import { createFinder, type Finder, type TextBlock } from './finder';

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

let defaultFinder: Finder | undefined;
/** The finder over the shipped catalogue, compiled on first use. */
export function catalogueFinder(): Finder {
  defaultFinder ??= createFinder(CATALOGUE);
  return defaultFinder;
}

/**
 * Text that takes the finder through everything it compiles the first time it runs: one example
 * claim of each catalogue entry, in batches of `size` sentences (each batch a few milliseconds of
 * work, so the background can stay responsive between them). The first analysis after the
 * background starts is mostly V8 compiling the catalogue's patterns; running these first makes it
 * as fast as any later one.
 */
export function warmUpBatches(size = 8): TextBlock[][] {
  const sentences = CATALOGUE.flatMap((entry) => entry.examples.slice(0, 1));
  const batches: TextBlock[][] = [];
  for (let i = 0; i < sentences.length; i += size)
    batches.push(sentences.slice(i, i + size).map((text, j) => ({ text, start: (i + j) * 1000 })));
  return batches;
}
