import nlp from 'compromise/one';
import type { Role } from './concept';
import { CONCEPT, isTag, lexiconWords, type Tag } from './lexicon';
import { numberParts } from './numbers';

// Reads a sentence into the parts a claim is built from, with compromise/one: its tokenizer
// (contractions expanded, so "doesn't" gives a "not"), and its lexicon, which our vocabularies
// fill with concept tags. No part-of-speech tagger runs: the vocabularies say what each word is.

/** One concept found in a sentence. */
export interface Part {
  readonly tag: Tag;
  readonly role: Role;
  /** The sentence's own words for it. */
  readonly text: string;
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  /**
   * Inside the scope of a negator: "does not prevent" denies the prevent part. Only what a claim
   * asserts (its action, qualifiers and evidence) is denied; "not safe with blood thinners" still
   * names blood thinners.
   */
  readonly negated: boolean;
  /**
   * Which clause of the sentence it stands in, counting from 0 at each contrast ("but",
   * "although", ";"): "D does not prevent colds, but it supports bones" makes no cold claim.
   */
  readonly clause?: number;
}

let ready = false;
/** Fills compromise's lexicon once, on first use (not at import: the bundle stays cheap to load). */
function prepare(): void {
  if (ready) return;
  nlp.plugin({ words: lexiconWords() });
  ready = true;
}

// Hyphens, slashes, pluses and brackets separate words for the lexicon ("MK-7", "D3/K2",
// "25(OH)D"); each is replaced by one space, so offsets stay those of the sentence.
const SEPARATORS = /[-‐‑–—/+()[\]{}_]/g;

interface RawTerm {
  readonly text?: unknown;
  readonly tags?: unknown;
  readonly pre?: unknown;
  readonly post?: unknown;
  readonly implicit?: unknown;
  readonly normal?: unknown;
  readonly offset?: { readonly start?: unknown; readonly length?: unknown };
}

/** A token as the reader needs it: its tags, offsets and the punctuation around it. */
interface Term {
  readonly tags: readonly Tag[];
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation after the term that ends a clause (",", ";", ":"). */
  readonly clauseEnd: boolean;
  /** A semicolon after the term. */
  readonly semicolon: boolean;
}

function termsOf(sentence: string): Term[] {
  prepare();
  const json: unknown = nlp(sentence.replace(SEPARATORS, ' ')).json({ offset: true });
  if (!Array.isArray(json)) return [];
  const terms: Term[] = [];
  for (const s of json as { terms?: unknown }[]) {
    if (!Array.isArray(s.terms)) continue;
    for (const t of s.terms as RawTerm[]) {
      const start = typeof t.offset?.start === 'number' ? t.offset.start : 0;
      const length = typeof t.offset?.length === 'number' ? t.offset.length : 0;
      const tags = Array.isArray(t.tags)
        ? (t.tags as unknown[]).filter((x): x is Tag => typeof x === 'string' && isTag(x))
        : [];
      const implicit = typeof t.implicit === 'string' ? t.implicit : '';
      const normal = typeof t.normal === 'string' ? t.normal : '';
      terms.push({
        tags,
        word: (implicit || normal).toLowerCase(),
        start,
        end: start + length,
        clauseEnd: typeof t.post === 'string' && /[,;:!?.]/.test(t.post),
        semicolon: typeof t.post === 'string' && t.post.includes(';'),
      });
    }
  }
  return terms;
}

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

/** The roles a negator denies; the who and what of a claim stay what they are. */
const DENIABLE: ReadonlySet<Role> = new Set(['does', 'how', 'evidence']);
/** How many terms after a negator it can reach ("does not really help to prevent"). */
const SCOPE = 8;

/** A negator and the terms it reaches. */
interface Scope {
  /** Where the negator stands: a phrase that holds it ("cannot overdose", "no side effects") is not denied by it. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** The negators of a sentence and the terms each denies. */
function negations(terms: readonly Term[]): Scope[] {
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

/** What a bare "for" can promise: "K2 for heart health", "D3 + K2: a duo for immunity". */
const PURPOSE_TARGETS: ReadonlySet<Role> = new Set(['what']);
const NOT_A_PURPOSE: ReadonlySet<Tag> = new Set([
  'Food',
  'Level',
  'Children',
  'Pregnancy',
  'Medication',
  'Anticoagulant',
  'DOAC',
  'Sun',
  'SkinOrgan',
  'Calcium',
  'Proteins',
]);

/**
 * Titles and labels say what a vitamin is for without a verb ("Vitamin K2 for Heart Health"):
 * in a sentence with no action of its own, "for" before a body system or condition supports it.
 */
function purposeOf(terms: readonly Term[], parts: readonly Part[]): Part | null {
  if (parts.some((p) => p.role === 'does' && p.tag !== 'Together')) return null;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (term?.word !== 'for' || term.tags.length) continue;
    const target = terms
      .slice(i + 1, i + 8)
      .some((t) => t.tags.some((tag) => PURPOSE_TARGETS.has(CONCEPT[tag].role) && !NOT_A_PURPOSE.has(tag)));
    if (target)
      return { tag: 'Support', role: 'does', text: 'for', start: term.start, end: term.end, negated: false };
  }
  return null;
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
function clauseStarts(terms: readonly Term[]): number[] {
  const starts: number[] = [];
  terms.forEach((term, i) => {
    if (startsClause(terms, i)) starts.push(term.start);
    else if (term.semicolon && terms[i + 1]) starts.push(terms[i + 1]?.start ?? term.end);
  });
  return starts;
}

/** The parts of a sentence, in order: consecutive terms of one concept make one part; numbers add theirs. */
export function readParts(sentence: string): Part[] {
  const terms = termsOf(sentence);
  const scopes = negations(terms);
  const parts: Part[] = [];
  const open = new Map<Tag, { start: number; end: number; first: number; last: number }>();
  const close = (tag: Tag) => {
    const p = open.get(tag);
    if (!p) return;
    const role = CONCEPT[tag].role;
    const negated =
      DENIABLE.has(role) &&
      scopes.some((n) => p.first < n.to && p.last >= n.from && (n.at < p.start || n.at >= p.end));
    parts.push({ tag, role, text: sentence.slice(p.start, p.end), start: p.start, end: p.end, negated });
    open.delete(tag);
  };
  terms.forEach((term, i) => {
    for (const tag of [...open.keys()])
      if (!term.tags.includes(tag) || open.get(tag)?.last !== i - 1) close(tag);
    for (const tag of term.tags) {
      const p = open.get(tag);
      if (p) {
        p.end = term.end;
        p.last = i;
      } else open.set(tag, { start: term.start, end: term.end, first: i, last: i });
    }
  });
  for (const tag of [...open.keys()]) close(tag);
  const purpose = purposeOf(terms, parts);
  if (purpose) parts.push(purpose);
  parts.push(...numberParts(sentence));
  const starts = clauseStarts(terms);
  return parts
    .map((p) => {
      const clause = starts.filter((at) => at <= p.start).length;
      return clause ? { ...p, clause } : p;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
