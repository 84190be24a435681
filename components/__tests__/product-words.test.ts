import { describe, expect, it } from 'vitest';
import { productSummary } from '../../claims/doses/product';
import type { Product } from '../../utils/messages';
import { cautionLines, hasProduct, vitaminDLine, vitaminKLine } from '../product-words';

/** The product of a page of these sentences, as the background keeps it. */
const product = (...texts: string[]): Product => {
  const p = productSummary(texts.map((text, i) => ({ text, start: i * 1000 })));
  return { ...p, cautions: [...p.cautions] };
};

describe('the product panel', () => {
  it('says a 5,000 IU daily D3 is above the adult limit, in micrograms and IU', () => {
    const p = product('Vitamin D3 125 mcg (5,000 IU). Take one softgel daily.');
    expect(vitaminDLine(p)).toEqual({
      text: '125 µg (5,000 IU) of D3 a day: above the 4,000 IU adult upper limit; fine only on a doctor’s advice.',
      warn: true,
    });
  });

  it('judges one serving where the page does not say how many a day', () => {
    expect(vitaminDLine(product('Vitamin D3 125 mcg (5,000 IU) per softgel.'))?.text).toBe(
      '125 µg (5,000 IU) of D3 a serving: above the 4,000 IU adult upper limit; fine only on a doctor’s advice.',
    );
    expect(vitaminDLine(product('Vitamin D3 1,000 IU per softgel.'))?.text).toBe(
      '25 µg (1,000 IU) of D3 a serving (the page does not say how many a day): within the 4,000 IU adult upper limit.',
    );
  });

  it('says a 1,000 IU daily D3 is within the limit', () => {
    expect(vitaminDLine(product('Vitamin D3 1,000 IU per softgel. Take one softgel daily.'))).toEqual({
      text: '25 µg (1,000 IU) of D3 a day: within the 4,000 IU adult upper limit.',
      warn: false,
    });
  });

  it('averages a monthly dose over the month: 60,000 IU once a month is within the limit', () => {
    const line = vitaminDLine(
      product('Vitamin D3 60,000 IU, one capsule once a month.', '60,000 IU of vitamin D3 monthly.'),
    );
    expect(line).toEqual({
      text: '1,500 µg (60,000 IU) of D3 a dose, about 2,000 IU a day on average: within the 4,000 IU adult upper limit.',
      warn: false,
    });
  });

  it("judges a children's product against the children's limit", () => {
    const line = vitaminDLine(product('Vitamin D3 drops for kids: 3,000 IU per drop. Give one drop daily.'));
    expect(line).toEqual({
      text: '75 µg (3,000 IU) of D3 a day: above the 2,500 IU upper limit for children of 1 to 3; give it to a child only on a doctor’s advice.',
      warn: true,
    });
  });

  it('says no upper limit is set for K2, and warns about warfarin on every page that sells it', () => {
    const p = product('Vitamin K2 as MK-7, 100 mcg per softgel. Take one softgel daily.');
    expect(vitaminKLine(p)?.text).toBe('100 µg of K2 a day: vitamin K has no upper limit.');
    expect(cautionLines(p)[0]).toMatch(/^On warfarin or another vitamin K antagonist\? .*INR/);
  });

  it('adds the kidney, children and pregnancy cautions where they apply', () => {
    const lines = cautionLines(
      product('Vitamin D3 400 IU drops for babies and children, safe in pregnancy and while breastfeeding.'),
    );
    expect(lines.map((l) => l.split(/[ ,:]/)[0])).toEqual(['Kidney', 'The', 'Pregnant']);
    expect(lines[1]).toBe(
      'The page speaks of children: their upper limits are lower (1,000 IU for babies up to 6 months, 1,500 IU for babies of 6 to 12 months, 2,500 IU for children of 1 to 3, 3,000 IU for children of 4 to 8).',
    );
  });

  it('shows no panel where no dose was read', () => {
    expect(hasProduct(product('Vitamin D helps your body absorb calcium.'))).toBe(false);
    expect(hasProduct(undefined)).toBe(false);
  });
});
