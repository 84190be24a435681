import { describe, expect, it } from 'vitest';
import { countByGrade, customerItems, groupByGrade, pageVerdict, verdictLine } from '../summary';
import { WORST_FIRST } from '../../claims/grades';
import type { Grade } from '../../claims/grades';

const page = (...grades: (Grade | null)[]) => grades.map((grade, i) => ({ grade, text: `claim ${i}` }));

describe('verdictLine', () => {
  it('sums a page up in scale order, whatever the page order', () => {
    expect(
      verdictLine(page('contradicted', 'unproven', 'plausible', 'established', 'unproven', 'plausible')),
    ).toBe('6 claims about vitamin D/K2: 1 established, 2 plausible, 2 unproven, 1 contradicted');
  });

  it('puts claims no entry covers last, as not yet reviewed', () => {
    expect(verdictLine(page(null, 'mixed'))).toBe('2 claims about vitamin D/K2: 1 mixed, 1 not yet reviewed');
  });

  it('speaks in the singular for one claim and plainly for none', () => {
    expect(verdictLine(page('established'))).toBe('1 claim about vitamin D/K2: 1 established');
    expect(verdictLine([])).toBe('No claims about vitamin D or K2 found on this page.');
  });
});

describe('pageVerdict', () => {
  it('counts the promises beyond the evidence (contradicted, unproven, mixed) and those not checked', () => {
    expect(pageVerdict(page('established', 'unproven', null, 'contradicted', 'plausible'))).toBe(
      '2 of this page’s health promises go beyond the evidence; 1 is not checked yet.',
    );
    expect(pageVerdict(page('mixed', 'established'))).toBe(
      '1 of this page’s health promises goes beyond the evidence.',
    );
    expect(pageVerdict(page('unproven', 'contradicted'))).toBe(
      'All 2 of this page’s health promises go beyond the evidence.',
    );
    expect(pageVerdict(page('unproven', null, null))).toBe(
      '1 of this page’s health promises goes beyond the evidence; 2 are not checked yet.',
    );
  });

  it('says so plainly when nothing goes beyond the evidence, or nothing is checked', () => {
    expect(pageVerdict(page('established', 'plausible', null))).toBe(
      'None of this page’s health promises goes beyond the evidence; 1 is not checked yet.',
    );
    expect(pageVerdict(page(null))).toBe('This page’s one health promise is not checked yet.');
    expect(pageVerdict(page(null, null))).toBe('This page’s 2 health promises are not checked yet.');
    expect(pageVerdict([])).toBe('No claims about vitamin D or K2 found on this page.');
  });

  it('leaves a customer review out of the count', () => {
    const review = { grade: 'contradicted' as const, text: 'I feel great', voice: 'customer' as const };
    expect(pageVerdict([...page('established'), review])).toBe(
      'None of this page’s health promises goes beyond the evidence.',
    );
    expect(pageVerdict([review])).toBe(
      'This page makes no health promise about vitamin D or K2 of its own; its customer reviews do.',
    );
  });
});

describe('countByGrade and groupByGrade', () => {
  const findings = page('unproven', null, 'established', 'unproven');

  it('counts per grade key', () => {
    expect(Object.fromEntries(countByGrade(findings))).toEqual({
      unproven: 2,
      unreviewed: 1,
      established: 1,
    });
  });

  it('groups in scale order, keeps page order and each finding index', () => {
    const groups = groupByGrade(findings);
    expect(groups.map((g) => g.key)).toEqual(['established', 'unproven', 'unreviewed']);
    expect(groups[1]?.items.map((i) => [i.index, i.finding.text])).toEqual([
      [0, 'claim 0'],
      [3, 'claim 3'],
    ]);
    expect(groupByGrade([])).toEqual([]);
  });

  it('groups worst first when asked, and keeps customer reviews apart', () => {
    const review = { grade: 'contradicted' as const, text: 'review', voice: 'customer' as const };
    const all = [...findings, review];
    expect(groupByGrade(all, WORST_FIRST).map((g) => g.key)).toEqual([
      'unproven',
      'unreviewed',
      'established',
    ]);
    expect(customerItems(all).map((i) => i.index)).toEqual([4]);
  });
});
