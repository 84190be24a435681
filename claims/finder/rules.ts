import type { Entry, Rule } from '../schema';
import { VOCABULARY, wholeWords } from './vocabulary';

/** A rule compiled once into regular expressions, with the entry it points to. */
export interface CompiledRule {
  readonly entry: Entry;
  readonly rule: Rule;
  readonly all: readonly RegExp[];
  readonly none: readonly RegExp[];
  /** Higher wins when several rules match one sentence. */
  readonly weight: number;
}

/** Expands `{MACRO}` names from the vocabulary; an unknown macro is a catalogue bug and throws. */
export function expandMacros(pattern: string): string {
  return pattern.replace(/\{([A-Z0-9]+)\}/g, (_, name: string) => {
    const source = VOCABULARY[name];
    if (source === undefined)
      throw new Error(`unknown vocabulary macro {${name}} in rule pattern ${pattern}`);
    return source;
  });
}

/**
 * One RegExp per distinct pattern, shared by the rules that use it: V8 compiles each RegExp object
 * on first use, and the catalogue's 314 patterns are only 175 distinct ones.
 */
const compiled = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = compileOne(pattern);
    compiled.set(pattern, re);
  }
  return re;
}

/** A letter that would only match itself without the i flag: not inside an escape (`\S`, `\u00AA`, `\p{L}`). */
const UPPER_CASE = /\\(?:[pP]\{[^}]*\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|.)|([A-Z])/g;

function compileOne(pattern: string): RegExp {
  const source = expandMacros(pattern);
  for (const [, letter] of source.matchAll(UPPER_CASE))
    if (letter)
      throw new Error(`rule pattern has an upper-case "${letter}": write it lower-case (${pattern})`);
  // Compiled without the i flag and tested against the lower-cased sentence (see bestRule): V8
  // compiles a case-insensitive expression into one that tries both cases of every letter, which
  // made compiling the patterns, the bulk of the first analysis after the background starts, take
  // about half again as long. Word boundaries at both ends unless the pattern brings its own anchors.
  return wholeWords(source, '');
}

/** A pattern that is only a vitamin name ("{K2}"): every candidate sentence passes it. */
const isNameOnly = (pattern: string) => /^\{[A-Z0-9]+\}$/.test(pattern);

/** Compiles every rule of the catalogue; done once per finder. */
export function compileRules(entries: readonly Entry[]): CompiledRule[] {
  const compiled = entries.flatMap((entry) =>
    entry.rules.map((rule) => ({
      entry,
      rule,
      // Topic patterns first: they rule most sentences out, the vitamin names almost none.
      all: [...rule.all].sort((a, b) => Number(isNameOnly(a)) - Number(isNameOnly(b))).map(compile),
      none: (rule.none ?? []).map(compile),
      // More required patterns means a more specific rule.
      weight: rule.all.length * 10 + (rule.priority ?? 0),
    })),
  );
  // Heaviest first (a stable sort keeps catalogue order among equals), so `bestRule` stops testing
  // patterns as soon as one rule matches.
  return compiled.sort((a, b) => b.weight - a.weight);
}

/** The best rule matching a normalised sentence, or null. */
export function bestRule(rules: readonly CompiledRule[], sentence: string): CompiledRule | null {
  // The patterns are compiled case-sensitively and written in lower case (see compileOne).
  const lower = sentence.toLowerCase();
  let best: CompiledRule | null = null;
  for (const r of rules) {
    if (best && r.weight <= best.weight) continue;
    if (r.all.every((re) => re.test(lower)) && !r.none.some((re) => re.test(lower))) best = r;
  }
  return best;
}
