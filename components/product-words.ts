import { ADULT_UPPER_IU, AGE_GROUPS, IU_PER_MICROGRAM } from '../claims/doses/limits';
import type { Product } from '../utils/messages';

// The product panel's words: what the page's product gives against the limits, and the cautions
// that apply to it, in plain sentences a shopper can act on.

/** One line of the panel: its words, and whether it warns (above a limit, or a caution). */
export interface ProductLine {
  readonly text: string;
  readonly warn: boolean;
}

const num = (n: number) => Math.round(n).toLocaleString('en-US');
/** "125 µg (5,000 IU)": micrograms first, as labels in most countries give them. */
const dAmount = (iu: number) => `${num(iu / IU_PER_MICROGRAM)} µg (${num(iu)} IU)`;

/** The limit that applies to the page's audience, named: "the 4,000 IU adult upper limit". */
function limitWords(product: Product): { iu: number; words: string } {
  if (product.audience === 'adults' || product.upperIU >= ADULT_UPPER_IU)
    return { iu: ADULT_UPPER_IU, words: `the ${num(ADULT_UPPER_IU)} IU adult upper limit` };
  const group = AGE_GROUPS.find((g) => g.upperIU === product.upperIU);
  return {
    iu: product.upperIU,
    words: `the ${num(product.upperIU)} IU upper limit for ${group?.label ?? 'children'}`,
  };
}

/** The vitamin D line: the amount a day (or a serving) against the limit that applies. */
export function vitaminDLine(product: Product): ProductLine | null {
  const d = product.d;
  if (!d) return null;
  const limit = limitWords(product);
  const averaged = d.perDay !== null && d.servingsPerDay === null && d.perDay < d.perServing;
  const daily = d.perDay ?? d.perServing;
  // Where the page does not say how many servings a day, one serving is judged: it is the least a day.
  const amount =
    d.perDay === null
      ? `${dAmount(d.perServing)} of D3 a serving${daily > limit.iu ? '' : ' (the page does not say how many a day)'}`
      : averaged
        ? `${dAmount(d.perServing)} of D3 a dose, about ${num(d.perDay)} IU a day on average`
        : `${dAmount(d.perDay)} of D3 a day`;
  if (daily > ADULT_UPPER_IU)
    return {
      text: `${amount}: above ${limitWords({ ...product, audience: 'adults' }).words}; fine only on a doctor’s advice.`,
      warn: true,
    };
  if (daily > limit.iu)
    return {
      text: `${amount}: above ${limit.words}; give it to a child only on a doctor’s advice.`,
      warn: true,
    };
  return { text: `${amount}: within ${limit.words}.`, warn: false };
}

/** The vitamin K line: the amount, and that no upper limit is set. */
export function vitaminKLine(product: Product): ProductLine | null {
  const k = product.k;
  if (!k) return null;
  const amount =
    k.perDay !== null && k.servingsPerDay !== null
      ? `${num(k.perDay)} µg of K2 a day`
      : `${num(k.perServing)} µg of K2 a serving`;
  return { text: `${amount}: vitamin K has no upper limit.`, warn: false };
}

/** The cautions for this product, worded; the dose itself is judged in the lines above. */
export function cautionLines(product: Product): string[] {
  const lines: string[] = [];
  for (const c of product.cautions) {
    if (c === 'warfarin')
      lines.push(
        'On warfarin or another vitamin K antagonist? Even a little K2 moves your INR: ask your doctor first.',
      );
    if (c === 'kidney-calcium')
      lines.push('Kidney disease or high blood calcium? Ask your doctor before extra vitamin D.');
    if (c === 'children') {
      const young = AGE_GROUPS.filter((g) => g.upperIU < ADULT_UPPER_IU)
        .map((g) => `${num(g.upperIU)} IU for ${g.label}`)
        .join(', ');
      lines.push(`The page speaks of children: their upper limits are lower (${young}).`);
    }
    if (c === 'pregnancy')
      lines.push(
        `Pregnant or breastfeeding? The upper limit is ${num(ADULT_UPPER_IU)} IU a day then too; ask your midwife or doctor before a high dose.`,
      );
  }
  return lines;
}

/** Whether the page sells something the panel can speak of: a dose of D or K was read. */
export const hasProduct = (product: Product | undefined): product is Product => !!(product?.d ?? product?.k);
