import type { Grade } from '../grades';

/** A run of text from one block of a document, with its offset in the document's text. */
export interface TextBlock {
  /** The block's text exactly as extracted. */
  readonly text: string;
  /** Offset of the block's first character in the document's text. */
  readonly start: number;
  /** True for headings (h1-h6, dt, table headers): their subject carries to what follows. */
  readonly heading?: boolean;
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
  /** The id of the rule that matched (entry rule, or the finder's claim rule when unmatched). */
  readonly ruleId: string | null;
  /** Why the rule matched, in words, carried through to the tooltip. */
  readonly reason: string | null;
  /** The sentence hedges ("may support", "could help"). */
  readonly hedged: boolean;
  /** The sentence negates its claim ("does not prevent"). */
  readonly negated: boolean;
  /**
   * Set when the sentence does not name D/K2 itself ("It also helps...", a list item under
   * "Benefits of K2:"): the subject carried from its context, e.g. "vitamin K2".
   */
  readonly subject?: string;
}
