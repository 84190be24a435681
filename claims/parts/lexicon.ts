import type { Concept } from './concept';
import { DOES } from './vocabulary/does';
import { HOW } from './vocabulary/how';
import { WHAT } from './vocabulary/what';
import { WHO } from './vocabulary/who';

/** Every concept of the vocabularies, in the order who, does, what, how. */
export const CONCEPTS = [...WHO, ...DOES, ...WHAT, ...HOW] as const;

/** The name of a concept, e.g. 'Prevent' or 'BoneDensity'. */
export type Tag = (typeof CONCEPTS)[number]['tag'];

/** Every tag, for schemas. */
export const TAGS = CONCEPTS.map((c) => c.tag) as [Tag, ...Tag[]];

/** A concept by its tag. */
export const CONCEPT: Readonly<Record<Tag, Concept<Tag>>> = Object.fromEntries(
  CONCEPTS.map((c) => [c.tag, c]),
) as Record<Tag, Concept<Tag>>;

/** Whether a string is a concept's tag (for data read from outside, such as model files). */
export function isTag(value: string): value is Tag {
  return Object.hasOwn(CONCEPT, value);
}

/**
 * compromise's lexicon: each word or phrase and the tags of every concept that lists it. Phrases
 * are matched before their words, so "heart disease" is a heart event and not "heart".
 */
export function lexiconWords(): Record<string, Tag[]> {
  const words: Record<string, Tag[]> = {};
  for (const c of CONCEPTS)
    for (const word of c.words) {
      const tags = (words[word.toLowerCase()] ??= []);
      if (!tags.includes(c.tag)) tags.push(c.tag);
    }
  // A phrase says whom and what it is about too ("without vitamin K2", "puts calcium", "to your
  // bones"): the phrase wins over its words, so a vitamin's tag, and for an action's phrase the tag
  // of what it acts on, are added to it. A phrase of one body system ("heart disease") stays that.
  const contained = new Map<string, Tag[]>();
  for (const c of CONCEPTS)
    if (c.role === 'who' || c.role === 'what')
      for (const w of c.words) {
        const tags = contained.get(w) ?? [];
        if (!tags.includes(c.tag)) contained.set(w, [...tags, c.tag]);
      }
  const own = (tags: readonly Tag[]) => tags.some((t) => CONCEPT[t].role === 'what');
  for (const [key, tags] of Object.entries(words)) {
    const terms = key.split(' ');
    if (terms.length < 2) continue;
    const actionPhrase = !own(tags);
    // Every shorter run of the phrase's words that is a word of its own.
    for (let i = 0; i < terms.length; i++)
      for (let j = i + 1; j <= terms.length; j++) {
        if (j - i === terms.length) continue;
        for (const tag of contained.get(terms.slice(i, j).join(' ')) ?? [])
          if (!tags.includes(tag) && (CONCEPT[tag].role === 'who' || actionPhrase)) tags.push(tag);
      }
  }
  return words;
}
