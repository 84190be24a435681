import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../claims/schema';
import { createMatcher, groupReports, tokens } from '../triage';
import { makeReport } from './helpers';
import { toWire } from '../schema';

const entry = (id: string, claim: string, examples: string[]): Entry =>
  ({ id, claim, examples, grade: 'unproven' }) as unknown as Entry;

describe('triage for maintainers', () => {
  it('folds vitamin names so spellings meet', () => {
    expect(tokens('Vitamin K-2 (MK-7) and vitamin D 3')).toEqual(['k2', 'mk7', 'd3']);
  });

  it('groups the same claim worded a little differently, and keeps different claims apart', async () => {
    const a = toWire(await makeReport('MK-7 scrubs calcium out of your arteries.', 'https://a.example/'));
    const b = toWire(await makeReport('MK-7 scrubs the calcium out of your arteries!', 'https://b.example/'));
    const c = toWire(await makeReport('Vitamin D3 boosts testosterone.', 'https://a.example/'));
    const groups = groupReports([c, a, b]);
    expect(groups.map((g) => g.reports.length)).toEqual([2, 1]);
    expect(groups[0]?.reports.map((r) => r.id)).toEqual([a.id, b.id]);
  });

  it('ranks the entry that shares the rarest words first', () => {
    const nearest = createMatcher([
      entry('k2-arteries', 'K2 keeps calcium out of arteries.', ['MK-7 clears calcified arteries.']),
      entry('d-immune', 'Vitamin D supports the immune system.', ['D3 fights colds and flu.']),
      entry('k2-bones', 'K2 builds bones.', ['Vitamin K2 makes bones strong.']),
    ]);
    const ranked = nearest('MK-7 scrubs calcium out of your arteries', 3);
    expect(ranked[0]?.entry.id).toBe('k2-arteries');
    expect(ranked.map((n) => n.entry.id)).not.toContain('d-immune');
    expect(nearest('completely unrelated words')).toEqual([]);
  });
});
