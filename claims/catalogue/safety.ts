import type { Entry } from '../schema';

/** Claims about safety, side effects and drug interactions. */
export const safety: Entry[] = [
  {
    id: 'vitamin-k-interferes-with-warfarin',
    claim: 'Vitamin K interferes with warfarin and similar blood thinners.',
    topic: 'safety',
    kind: 'safety',
    grade: 'established',
    verdict: 'True: vitamin K works against warfarin; talk to your doctor first.',
    explanation:
      'Warfarin works by blocking vitamin K, so extra vitamin K, K2 included, can weaken its effect and change blood-clotting tests. The guideline summaries list warfarin use as a reason to check with a doctor before starting K2. Newer blood thinners that do not act on vitamin K are not affected in the same way.',
    caution:
      'If you take warfarin (Coumadin) or another vitamin K antagonist, do not start K2 without your doctor.',
    sources: [
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Contraindication screen: warfarin use (vitamin K antagonizes warfarin)',
      },
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Safety section; cites the AHA/ACC guide to warfarin therapy',
      },
    ],
    reviewed: '2026-11-21',
    rules: [
      {
        id: 'k-warfarin',
        all: ['{K}', '(?:warfarin|coumadin|blood[\\s-]?thinn\\w*|anticoagul\\w*|vitamin k antagonists?)'],
        reason: 'Names vitamin K together with warfarin or blood thinners.',
      },
    ],
    examples: [
      'Vitamin K can interfere with blood-thinning medications like warfarin.',
      'If you take anticoagulants, talk to your doctor before taking K2.',
      'K2 may reduce the effect of Coumadin.',
    ],
  },
];
