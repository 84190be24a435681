import { describe, expect, it } from 'vitest';
import { countByGrade, groupByGrade, verdictLine } from '../summary';
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
});
