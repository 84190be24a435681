import { describe, expect, it } from 'vitest';
import { markCss } from '../mark-css';

describe('the mark stylesheet', () => {
  const rule = (css: string, name: string) =>
    css.split('\n').find((l) => l.startsWith(`::highlight(${name})`));

  it('underlines, tints or both, as chosen, where highlights can underline', () => {
    const under = rule(markCss('underline', false, true), 'dk-mixed');
    expect(under).toContain('text-decoration-style: dotted');
    expect(under).not.toContain('background-color');
    const tint = rule(markCss('tint', false, true), 'dk-mixed');
    expect(tint).toContain('background-color');
    expect(tint).not.toContain('text-decoration');
    const both = rule(markCss('both', true, true), 'dk-mixed');
    expect(both).toMatch(/text-decoration-line: underline.*background-color/);
  });

  it('tints every style where highlights cannot underline, so no mark is invisible', () => {
    for (const style of ['underline', 'both', 'tint'] as const) {
      const css = markCss(style, false, false);
      expect(css).not.toContain('text-decoration');
      expect(rule(css, 'dk-unproven')).toContain('background-color');
    }
  });
});
