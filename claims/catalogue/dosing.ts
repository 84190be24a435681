import type { Entry } from '../schema';
import { ENDOCRINE_2024, IOM_2011, KNAPEN_2013, KNAPEN_2015, ODS_D, ODS_K } from './sources';

const REVIEWED = '2026-12-07';

/** Claims about doses, limits and blood levels. */
export const dosing: Entry[] = [
  {
    id: 'd-upper-limit-4000-iu',
    claim: 'The upper limit for vitamin D is 4,000 IU (100 µg) a day for adults.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'established',
    gradeReason:
      'The Institute of Medicine set it in 2011 and every agency repeats it; children’s limits are lower.',
    verdict: 'True for adults and children from 9; younger children have lower limits.',
    explanation:
      'The Institute of Medicine set the tolerable upper intake of vitamin D at 4,000 IU (100 µg) a day from age 9, and lower for younger children: 1,000 IU for young babies up to 3,000 IU at 4-8 years. It is the most that is unlikely to harm almost anyone, not a target.',
    sources: [IOM_2011, ODS_D],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-upper-limit',
        who: ['D'],
        all: [['Limit']],
        none: ['DoseOverLimit', 'NoLimit'],
        priority: 2,
        reason: 'States the upper limit for vitamin D.',
      },
    ],
    examples: [
      'The tolerable upper limit for vitamin D is 4,000 IU per day.',
      'Adults should not exceed 100 mcg of vitamin D a day, the upper limit.',
      'The safe upper limit of vitamin D for adults is 4,000 IU daily.',
    ],
  },
  {
    id: 'd-dosing-guidance',
    claim:
      'Usual vitamin D doses: 400-800 IU for children and most adults, up to 2,000 IU, more for a diagnosed deficiency.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'established',
    gradeReason:
      'These are the reference intakes (IOM) and the usual treatment doses in guidelines for deficiency.',
    verdict: 'In line with the reference intakes and with how deficiency is treated.',
    explanation:
      'The reference intake is 400 IU a day for babies, 600 IU for children and adults and 800 IU over 70. Doctors treat a diagnosed deficiency with higher doses for a few weeks, such as 50,000 IU a week, then a daily maintenance dose. Doses above 4,000 IU a day are for medical supervision.',
    sources: [IOM_2011, ODS_D, ENDOCRINE_2024],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-recommended-dose',
        who: ['D'],
        all: [['Intake', 'DoseAdvice', 'Recommend', 'Need', 'Dose'], ['DoseD']],
        none: ['DoseOverLimit', 'Safe', 'SafeAbsolute'],
        reason: 'States a recommended or usual vitamin D dose within the limits.',
      },
      {
        id: 'd-deficiency-dose',
        who: ['D'],
        all: [['Deficient', 'Treat'], ['DoseD']],
        none: ['Safe', 'SafeAbsolute'],
        reason: 'States a dose used to treat vitamin D deficiency.',
      },
      {
        id: 'd-intake',
        who: ['D'],
        all: [['Intake']],
        none: ['DoseOverLimit', 'Safe', 'SafeAbsolute'],
        reason: 'States the recommended intake of vitamin D.',
      },
    ],
    examples: [
      'The recommended daily dose of vitamin D for infants is 400 IU.',
      'Adults need 600 to 800 IU of vitamin D a day.',
      'Vitamin D deficiency is often treated with 50,000 IU weekly for eight weeks.',
    ],
  },
  {
    id: 'd-target-level-30-ng-ml',
    claim: 'Aim for a blood vitamin D level of at least 30 ng/mL (75 nmol/L).',
    topic: 'dosing',
    kind: 'dose',
    grade: 'mixed',
    gradeReason:
      'Some societies and our sources use 30 ng/mL, the IOM considers 20 ng/mL enough, and the Endocrine Society’s 2024 guideline sets no target at all.',
    verdict: 'Experts disagree: 20 ng/mL is enough for bones by some, and the 2024 guideline sets no target.',
    explanation:
      'Some doctors aim for 30 ng/mL (75 nmol/L) or more. The Institute of Medicine judged 20 ng/mL (50 nmol/L) enough for bone health, and the Endocrine Society’s 2024 guideline sets no target and advises against routine testing of healthy people.',
    sources: [ENDOCRINE_2024, IOM_2011],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-level-target',
        who: ['D'],
        all: [['LevelNumber']],
        reason: 'States a target blood level of vitamin D.',
      },
    ],
    examples: [
      'Aim for a vitamin D blood level of at least 30 ng/mL.',
      'Optimal 25(OH)D levels are between 40 and 60 ng/mL.',
      'Keep your vitamin D above 75 nmol/L.',
    ],
  },
  {
    id: 'k2-dose-100-200-mcg',
    claim: 'An effective K2 dose is about 100-200 µg a day.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'mixed',
    gradeReason:
      'Trials used 180 µg of MK-7 and moved bone-density and stiffness markers; no dose has been shown to prevent disease, and no official intake exists for K2 alone.',
    verdict: 'The dose trials used; no dose is shown to prevent disease.',
    explanation:
      'The Dutch trials used 180 µg of MK-7 a day and saw slower bone loss and less arterial stiffness, both markers. There is no official recommended intake for K2 on its own, and no dose has been shown to prevent fractures or heart disease.',
    caution:
      'If you take warfarin or another vitamin K antagonist, do not start, stop or change vitamin K without your doctor: even small doses change how it works.',
    sources: [KNAPEN_2013, KNAPEN_2015, ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-dose',
        who: ['K'],
        all: [['DoseK'], ['DoseAdvice', 'Recommend', 'Need', 'Support', 'Dose', 'Should']],
        none: ['Anticoagulant', 'Evidence'],
        reason: 'States a K2 dose as typical, effective or recommended.',
      },
    ],
    examples: [
      'Most experts recommend 100-200 mcg of vitamin K2 daily.',
      'An effective dose of MK-7 is 180 mcg per day.',
      'You should take 90-180 mcg of K2 with your vitamin D.',
    ],
  },
  {
    id: 'k-adequate-intake-90-120-mcg',
    claim: 'The adequate intake of vitamin K is 90 µg a day for women and 120 µg for men.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'established',
    gradeReason: 'The Institute of Medicine’s adequate intakes for vitamin K (all forms).',
    verdict: 'True: these are the official adequate intakes for all vitamin K.',
    explanation:
      'The Institute of Medicine set adequate intakes for vitamin K of 90 µg a day for women and 120 µg for men. They cover all forms, mostly K1 from greens; there is no separate figure for K2.',
    sources: [ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-adequate-intake',
        who: ['K'],
        // A label's "K2 120 mcg" is a dose, not a statement of the intake: it needs the word.
        all: [['Intake', 'Need', 'Should', 'Recommend', 'Guideline'], ['DoseKIntake']],
        priority: 2,
        reason: 'States the official adequate intake of vitamin K.',
      },
    ],
    examples: [
      'The adequate intake of vitamin K is 90 mcg for women and 120 mcg for men.',
      'The recommended daily intake of vitamin K for adult men is 120 mcg.',
      'The RDA for vitamin K is 90 mcg a day for women.',
    ],
  },
  {
    id: 'k2-no-upper-limit',
    claim: 'No upper limit has been set for vitamin K or K2.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'established',
    gradeReason:
      'The IOM set no upper limit because no harm was reported at high intakes in healthy people; this does not apply to people on warfarin.',
    verdict: 'True for healthy people; people on warfarin are the exception.',
    explanation:
      'No harm has been reported from high vitamin K intakes in healthy people, so no upper limit is set. That says nothing about people on warfarin-type blood thinners, for whom even small amounts matter.',
    caution:
      'If you take warfarin or another vitamin K antagonist, do not start, stop or change vitamin K without your doctor: even small doses change how it works.',
    sources: [ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-no-limit',
        who: ['K'],
        all: [['NoLimit']],
        reason: 'Says no upper limit is set for vitamin K.',
      },
      {
        id: 'k-limit-not-set',
        who: ['K'],
        all: [],
        denied: [['Limit']],
        reason: 'Says no upper limit has been established for vitamin K.',
      },
    ],
    examples: [
      'No upper limit has been established for vitamin K2.',
      'Vitamin K2 has no established upper limit.',
      'There is no tolerable upper intake level for vitamin K.',
    ],
  },
];
