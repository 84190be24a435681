import { describe, expect, it } from 'vitest';
import { readDoses } from '../read';

const one = (text: string) => {
  const doses = readDoses(text);
  expect(doses, text).toHaveLength(1);
  return doses[0];
};

describe('doses a page states', () => {
  it('reads IU as vitamin D and gives micrograms (40 IU = 1 µg)', () => {
    expect(one('Each softgel provides 5,000 IU of vitamin D3.')).toMatchObject({
      vitamin: 'D',
      iu: 5000,
      micrograms: 125,
      period: 'serving',
    });
  });

  it('reads micrograms as the vitamin named nearest', () => {
    expect(one('Vitamin K2 (as MK-7) 100 mcg')).toMatchObject({ vitamin: 'K', micrograms: 100 });
    expect(one('Vitamin D3 25 µg')).toMatchObject({ vitamin: 'D', iu: 1000 });
    expect(one('Japanese trials used 45 mg of MK-4 a day.')).toMatchObject({
      vitamin: 'K',
      micrograms: 45000,
      period: 'day',
    });
  });

  it('counts "5,000 IU (125 mcg)" as one dose', () => {
    expect(one('Vitamin D3 5,000 IU (125 mcg)')).toMatchObject({ iu: 5000 });
    expect(one('Vitamin D3 125mcg/5000IU')).toMatchObject({ iu: 5000 });
  });

  it('gives weekly and monthly doses per day, and ranges by their top', () => {
    expect(one('50,000 IU of vitamin D once a week')?.iuPerDay).toBeCloseTo(7143, 0);
    expect(one('60,000 IU of vitamin D3 monthly')?.iuPerDay).toBe(2000);
    expect(one('a daily dose of 2,000 to 10,000 IU of vitamin D3')).toMatchObject({
      low: 2000,
      high: 10000,
      iuPerDay: 10000,
    });
  });

  it('leaves other nutrients their doses', () => {
    expect(readDoses('400 IU vitamin D3 and 1000 mg calcium')).toHaveLength(1);
    expect(readDoses('Magnesium 200 mg, zinc 10 mg')).toEqual([]);
  });
});
