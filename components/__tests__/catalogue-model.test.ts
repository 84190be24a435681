import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../claims';
import type { Entry } from '../../claims/schema';
import { entriesByTopic, filterEntries } from '../catalogue-model';
import { entryIdFromHash } from '../catalogue-hash';

const entry = (over: Partial<Entry>): Entry => ({
  id: 'x',
  claim: 'A claim about something here.',
  topic: 'bone',
  kind: 'outcome',
  grade: 'plausible',
  verdict: 'A verdict in one line.',
  explanation: 'x'.repeat(80),
  gradeReason: 'A grade reason for the catalogue page tests.',
  sources: [{ name: 'A trial', url: 'https://example.org/trial', finding: 'What the trial found.' }],
  reviewed: '2026-11-21',
  match: [{ id: 'r', all: [['Prevent']], reason: 'Because it says x.' }],
  examples: ['one example', 'two example', 'three example'],
  ...over,
});

const all = { query: '', grade: 'all', topic: 'all' } as const;

describe('filterEntries', () => {
  const entries = [
    entry({
      id: 'warfarin',
      claim: 'Vitamin K interferes with Warfarin.',
      grade: 'established',
      topic: 'safety',
    }),
    entry({ id: 'arteries', verdict: 'Keeps calcium out of arteries, in theory.', topic: 'heart' }),
    entry({ id: 'mk7', examples: ['MK-7 is the best form', 'b example', 'c example'], grade: 'unproven' }),
    entry({ id: 'menaq', caution: 'Menaquinone doses vary a lot between brands.', topic: 'forms' }),
  ];
  const ids = (filter: Parameters<typeof filterEntries>[1]) =>
    filterEntries(entries, filter).map((e) => e.id);

  it('keeps everything without filters', () => {
    expect(ids(all)).toEqual(['warfarin', 'arteries', 'mk7', 'menaq']);
  });

  it('searches claim, verdict, examples and caution, ignoring case and accents', () => {
    expect(ids({ ...all, query: 'WARFARIN' })).toEqual(['warfarin']);
    expect(ids({ ...all, query: 'arteries' })).toEqual(['arteries']);
    expect(ids({ ...all, query: 'mk-7' })).toEqual(['mk7']);
    expect(ids({ ...all, query: 'ménaquinone' })).toEqual(['menaq']);
  });

  it('needs every word of the query, in any order', () => {
    expect(ids({ ...all, query: 'calcium arteries' })).toEqual(['arteries']);
    expect(ids({ ...all, query: 'calcium warfarin' })).toEqual([]);
  });

  it('filters by grade and topic, together with the query', () => {
    expect(ids({ ...all, grade: 'unproven' })).toEqual(['mk7']);
    expect(ids({ ...all, topic: 'heart' })).toEqual(['arteries']);
    expect(ids({ query: 'vitamin', grade: 'established', topic: 'safety' })).toEqual(['warfarin']);
    expect(ids({ query: 'vitamin', grade: 'established', topic: 'heart' })).toEqual([]);
  });

  it('finds every shipped entry by its own claim', () => {
    for (const e of CATALOGUE)
      expect(filterEntries(CATALOGUE, { ...all, query: e.claim }).map((x) => x.id)).toContain(e.id);
  });
});

describe('entriesByTopic', () => {
  it('groups in the catalogue topic order and drops empty topics', () => {
    const groups = entriesByTopic([
      entry({ id: 'h', topic: 'heart' }),
      entry({ id: 'b', topic: 'bone' }),
      entry({ id: 'h2', topic: 'heart' }),
    ]);
    expect(groups.map((g) => [g.topic, g.entries.map((e) => e.id)])).toEqual([
      ['bone', ['b']],
      ['heart', ['h', 'h2']],
    ]);
  });
});

describe('entryIdFromHash', () => {
  it('reads entry ids and refuses anything else', () => {
    expect(entryIdFromHash('#k2-directs-calcium-to-bone')).toBe('k2-directs-calcium-to-bone');
    expect(entryIdFromHash('')).toBeNull();
    expect(entryIdFromHash('#<img src=x>')).toBeNull();
    expect(entryIdFromHash('#%E0%A4%A')).toBeNull();
  });
});
