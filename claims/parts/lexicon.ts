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
  const whoWords = CONCEPTS.filter((c) => c.role === 'who');
  const whatWords = CONCEPTS.filter((c) => c.role === 'what');
  const own = (tags: readonly Tag[]) => tags.some((t) => CONCEPT[t].role === 'what');
  for (const [key, tags] of Object.entries(words)) {
    if (!key.includes(' ')) continue;
    const contained = [...whoWords, ...(own(tags) ? [] : whatWords)];
    for (const c of contained)
      if (!tags.includes(c.tag) && c.words.some((w) => w !== key && ` ${key} `.includes(` ${w} `)))
        tags.push(c.tag);
  }
  return words;
}
