import type { Entry } from '../schema';

/** Claims about the heart, arteries and cardiovascular events. */
export const heart: Entry[] = [
  {
    id: 'dk-prevent-cardiovascular-events',
    claim: 'Vitamin D3 and K2 prevent heart disease and cardiovascular events.',
    topic: 'heart',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'No trial has shown fewer heart attacks, strokes or deaths from D3 and K2.',
    explanation:
      'The idea comes from the mechanism: activated matrix Gla protein should keep calcium out of arteries. But in the AVADEC trial two years of high-dose K2 with D3 lowered inactive MGP without changing markers of heart risk, and no randomised trial has shown vitamin D supplements prevent cardiovascular events.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'AVADEC trial (2025): 720 µg K2 + 25 µg D3 for 24 months, no effect on cardiac inflammation markers',
      },
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'No randomised controlled trial shows cardiovascular benefit from vitamin D supplementation',
      },
    ],
    reviewed: '2026-11-21',
    rules: [
      {
        id: 'dk-prevent-heart-disease',
        all: [
          '{DK}',
          '{PREVENT}',
          '(?:heart (?:disease|attacks?)|cardiovascular (?:disease|events?|risk)|strokes?|heart health)',
        ],
        reason: 'Names D or K2 and says it prevents or lowers heart disease or events.',
      },
    ],
    examples: [
      'Vitamin D3 and K2 prevent heart disease.',
      'Taking K2 with D3 may reduce your risk of cardiovascular events.',
      'MK-7 protects against heart attacks and strokes.',
    ],
  },
];
