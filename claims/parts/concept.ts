// What a concept of the vocabularies is: a tag, the part of a claim it plays, its words.

/**
 * The parts a claim is built from: who it is about, what it does, what for, how strongly, and
 * what it says of the evidence. `not` marks negators, which scope over the parts after them.
 */
export const ROLES = ['who', 'does', 'what', 'how', 'evidence', 'not'] as const;

/** One of the parts a claim is built from. */
export type Role = (typeof ROLES)[number];

/** One concept: every word and phrase that stands for it, lower-case, hyphens as spaces. */
export interface Concept<T extends string = string> {
  /** Its name in catalogue entries' combinations, e.g. 'Prevent'. */
  readonly tag: T;
  readonly role: Role;
  /** How a tooltip names it: "prevents", "bone density". */
  readonly label: string;
  readonly words: readonly string[];
}

/** Builds a concept; `words` may hold lists from `verb()` and `noun()`. */
export function concept<const T extends string>(
  tag: T,
  role: Role,
  label: string,
  ...words: readonly (string | readonly string[])[]
): Concept<T> {
  return { tag, role, label, words: words.flat() };
}
