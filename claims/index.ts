// The DOM-free core shared by the content script, the CLI, the benchmark and the tests.
import { CATALOGUE } from './catalogue';
import { createFinder, type Finder } from './finder';

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
