import { describe, expect, it } from 'vitest';
import { GRADE_STYLE } from '../../../claims/grades';
import { graded as finding } from './finding';
import { badgeFor } from '../badge';

describe('badgeFor', () => {
  it('counts the claims beyond the evidence, in the colour of the weakest grade', () => {
    const badge = badgeFor({
      url: 'https://a.example/',
      findings: [
        finding('established'),
        finding('contradicted'),
        finding(null),
        finding('plausible'),
        finding('mixed'),
        finding('unproven'),
      ],
    });
    expect(badge.text).toBe('3');
    expect(badge.color).toBe(GRADE_STYLE.contradicted.color);
    expect(badge.title).toBe(
      '3 of this page’s health promises go beyond the evidence; 1 is not checked yet. ' +
        '6 claims about vitamin D/K2: 1 established, 1 plausible, 1 mixed, 1 unproven, 1 contradicted, 1 not yet reviewed.',
    );
  });

  it('shows a check mark when nothing goes beyond the evidence, and "…" when nothing is graded', () => {
    const fine = badgeFor({
      url: '',
      findings: [finding('established'), finding('plausible'), finding(null)],
    });
    expect(fine).toMatchObject({ text: '✓', color: GRADE_STYLE.plausible.color });
    expect(badgeFor({ url: '', findings: [finding(null)] })).toMatchObject({
      text: '…',
      color: GRADE_STYLE.unreviewed.color,
    });
  });

  it('leaves a customer review out, is empty when nothing is found, and is capped when huge', () => {
    const review = { ...finding('contradicted'), voice: 'customer' as const };
    expect(badgeFor({ url: '', findings: [review, finding('established')] })).toMatchObject({
      text: '✓',
      color: GRADE_STYLE.established.color,
    });
    expect(badgeFor({ url: '', findings: [review] })).toEqual({ text: '', color: null, title: null });
    expect(badgeFor({ url: '', findings: [] })).toEqual({ text: '', color: null, title: null });
    expect(badgeFor({ url: '', findings: Array.from({ length: 120 }, () => finding('mixed')) }).text).toBe(
      '99+',
    );
  });
});
