import type { TextBlock } from '../finder/types';
import { ADULT_UPPER_IU, upperLimitIU, type Audience } from './limits';
import { D_NAME, K_NAME, readDoses, type Dose } from './read';

// What a product page's product gives, read from its doses and directions, and the cautions that
// apply to it: the popup's product panel and the scan CLI's `doses`.

/** A dose as found in a page: document offsets instead of block ones. */
export interface PageDose extends Dose {
  readonly start: number;
  readonly end: number;
}

/** The product's vitamin D, per serving and per day where the page says how many servings. */
export interface DoseSummary {
  /** The amount in one serving (or one stated daily dose), IU for D and µg for K. */
  readonly perServing: number;
  /** Servings a day from the directions ("take 2 drops daily"), or null when the page does not say. */
  readonly servingsPerDay: number | null;
  /** The daily amount, when the page says how much a day (or how many servings). */
  readonly perDay: number | null;
  /** The page's words for the dose, e.g. "5,000 IU (125 mcg)". */
  readonly text: string;
}

/** A caution that applies to the product, by id; the popup words each. */
export type CautionId = 'above-limit' | 'warfarin' | 'kidney-calcium' | 'children' | 'pregnancy';

/** What a page's product gives and which cautions apply. */
export interface ProductSummary {
  readonly d: DoseSummary | null;
  readonly k: DoseSummary | null;
  /** Whom the page addresses, for the limit that applies. */
  readonly audience: Audience;
  /** The upper limit of vitamin D for that audience, IU a day. */
  readonly upperIU: number;
  readonly cautions: readonly CautionId[];
}

/** Every dose the blocks state, with document offsets. */
export function pageDoses(blocks: readonly TextBlock[]): PageDose[] {
  return blocks.flatMap((b) =>
    readDoses(b.text).map((d) => ({ ...d, start: b.start + d.start, end: b.start + d.end })),
  );
}

const COUNT: Readonly<Record<string, number>> = {
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  half: 0.5,
};
// "Take 2 drops daily", "take one softgel per day", "2 sprays twice a day".
const DIRECTIONS =
  /\b(one|two|three|four|five|half|a|\d)\s+(?:\w+\s+)?(?:softgels?|capsules?|caps|tablets?|gumm(?:y|ies)|drops?|sprays?|pumps?|droppers?(?:ful)?|pills?|chewables?|servings?)\b[^.;]{0,30}?\b(daily|a day|per day|each day|every day|once (?:a |per )?day|twice (?:a |per )?day|twice daily)\b/i;
const CHILDREN = /\b(?:child(?:ren)?|kids?|toddlers?|infants?|bab(?:y|ies)|newborns?)\b/i;
const INFANTS = /\b(?:infants?|bab(?:y|ies)|newborns?)\b/i;
// A label's "keep out of reach of children" warns about the bottle; it does not speak to children.
const KEEP_AWAY =
  /\bkeep (?:this |it |the bottle )?(?:out of|away from) (?:the )?(?:reach|sight)?(?: (?:and|or) (?:reach|sight))?(?: of)? (?:young |small )?children\b/gi;
const PREGNANCY = /\b(?:pregnan\w*|breastfe\w*|nursing mothers?|lactat\w*)\b/i;

/** How many servings a day the page's directions give, or null. */
function servingsPerDay(text: string): number | null {
  const m = DIRECTIONS.exec(text);
  if (!m) return null;
  const n = COUNT[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
  const twice = /twice/i.test(m[2] ?? '') ? 2 : 1;
  return Number.isFinite(n) && n > 0 ? n * twice : null;
}

/**
 * The product's dose of one vitamin: the amount the page states most often, counting a dose given
 * per serving or per day (a label, the directions) above one mentioned in passing.
 */
function mainDose(doses: readonly PageDose[], amount: (d: PageDose) => number): PageDose | null {
  const score = new Map<number, { dose: PageDose; score: number }>();
  for (const d of doses) {
    const key = amount(d);
    const weight = d.period === 'serving' ? 3 : d.period === 'day' ? 2 : d.period === null ? 1 : 0.5;
    const seen = score.get(key);
    if (seen) seen.score += weight;
    else score.set(key, { dose: d, score: weight });
  }
  let best: { dose: PageDose; score: number } | null = null;
  for (const s of score.values()) if (!best || s.score > best.score) best = s;
  return best?.dose ?? null;
}

function summary(dose: PageDose | null, amount: number, servings: number | null): DoseSummary | null {
  if (!dose) return null;
  const perDay =
    dose.period === 'day'
      ? amount
      : dose.period === 'week'
        ? amount / 7
        : dose.period === 'month'
          ? amount / 30
          : servings
            ? amount * servings
            : null;
  return {
    perServing: amount,
    servingsPerDay: dose.period === 'day' ? 1 : servings,
    perDay,
    text: dose.text,
  };
}

/** What the page's product gives and the cautions that apply, from its text blocks. */
export function productSummary(blocks: readonly TextBlock[]): ProductSummary {
  const text = blocks.map((b) => b.text).join('\n');
  const doses = pageDoses(blocks);
  const servings = servingsPerDay(text);
  const d = mainDose(
    doses.filter((x) => x.vitamin === 'D'),
    (x) => x.iu ?? 0,
  );
  const k = mainDose(
    doses.filter((x) => x.vitamin === 'K'),
    (x) => x.micrograms,
  );
  const spoken = text.replace(KEEP_AWAY, '');
  const audience: Audience = INFANTS.test(spoken) ? 'infants' : CHILDREN.test(spoken) ? 'children' : 'adults';
  const dSummary = summary(d, d?.iu ?? 0, servings);
  const kSummary = summary(k, k?.micrograms ?? 0, servings);
  const upperIU = upperLimitIU(audience);
  const cautions: CautionId[] = [];
  // Judged against the adult limit unless the page speaks to children: a dose for adults on a page
  // that also mentions children is not a children's dose.
  const daily = dSummary?.perDay ?? dSummary?.perServing ?? 0;
  if (daily > ADULT_UPPER_IU || (audience !== 'adults' && daily > upperIU)) cautions.push('above-limit');
  if (kSummary || text.search(K_NAME) !== -1) cautions.push('warfarin');
  if (dSummary || text.search(D_NAME) !== -1) cautions.push('kidney-calcium');
  if (audience !== 'adults') cautions.push('children');
  if (PREGNANCY.test(text)) cautions.push('pregnancy');
  return { d: dSummary, k: kSummary, audience, upperIU, cautions };
}
