import type { Entry } from '../schema';

/** Statements about the evidence itself: "the science is strong", "studies prove". */
export const evidence: Entry[] = [
  {
    id: 'science-is-strong',
    claim: 'The science behind taking D3 and K2 together is strong.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'contradicted',
    verdict: 'Guideline summaries say the opposite: the combination has not shown clear benefits.',
    explanation:
      'Major guideline bodies (EULAR, the American College of Physicians, the USPSTF) do not include K2 in their recommendations, and the summaries we reviewed find no clear advantage of D3 with K2 over D3 alone for bones or the heart. Most supportive data are mechanisms, surrogate markers or high-dose Japanese MK-4 trials.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Clinical recommendation: routine D3 + K2 supplementation is not supported by evidence',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'EULAR, ACP and USPSTF do not include K2 in osteoporosis recommendations',
      },
    ],
    reviewed: '2026-11-21',
    rules: [
      {
        id: 'science-strong',
        all: [
          '(?:science|evidence|research|data|studies)',
          '(?:strong|solid|robust|overwhelming|clear|conclusive|proven|settled)',
        ],
        none: ['\\b(?:not|no|lack|weak|limited|mixed)\\b'],
        reason: 'Says the science or evidence is strong or clear.',
      },
    ],
    examples: [
      'The science supporting vitamin D3 and K2 together is strong.',
      'Research on D3 and K2 is clear: they work better together.',
      'The evidence for K2 with vitamin D is robust and growing.',
    ],
  },
];
