import { describe, expect, it } from 'vitest';
import { catalogueFinder } from '..';

const find = (text: string) => catalogueFinder().find([{ text, start: 0 }]);

describe('finder', () => {
  it('grades a mechanism claim with the entry that covers it', () => {
    const [f] = find('Vitamin K2 directs calcium to your bones.');
    expect(f).toMatchObject({ claimId: 'k2-directs-calcium-to-bone', grade: 'plausible', start: 0, end: 41 });
  });

  it('reports a D/K2 health claim that no entry covers as unmatched', () => {
    const [f] = find('Vitamin K2 keeps your skin young and free of wrinkles.');
    expect(f).toMatchObject({ claimId: null, grade: null });
  });

  it('leaves text without the vocabulary alone', () => {
    expect(find('Magnesium supports restful sleep and healthy muscles.')).toEqual([]);
  });
});
