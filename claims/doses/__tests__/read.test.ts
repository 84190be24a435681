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

  it('reads the ways pages write thousands, and no more', () => {
    for (const text of [
      'Vitamin D3 at 10.000 IU per day',
      'Ten thousand IU of vitamin D a day',
      '10,000 units of vitamin D daily',
      'Vitamin D3 at 10,000 IUs a day',
      '10k IU of D3 daily',
      '10\u00a0000 IU vitamin D daily',
      'Vitamin D 10 000 IU daily',
    ])
      expect(one(text), text).toMatchObject({ vitamin: 'D', iu: 10000 });
    // A plain space is not a thousands separator, and a name's digit is not an amount's.
    expect(one('MK-7 100 mcg')).toMatchObject({ vitamin: 'K', micrograms: 100 });
    expect(one('Vitamin D-3 400 IU for infants')).toMatchObject({ iu: 400 });
    expect(one('adults over age 70 800 IU')).toMatchObject({ iu: 800 });
    // A decimal point before milligrams stays a decimal point.
    expect(one('2.500 mg of MK-4')).toMatchObject({ vitamin: 'K', micrograms: 2500 });
  });

  it('keeps two doses two, and a range the right way round', () => {
    expect(readDoses('Vitamin D3 5,000 IU and 100 mcg of MK-7 daily').map((d) => d.vitamin)).toEqual([
      'D',
      'K',
    ]);
    expect(readDoses('D3 5,000 IU, 100 mcg K2').map((d) => d.vitamin)).toEqual(['D', 'K']);
    expect(readDoses('K2 100mcg D3 125mcg').map((d) => d.vitamin)).toEqual(['K', 'D']);
    expect(one('1000 to 400 IU of vitamin D')).toMatchObject({ low: 400, high: 1000 });
    expect(one('between 1000 and 4000 IU of vitamin D a day')).toMatchObject({ low: 1000, high: 4000 });
  });

  it('takes the period nearest the amount, and "for a month" as how long', () => {
    expect(readDoses('10,000 IU daily (70,000 IU a week)').map((d) => d.iuPerDay)).toEqual([10000, 10000]);
    expect(one('Taking 5,000 IU of vitamin D a day for a month')).toMatchObject({
      period: 'day',
      iuPerDay: 5000,
    });
  });
});
