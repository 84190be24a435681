import type { Grade } from '../grades';
import type { Role } from '../parts/concept';

/** A run of text from one block of a document, with its offset in the document's text. */
export interface TextBlock {
  /** The block's text exactly as extracted. */
  readonly text: string;
  /** Offset of the block's first character in the document's text. */
  readonly start: number;
  /** True for headings (h1-h6, dt, table headers): their subject carries to what follows. */
  readonly heading?: boolean;
  /** True for a customer's review (the page marks it so: schema.org Review, a reviews section). */
  readonly review?: boolean;
}

/** One part of a claim as the sentence words it, for "why this entry". */
export interface FindingPart {
  readonly role: Role;
  /** The concept's name in plain words: "prevents", "bone density". */
  readonly label: string;
  /** The sentence's own words. */
  readonly text: string;
  readonly negated?: boolean;
}

/** One claim sentence found in a document. */
export interface Finding {
  /** The sentence exactly as it is in the document. */
  readonly text: string;
  /** Offset of the sentence's first character in the document's text. */
  readonly start: number;
  /** Offset just past the sentence's last character. */
  readonly end: number;
  /** The catalogue entry that covers the claim, or null when no entry does ("not yet reviewed"). */
  readonly claimId: string | null;
  /** The entry's grade, or null when unmatched. */
  readonly grade: Grade | null;
  /** The id of the entry's combination that matched, or 'health-claim' when no entry did. */
  readonly ruleId: string | null;
  /** Why the combination matched, in words. */
  readonly reason: string | null;
  /** The words that made the match, each with the part it played: "K2" (who), "directs" (does)... */
  readonly parts?: readonly FindingPart[];
  /** The sentence hedges ("may support", "could help"). */
  readonly hedged: boolean;
  /** The sentence negates its claim ("does not prevent"). */
  readonly negated: boolean;
  /**
   * Set when the sentence does not name D/K2 itself ("It also helps...", a list item under
   * "Benefits of K2:"): the subject carried from its context, e.g. "vitamin K2".
   */
  readonly subject?: string;
  /** Set when the sentence is a customer's words, not the shop's: a review on the page. */
  readonly voice?: 'customer';
}
