import { normalize } from './normalize';
import { GATE, LETTERS } from './vocabulary';

// Kept apart from the rest of the finder: the content script that loads on every page imports
// only this file, and the catalogue and NLP load only when it says yes.

// Dashes count too: "MK‑7" with a non-breaking hyphen (U+2011) is common in shop copy.
const HIDING_CHARACTERS =
  /[\u00AD\u034F\u180E\u200B-\u2015\u2060-\u2064\u2212\uFEFF\uFE58\uFE63\uFF0D\u2080-\u2089]/;

/** Whether a text could hold a D/K2 claim at all: the cheap first gate. */
export function passesGate(text: string): boolean {
  // Only pay for normalising when the text has characters that can hide the vocabulary.
  const t = HIDING_CHARACTERS.test(text) ? normalize(text).text : text;
  return GATE.test(t) || LETTERS.test(t);
}
