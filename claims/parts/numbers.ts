import { readDoses } from '../doses/read';
import { upperLimitIU, type Audience } from '../doses/limits';
import type { Part } from './read';

// Parts read from a sentence's numbers rather than its words: a dose of D or K, a dose above the
// upper limit for whom the sentence speaks of, a blood level, a large percentage.

// "Halve your risk", "cut in half"; "half-life" is a measure of time.
const BIG_PERCENT =
  /(?<![\d.])(?:[2-9]\d|100)(?:\.\d+)?\s?(?:%|percent|per cent)|\bhal(?:f|ve|ves|ved|ving)\b(?![\s-]*li(?:fe|ves))/gi;
const LEVEL = /\b\d+(?:\.\d+)?\s*(?:-|to|–)?\s*(?:\d+(?:\.\d+)?\s*)?(?:ng\s*\/\s*ml|nmol\s*\/\s*l)\b/gi;
const INFANTS = /\b(?:infants?|bab(?:y|ies)|newborns?)\b/i;
const CHILDREN = /\b(?:child(?:ren)?|kids?|toddlers?|little ones)\b/i;

/** Whom a sentence speaks of, for the upper limit that applies. */
export function audienceOf(sentence: string): Audience {
  if (INFANTS.test(sentence)) return 'infants';
  if (CHILDREN.test(sentence)) return 'children';
  return 'adults';
}

/** The low vitamin D dose the fracture trials and guidelines speak of, IU a day. */
const LOW_D_IU = 400;

function part(tag: Part['tag'], sentence: string, start: number, end: number): Part {
  return { tag, role: 'how', text: sentence.slice(start, end), start, end, negated: false };
}

/** The number parts of a sentence. */
export function numberParts(sentence: string): Part[] {
  const parts: Part[] = [];
  for (const m of sentence.matchAll(BIG_PERCENT))
    parts.push(part('BigPercent', sentence, m.index, m.index + m[0].length));
  for (const m of sentence.matchAll(LEVEL))
    parts.push(part('LevelNumber', sentence, m.index, m.index + m[0].length));
  const limit = upperLimitIU(audienceOf(sentence));
  for (const dose of readDoses(sentence)) {
    if (dose.vitamin === 'K') {
      parts.push(part('DoseK', sentence, dose.start, dose.end));
      // 90 and 120 µg a day are the official adequate intakes of vitamin K (women, men).
      if (dose.unit !== 'mg' && (dose.micrograms === 90 || dose.micrograms === 120))
        parts.push(part('DoseKIntake', sentence, dose.start, dose.end));
      continue;
    }
    parts.push(part('DoseD', sentence, dose.start, dose.end));
    const perDay = dose.iuPerDay ?? 0;
    if (perDay > limit) parts.push(part('DoseOverLimit', sentence, dose.start, dose.end));
    // 400 IU a day or less: the dose the Women's Health Initiative gave, and the USPSTF judged,
    // for fractures (see low-dose-d-calcium-prevents-fractures).
    if (perDay <= LOW_D_IU) parts.push(part('DoseLowD', sentence, dose.start, dose.end));
  }
  return parts;
}
