import nlp from 'compromise/one';
import { isTag, lexiconWords, type Tag } from './lexicon';

// A sentence's tokens as the reader needs them, from compromise/one's tokenizer (contractions
// expanded, so "doesn't" gives a "not") and its lexicon, which our vocabularies fill with concept tags.

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
export interface Term {
  readonly tags: readonly Tag[];
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation after the term that ends a clause (",", ";", ":"). */
  readonly clauseEnd: boolean;
  /** A semicolon after the term. */
  readonly semicolon: boolean;
}

export function termsOf(sentence: string): Term[] {
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
