import { describe, expect, it } from 'vitest';
import { verb, noun } from '../inflect';
import { readParts } from '../read';

// Our own sentences, worded the way shops word them.
const tags = (sentence: string) => readParts(sentence).map((p) => `${p.negated ? '!' : ''}${p.tag}`);
const textOf = (sentence: string, tag: string) => readParts(sentence).find((p) => p.tag === tag)?.text;

describe('word forms', () => {
  it('gives every form of a verb, and of the first word of a phrase', () => {
    expect(verb('prevent')).toEqual(['prevent', 'prevents', 'preventing', 'prevented']);
    expect(verb('reduce')).toEqual(['reduce', 'reduces', 'reducing', 'reduced']);
    expect(verb('carry')).toEqual(['carry', 'carries', 'carrying', 'carried']);
    expect(verb('stop')).toContain('stopped');
    expect(verb('keep out', 'kept')).toEqual(['keep out', 'keeps out', 'keeping out', 'kept out']);
    expect(noun('heart attack')).toEqual(['heart attack', 'heart attacks']);
    expect(noun('injury')).toEqual(['injury', 'injuries']);
  });
});

describe('the parts of a claim', () => {
  it('finds who, what it does and what for, with the words the sentence uses', () => {
    expect(tags('Vitamin K2 directs calcium to your bones.')).toEqual([
      'VitK2',
      'Direct',
      'Calcium',
      'Direct',
      'Bone',
    ]);
    expect(textOf('Our MK-7 may lower the risk of heart attacks.', 'HeartEvent')).toBe('heart attacks');
    expect(tags('Cholecalciferol boosts immunity.')).toEqual(
      expect.arrayContaining(['VitD3', 'Support', 'Immune']),
    );
  });

  it('reads every spelling of the vitamins', () => {
    for (const name of ['MK-7', 'MK7', 'menaquinone-7', 'MenaQ7', 'K2VITAL'])
      expect(tags(`${name} supports bones.`), name).toContain('MK7');
    for (const name of ['vitamin D3', 'D3', 'cholecalciferol', 'Vitamin D-3'])
      expect(tags(`${name} supports bones.`), name).toContain('VitD3');
    expect(tags('25(OH)D levels rise in summer.')).toContain('VitD');
    expect(tags('D3+K2 drops')).toEqual(expect.arrayContaining(['Pair', 'VitD3', 'VitK2']));
  });

  it('lets a phrase win over its words', () => {
    expect(tags('K2 lowers the risk of heart disease.')).toContain('HeartEvent');
    expect(tags('K2 lowers the risk of heart disease.')).not.toContain('Heart');
    expect(tags('K2 supports heart health.')).toContain('Heart');
    expect(tags('Our drops have no side effects.')).toContain('SafeAbsolute');
    expect(tags('Our drops have no side effects.')).not.toContain('Negative');
  });

  it('denies what follows a negator, up to the end of its clause, and not the things it names', () => {
    expect(tags('K2 does not prevent heart disease.')).toEqual([
      'VitK2',
      'Negative',
      '!Prevent',
      'HeartEvent',
    ]);
    expect(tags('No trial has shown that K2 prevents fractures.')).toEqual(
      expect.arrayContaining(['!Evidence', '!Show', '!Prevent', 'Fracture']),
    );
    // "not just" leaves the claim standing; a comma or "but" ends the scope.
    expect(tags('D3 does not just support bones.')).toContain('Support');
    expect(tags('K2 is not a drug, but it supports your heart.')).toContain('Support');
    // "and" ends it too when a new subject follows; a list joined by "or" stays denied.
    expect(tags('Vitamin D is not a drug and it strengthens bones.')).toContain('Support');
    expect(tags('K2 does not cause calcification or harm.')).toContain('!Harm');
    // "should not take" denies the advice itself.
    expect(tags('People on warfarin should not take K2.')).toContain('!Should');
  });

  it('does not let a negator inside a phrase deny the phrase', () => {
    expect(tags('You cannot overdose on vitamin K2.')).toContain('SafeAbsolute');
    expect(tags('You cannot overdose on vitamin K2.')).not.toContain('!SafeAbsolute');
  });

  it('reads "for" before a body system as a claim in a title without a verb', () => {
    expect(tags('Vitamin K2 for Heart Health')).toEqual(['VitK2', 'Support', 'Heart']);
    expect(tags('Vitamin D3 for children')).not.toContain('Support');
  });

  it('reads numbers: doses, doses above the limit, blood levels, large percentages', () => {
    expect(tags('Take 10,000 IU of vitamin D3 daily.')).toEqual(
      expect.arrayContaining(['DoseD', 'DoseOverLimit']),
    );
    expect(tags('Take 1,000 IU of vitamin D3 daily.')).not.toContain('DoseOverLimit');
    // The children's limit is lower than the adults'.
    expect(tags('Kids can take 3,000 IU of vitamin D3 a day.')).toContain('DoseOverLimit');
    expect(tags('Aim for 40 ng/mL of vitamin D.')).toContain('LevelNumber');
    expect(tags('K2 cuts fractures by 80%.')).toContain('BigPercent');
    expect(tags('MK-7 has a half-life of three days.')).not.toContain('BigPercent');
    expect(tags('Each softgel has 100 mcg of vitamin K2.')).toContain('DoseK');
  });
});
