import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../catalogue';
import { bestRule, compileRules } from '../rules';
import { TEST_ENTRIES } from './helpers';

// Rule patterns are compiled without the u flag, with a short letter class for word edges (see
// WORD_CHAR in vocabulary.ts): fast to compile, and it must still respect word edges in any script.

describe('compiled rules', () => {
  const rules = compileRules(CATALOGUE);

  it('compile every catalogue pattern', () => {
    expect(rules.length).toBeGreaterThan(50);
  });

  it('refuse a pattern that needs Unicode mode instead of misreading it', () => {
    const [entry] = TEST_ENTRIES;
    if (!entry) throw new Error('no test entry');
    const bad = {
      ...entry,
      rules: [{ ...entry.rules[0], all: [String.raw`\p{Lu}+ bones`], reason: 'test' }],
    };
    expect(() => compileRules([bad as typeof entry])).toThrow(/Unicode mode/);
  });

  it('match whole words only, next to accented and non-Latin letters too', () => {
    const match = (s: string) => bestRule(rules, s)?.entry.id ?? null;
    const plain = match('vitamin k2 directs calcium to your bones');
    expect(plain).not.toBeNull();
    // A letter glued to the front of a word ("é", "ж", "素") stops the word from matching there.
    for (const glued of ['évitamin', 'жvitamin', '素vitamin'])
      expect(match(`${glued} k2 directs calcium to your bones`)).toBe(
        match('xvitamin k2 directs calcium to your bones'),
      );
    expect(match('vitamin k2 directs calcium to your bones.')).toBe(plain);
  });
});
