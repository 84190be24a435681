import { describe, expect, it } from 'vitest';
import { GRADE_STYLE } from '../../../claims/grades';
import { graded as finding } from './finding';
import { badgeFor } from '../badge';

describe('badgeFor', () => {
  it('counts claims and takes the colour of the weakest grade', () => {
    const badge = badgeFor({
      url: 'https://a.example/',
      findings: [finding('established'), finding('contradicted'), finding(null), finding('plausible')],
    });
    expect(badge.text).toBe('4');
    expect(badge.color).toBe(GRADE_STYLE.contradicted.color);
    expect(badge.title).toBe(
      '4 claims about vitamin D/K2: 1 established, 1 plausible, 1 contradicted, 1 not yet reviewed',
    );
  });

  it('is grey when nothing is graded, empty when nothing is found, and capped when huge', () => {
    expect(badgeFor({ url: '', findings: [finding(null)] }).color).toBe(GRADE_STYLE.unreviewed.color);
    expect(badgeFor({ url: '', findings: [] })).toEqual({ text: '', color: null, title: null });
    expect(badgeFor({ url: '', findings: Array.from({ length: 120 }, () => finding('mixed')) }).text).toBe(
      '99+',
    );
  });
});
