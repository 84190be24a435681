import type { Tag } from '../parts/lexicon';

// Groups of concepts that several entries' combinations name, kept here so they stay the same.

/** Conditions and outcomes a claim can promise: a sentence naming one claims more than a mechanism. */
export const OUTCOMES = [
  'HeartEvent',
  'Osteoporosis',
  'Fracture',
  'Immune',
  'Infection',
  'Covid',
  'Inflammation',
  'Autoimmune',
  'Mood',
  'Muscle',
  'Sport',
  'Kidney',
  'Falls',
  'Energy',
  'Longevity',
  'Cancer',
  'Diabetes',
  'Brain',
  'Skin',
  'Sleep',
  'Hormones',
  'Weight',
  'Eyes',
  'Pain',
  'Gut',
  'DentalDisease',
] as const satisfies readonly Tag[];

/** The words for what a claim says the vitamin does for an outcome: supports, prevents, treats, is linked with. */
export const EFFECTS = ['Support', 'Prevent', 'Treat', 'Raise', 'Link'] as const satisfies readonly Tag[];

/** The mechanism's own words: a sentence with these describes how calcium is handled. */
export const MECHANISM = [
  'Direct',
  'Away',
  'Activate',
  'Proteins',
  'Absorb',
  'Calcium',
] as const satisfies readonly Tag[];
