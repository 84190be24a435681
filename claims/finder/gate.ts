import { normalize } from './normalize';
import { GATE } from './vocabulary';

// Kept apart from the rest of the finder: the content script that loads on every page imports
// only this file, and the catalogue and NLP load only when it says yes.

const HIDING_CHARACTERS = /[\u00AD\u200B-\u200D\u2060\uFEFF\u2080-\u2089]/;

/** Whether a text could hold a D/K2 claim at all: the cheap first gate. */
export function passesGate(text: string): boolean {
  // Only pay for normalising when the text has characters that can hide the vocabulary.
  return GATE.test(HIDING_CHARACTERS.test(text) ? normalize(text).text : text);
}
