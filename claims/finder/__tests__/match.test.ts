import { describe, expect, it } from 'vitest';
import { readParts } from '../../parts/read';
import { bestMatch, comboHolds, matchAll, subjectsOf } from '../match';
import { testEntry } from './helpers';

const entry = testEntry;

const directs = entry('directs', 'plausible', [
  { id: 'directs', who: ['K'], all: [['Direct'], ['Calcium']], reason: 'K2 directs calcium.' },
]);
const heart = {
  ...entry('heart', 'unproven', [
    { id: 'heart', all: [['Prevent'], ['HeartEvent']], reason: 'Prevents heart disease.' },
  ]),
  kind: 'outcome' as const,
};
const caveat = entry('caveat', 'established', [
  { id: 'caveat', all: [], denied: [['Prevent', 'Show']], priority: 15, reason: 'Says it does not work.' },
]);
const proven = entry('proven', 'contradicted', [
  { id: 'proven', all: [['Strong']], priority: 20, beyond: 'mixed', reason: 'Calls it proven.' },
]);
const ENTRIES = [directs, heart, caveat, proven];

const best = (text: string) => {
  const parts = readParts(text);
  return bestMatch(matchAll(ENTRIES, parts, subjectsOf(parts)))?.entry.id ?? null;
};

describe('a combination', () => {
  it('needs one concept of every group, the subject it names, and none of its exclusions', () => {
    const parts = readParts('Vitamin K2 directs calcium to your bones.');
    const s = subjectsOf(parts);
    expect(comboHolds({ id: 'a', all: [['Direct'], ['Calcium']], reason: 'test reason' }, parts, s)).toBe(
      true,
    );
    expect(comboHolds({ id: 'b', all: [['Direct'], ['HeartEvent']], reason: 'test reason' }, parts, s)).toBe(
      false,
    );
    expect(comboHolds({ id: 'c', who: ['D'], all: [['Direct']], reason: 'test reason' }, parts, s)).toBe(
      false,
    );
    expect(comboHolds({ id: 'd', all: [['Direct']], none: ['Bone'], reason: 'test reason' }, parts, s)).toBe(
      false,
    );
  });

  it('takes a denied concept only from the denied groups', () => {
    expect(best('Vitamin K2 prevents heart disease.')).toBe('heart');
    expect(best('Vitamin K2 does not prevent heart disease.')).toBe('caveat');
  });

  it('finds its groups in one clause, where a contrast with its own subject starts a new one', () => {
    expect(best('K2 directs calcium to bone.')).toBe('directs');
    expect(best('Milk has calcium, but K2 directs vitamin D.')).toBeNull();
    expect(best('Milk has calcium; K2 directs vitamin D.')).toBeNull();
    // "But" that carries on the same subject's predicate joins one clause.
    expect(best('K2 moves calcium into bone but prevents heart disease too.')).toBe('heart');
    // "Not yet" is part of the denial, not a new clause.
    expect(best('K2 has not yet been shown to prevent heart disease.')).toBe('caveat');
  });

  it('takes the subject from the sentence or from the names its context carried', () => {
    const parts = readParts('It directs calcium to your bones.');
    expect(matchAll([directs], parts, subjectsOf(parts))).toEqual([]);
    expect(matchAll([directs], parts, subjectsOf(parts, ['vitamin K2'])).map((m) => m.entry.id)).toEqual([
      'directs',
    ]);
  });
});

describe('choosing one entry', () => {
  it('gives a sentence with two claims the grade of the stronger one', () => {
    expect(best('Vitamin K2 directs calcium to your bones and prevents heart disease.')).toBe('heart');
  });

  it('lets a higher priority win', () => {
    expect(best('No study has shown K2 prevents heart disease.')).toBe('caveat');
  });

  it('counts a claim about the evidence only beside a claim as weak as its threshold', () => {
    expect(best('Vitamin K2 is clinically proven to prevent heart disease.')).toBe('proven');
    // Beside a plausible mechanism alone, "proven" is not graded as a misstatement.
    expect(best('Vitamin K2 is clinically proven to direct calcium to bones.')).toBe('directs');
  });
});
