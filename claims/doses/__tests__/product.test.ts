import { describe, expect, it } from 'vitest';
import { productSummary } from '../product';

const page = (...texts: string[]) => productSummary(texts.map((text, i) => ({ text, start: i * 1000 })));

describe('productSummary', () => {
  it('counts a monthly dose per day: 60,000 IU once a month is not above the limit', () => {
    const product = page(
      'Vitamin D3 60,000 IU. Take one capsule once a month.',
      '60,000 IU of vitamin D3 monthly.',
    );
    expect(product.d?.perServing).toBe(60_000);
    expect(product.d?.perDay).toBe(2000);
    expect(product.cautions).not.toContain('above-limit');
  });

  it('finds 5,000 IU a day above the adult limit, and the K2 caution on a page that sells K2', () => {
    const product = page(
      'Vitamin D3 (as cholecalciferol) 125 mcg (5000 IU)',
      'Vitamin K2 (as MK-7) 100 mcg',
      'Adults: take one softgel daily with a meal. Keep out of reach of children.',
    );
    expect(product.d).toMatchObject({ perServing: 5000, perDay: 5000 });
    expect(product.k).toMatchObject({ perServing: 100 });
    expect(product.audience).toBe('adults');
    expect(product.cautions).toEqual(['above-limit', 'warfarin', 'kidney-calcium']);
  });

  it('takes a page that speaks to children at their limit', () => {
    const product = page('Vitamin D3 drops for kids: 1,000 IU (25 mcg) per drop. Give one drop daily.');
    expect(product.audience).toBe('children');
    expect(product.upperIU).toBe(2500);
    expect(product.cautions).toContain('children');
    expect(product.cautions).not.toContain('above-limit');
  });
});
