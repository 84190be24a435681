import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRADES } from '../../../claims/grades';
import { ROLES } from '../../../claims/parts/concept';
import { contentMessageSchema, findingSchema } from '../../messages';
import {
  isFinding,
  parseEntryDetails,
  parseFindings,
  parsePageMessage,
  parseShortcuts,
  shortcutHint,
} from '../message-checks';

// The content script checks messages by hand (no zod on every page); these properties hold each
// hand check to the zod schema it stands in for, on valid, near-valid and random values.

const finding = fc.record({
  text: fc.string(),
  start: fc.nat(),
  end: fc.nat(),
  claimId: fc.option(fc.string(), { nil: null }),
  grade: fc.option(fc.constantFrom(...GRADES), { nil: null }),
  ruleId: fc.option(fc.string(), { nil: null }),
  reason: fc.option(fc.string(), { nil: null }),
  hedged: fc.boolean(),
  negated: fc.boolean(),
  voice: fc.option(fc.constant('customer' as const), { nil: undefined }),
  parts: fc.option(
    fc.array(
      fc.record(
        { role: fc.constantFrom(...ROLES), label: fc.string(), text: fc.string(), negated: fc.boolean() },
        { requiredKeys: ['role', 'label', 'text'] },
      ),
      { maxLength: 5 },
    ),
    { nil: undefined },
  ),
});
/** Values near a valid one: a field replaced by anything, or dropped. */
const mutated = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, fc.nat(), fc.anything(), fc.boolean()).map(([value, n, other, drop]) => {
    const keys = Object.keys(value);
    const key = keys[n % keys.length] ?? 'x';
    const copy: Record<string, unknown> = Object.fromEntries(
      Object.entries(value).filter(([k]) => k !== key),
    );
    if (!drop) copy[key] = other;
    return copy;
  });
const oddNumbers = fc.constantFrom(-1, 1.5, NaN, Infinity, 2 ** 60, '3');

describe('isFinding', () => {
  it('accepts exactly what findingSchema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(finding, mutated(finding), fc.anything()), (value) => {
        expect(isFinding(value)).toBe(findingSchema.safeParse(value).success);
      }),
      { numRuns: 2_000 },
    );
  });

  it('rejects odd numbers as offsets', () => {
    fc.assert(
      fc.property(finding, oddNumbers, (f, n) => {
        expect(isFinding({ ...f, start: n })).toBe(findingSchema.safeParse({ ...f, start: n }).success);
      }),
    );
  });
});

describe('parseFindings', () => {
  it('returns the findings with only their known fields', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 5 }), (list) => {
        const withExtra = list.map((f) => ({ ...f, extra: 1 }));
        expect(parseFindings(withExtra)).toEqual(list);
      }),
    );
  });

  it('throws on anything that is not a list of findings', () => {
    expect(() => parseFindings(null)).toThrow();
    expect(() => parseFindings([{ text: 'x' }])).toThrow();
  });
});

describe('parsePageMessage', () => {
  const message = fc.oneof(
    fc.record({ type: fc.constant('reveal'), index: fc.oneof(fc.nat(), oddNumbers) }),
    fc.record({ type: fc.constant('set-marks-hidden'), hidden: fc.oneof(fc.boolean(), fc.anything()) }),
    fc.record({
      type: fc.constant('step-claim'),
      step: fc.oneof(fc.constantFrom(1, -1, 0, 2, '1'), fc.anything()),
    }),
    fc.record({ type: fc.constant('page-status') }),
    fc.record({ type: fc.constant('page-status'), extra: fc.anything() }),
    fc.record({ type: fc.string(), index: fc.nat() }),
  );

  it('accepts exactly what contentMessageSchema accepts, and returns the same message', () => {
    fc.assert(
      fc.property(fc.oneof(message, mutated(message), fc.anything()), (value) => {
        const zod = contentMessageSchema.safeParse(value);
        expect(parsePageMessage(value)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('parseEntryDetails', () => {
  const entry = {
    id: 'k2-directs-calcium-to-bone',
    claim: 'Vitamin K2 directs calcium to the bones.',
    grade: 'plausible',
    verdict: 'A sound mechanism.',
    explanation: 'Because.',
    sources: [
      {
        name: 'AVADEC trial',
        url: 'https://pubmed.ncbi.nlm.nih.gov/35465686/',
        finding: 'No effect.',
        seed: '001_2d378ed62aa9e527.txt',
      },
    ],
    reviewed: '2026-11-21',
    match: [],
  };

  it('keeps what the tooltip shows and drops the rest', () => {
    const parsed = parseEntryDetails(entry);
    expect(parsed).toMatchObject({ id: entry.id, grade: 'plausible' });
    expect(parsed?.sources).toEqual([
      { name: 'AVADEC trial', url: 'https://pubmed.ncbi.nlm.nih.gov/35465686/', finding: 'No effect.' },
    ]);
    expect(parsed).not.toHaveProperty('match');
    expect(parseEntryDetails({ ...entry, caution: 'Careful.' })?.caution).toBe('Careful.');
  });

  it('refuses a malformed or missing entry', () => {
    expect(parseEntryDetails(null)).toBeNull();
    expect(parseEntryDetails({ ...entry, grade: 'great' })).toBeNull();
    expect(parseEntryDetails({ ...entry, sources: [{ seed: 1 }] })).toBeNull();
    // The tooltip makes a link of the source: a page could not slip it a script or a plain-http link.
    const link = (url: string) => ({ ...entry, sources: [{ name: 'x', url, finding: 'y' }] });
    expect(parseEntryDetails(link('javascript:alert(1)'))).toBeNull();
    expect(parseEntryDetails(link('http://example.org'))).toBeNull();
    expect(parseEntryDetails({ ...entry, caution: 3 })).toBeNull();
  });
});

describe('the keyboard hint', () => {
  it("names the browser's own keys, and nothing where none is set", () => {
    expect(shortcutHint(parseShortcuts({ next: 'Alt+Shift+N', previous: 'Alt+Shift+P' }))).toBe(
      'Alt+Shift+N / Alt+Shift+P: next / previous claim',
    );
    expect(shortcutHint(parseShortcuts({ next: 'Ctrl+Period', previous: '' }))).toBe(
      'Ctrl+Period: next claim',
    );
    expect(shortcutHint(parseShortcuts({ next: '', previous: '' }))).toBeNull();
    expect(shortcutHint(parseShortcuts(null))).toBeNull();
    expect(shortcutHint(parseShortcuts({ next: 5, previous: 'x'.repeat(41) }))).toBeNull();
  });
});
