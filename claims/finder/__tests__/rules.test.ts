import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../catalogue';
import { bestRule, compileRules } from '../rules';
import { withoutUnicodeClasses } from '../vocabulary';
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

  it('refuse an upper-case letter in a pattern, which would never match the lower-cased sentence', () => {
    const [entry] = TEST_ENTRIES;
    if (!entry) throw new Error('no test entry');
    const bad = { ...entry, rules: [{ ...entry.rules[0], all: [String.raw`Bones\S*`], reason: 'test' }] };
    expect(() => compileRules([bad as typeof entry])).toThrow(/upper-case "B"/);
    const escapes = {
      ...entry,
      rules: [{ ...entry.rules[0], all: [String.raw`bones\S*\W\u00C0`], reason: 'test' }],
    };
    expect(() => compileRules([escapes as typeof entry])).not.toThrow();
  });

  it('match a sentence in any case', () => {
    const match = (s: string) => bestRule(rules, s)?.entry.id ?? null;
    const plain = match('vitamin k2 directs calcium to your bones');
    expect(plain).not.toBeNull();
    expect(match('Vitamin K2 Directs Calcium To Your Bones')).toBe(plain);
    expect(match('VITAMIN K2 DIRECTS CALCIUM TO YOUR BONES')).toBe(plain);
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

describe('rewriting Unicode classes for expressions compiled without the u flag', () => {
  const pairs = [
    String.raw`(?:^|[^\p{L}\p{N}])bones(?![\p{L}\p{N}])`,
    String.raw`(?:^|[^\p{L}'’])me(?![\p{L}])`,
    String.raw`\p{L}{2,}itis`,
  ];

  it('matches as the Unicode original does, on English and accented text', () => {
    const texts = [
      'strong bones',
      'bonesaw',
      'xbones!',
      'é bones',
      'ébones',
      "it's me",
      'meme',
      'arthritis',
      'a itis',
      'Ñitis',
    ];
    for (const source of pairs) {
      const unicode = new RegExp(source, 'iu');
      const plain = new RegExp(withoutUnicodeClasses(source), 'i');
      for (const t of texts) expect(plain.test(t), `${source} on ${t}`).toBe(unicode.test(t));
    }
  });

  it('refuses a class it cannot rewrite', () => {
    expect(() => withoutUnicodeClasses(String.raw`^\p{Lu}`)).toThrow(/without Unicode mode/);
  });
});
