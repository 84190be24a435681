import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../../claims/grades';
import { DEFAULT_SETTINGS } from '../../../settings/definition';
import { createMarksModel } from '../model';
import type { ScanRoot } from '../../roots';
import type { Mark } from '../../scan';

// The marks model without a page: one root, whose marks are in text order already.

const root = { tree: {}, doc: {}, frames: [], anchor: null } as unknown as ScanRoot;
const node = { nodeType: 3 } as unknown as Text;
const mark = (text: string, start: number, grade: Grade | null, claimId: string | null = 'x'): Mark => ({
  finding: {
    text,
    start,
    end: start + text.length,
    claimId,
    grade,
    ruleId: null,
    reason: null,
    hedged: false,
    negated: false,
  },
  range: { startContainer: node, endContainer: node } as unknown as Range,
  root,
  prefix: '',
  suffix: '',
});

describe('the marks model', () => {
  it('shows the grades switched on, unless the tab or the claim is hidden', () => {
    const model = createMarksModel(() => [root]);
    const a = mark('D3 helps absorb calcium.', 0, 'established');
    const b = mark('K2 prevents heart disease.', 40, 'unproven');
    const c = mark('D3 cures tiredness.', 80, null, null);
    model.set(root, [a, b, c]);
    expect(model.shown()).toEqual([a, b, c]);
    model.setSettings({ ...DEFAULT_SETTINGS, grades: { ...DEFAULT_SETTINGS.grades, unreviewed: false } });
    expect(model.shown()).toEqual([a, b]);
    model.hide(b);
    expect(model.shown()).toEqual([a]);
    // A rescan makes new marks for the same claim: it stays hidden.
    const b2 = mark('K2 prevents heart disease.', 40, 'unproven');
    model.set(root, [a, b2, c]);
    expect(model.isShown(b2)).toBe(false);
    model.unhideAll();
    model.setAllHidden(true);
    expect(model.shown()).toEqual([]);
    model.setAllHidden(false);
    expect(model.shown()).toEqual([a, b2]);
  });

  it('says whether the claims changed since it was last asked, and which nodes are marked', () => {
    const model = createMarksModel(() => [root]);
    const a = mark('D3 helps absorb calcium.', 0, 'established');
    model.set(root, [a]);
    expect(model.changed()).toBe(true);
    model.set(root, [mark('D3 helps absorb calcium.', 0, 'established')]);
    expect(model.changed()).toBe(false);
    expect(model.touches(node)).toBe(true);
    model.drop(root);
    expect(model.all()).toEqual([]);
    expect(model.touches(node)).toBe(false);
    expect(model.changed()).toBe(true);
  });
});
