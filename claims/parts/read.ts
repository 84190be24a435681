import type { Role } from './concept';
import { CONCEPT, type Tag } from './lexicon';
import { numberParts } from './numbers';
import { clauseStarts, negations } from './scope';
import { termsOf, type Term } from './terms';

// Reads a sentence into the parts a claim is built from: its terms (terms.ts), tagged by our
// vocabularies, joined into parts, each with whether a negator denies it and the clause it stands
// in (scope.ts). No part-of-speech tagger runs: the vocabularies say what each word is.

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

/** The roles a negator denies; the who and what of a claim stay what they are. */
const DENIABLE: ReadonlySet<Role> = new Set(['does', 'how', 'evidence']);
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
