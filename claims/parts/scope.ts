import { CONCEPT } from './lexicon';
import type { Term } from './terms';

// Where a word's reach ends: the terms a negator denies, and the clauses a contrast starts.

/** Words after which a negator does not deny: "not only", "not just", "no doubt", "no wonder". */
const NOT_A_DENIAL = new Set([
  'only',
  'just',
  'merely',
  'simply',
  'doubt',
  'wonder',
  'surprise',
  'secret',
  'coincidence',
  'exception',
  'matter',
]);
/** Words that start a new clause, where a negator's scope ends. */
const CLAUSE_WORDS = new Set([
  'but',
  'while',
  'although',
  'though',
  'whereas',
  'however',
  'yet',
  'because',
  'since',
  'so',
  'instead',
  'which',
  'whilst',
]);
/** Words that start a clause of their own after "and" / "or": "... is not a drug and it strengthens bones". */
const NEW_SUBJECT = new Set(['it', 'they', 'this', 'these', 'that', 'those', 'we', 'you', 'its', 'their']);

/** Whether the term at `k` is an "and" / "or" that joins a new clause with its own subject. */
function joinsClause(terms: readonly Term[], k: number): boolean {
  const word = terms[k]?.word;
  if (word !== 'and' && word !== 'or') return false;
  const next = terms[k + 1];
  return (
    next !== undefined && (NEW_SUBJECT.has(next.word) || next.tags.some((t) => CONCEPT[t].role === 'who'))
  );
}

/** How many terms after a negator it can reach ("does not really help to prevent"). */
const SCOPE = 8;

/** A negator and the terms it reaches. */
export interface Scope {
  /** Where the negator stands: a phrase that holds it ("cannot overdose", "no side effects") is not denied by it. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** The negators of a sentence and the terms each denies. */
export function negations(terms: readonly Term[]): Scope[] {
  const scopes: Scope[] = [];
  terms.forEach((term, i) => {
    if (!term.tags.includes('Negative') || NOT_A_DENIAL.has(terms[i + 1]?.word ?? '') || term.clauseEnd)
      return;
    // A multi-word negator ("fail to", "lack of") is one part: its scope starts after it. A
    // modal before the negator is denied with what follows ("should not take").
    let from = i + 1;
    const before = terms[i - 1];
    const modal = before?.tags.includes('Should') === true;
    while (from < terms.length && terms[from]?.tags.includes('Negative') && from - i < 3) from++;
    let to = from;
    for (let k = from; k < terms.length && k <= i + SCOPE; k++) {
      const t = terms[k];
      if (!t || (CLAUSE_WORDS.has(t.word) && !notYet(terms, k)) || joinsClause(terms, k)) break;
      to = k + 1;
      if (t.clauseEnd) break;
    }
    if (to > from) scopes.push({ at: term.start, from: modal ? i - 1 : from, to });
  });
  return scopes;
}

/** "Not yet shown": "yet" after a negator is part of the denial, not a new clause. */
function notYet(terms: readonly Term[], i: number): boolean {
  return terms[i]?.word === 'yet' && terms[i - 1]?.tags.includes('Negative') === true;
}

/**
 * Words that set one clause against another; a claim's parts are not joined across them. ("However"
 * is mostly an aside between commas: "Without K2, however, this calcium might not reach bone".)
 */
const CONTRAST = new Set(['but', 'whereas', 'although', 'though', 'yet']);
/** Words after "but" that carry on the same subject's predicate ("are slim but include fish"). */
const PREDICATE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
  'can',
  'may',
  'might',
  'could',
  'will',
  'would',
  'should',
  'must',
  'also',
  'not',
]);

/** Whether the contrast word at `i` starts a clause with a subject of its own. */
function startsClause(terms: readonly Term[], i: number): boolean {
  const term = terms[i];
  if (!term || !CONTRAST.has(term.word) || notYet(terms, i)) return false;
  const next = terms[i + 1];
  return (
    next !== undefined && !PREDICATE.has(next.word) && !next.tags.some((t) => CONCEPT[t].role === 'does')
  );
}

/** Where each clause after the first begins: at a contrast that brings its own subject, or after a semicolon. */
export function clauseStarts(terms: readonly Term[]): number[] {
  const starts: number[] = [];
  terms.forEach((term, i) => {
    if (startsClause(terms, i)) starts.push(term.start);
    else if (term.semicolon && terms[i + 1]) starts.push(terms[i + 1]?.start ?? term.end);
  });
  return starts;
}
