import type { Entry } from '../schema';
import { OUTCOMES } from './tags';
import {
  AVADEC_CORONARY,
  EFSA_K_2009,
  EU_CLAIMS,
  ODS_D,
  ODS_K,
  SCHURGERS_2007,
  VITAL,
  D_HEALTH_HEART,
} from './sources';

const REVIEWED = '2026-12-07';

/** Claims about how D and K2 handle calcium. */
export const calcium: Entry[] = [
  {
    id: 'd3-increases-calcium-absorption',
    claim: 'Vitamin D3 increases how much calcium the gut absorbs.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'established',
    gradeReason:
      'Textbook physiology, accepted by every guideline and regulator: active vitamin D switches on calcium uptake in the gut.',
    verdict: 'True: vitamin D is what lets the gut absorb calcium.',
    explanation:
      'The active form of vitamin D switches on calcium uptake in the intestine; with too little vitamin D the body absorbs only a small share of the calcium it eats. Extra vitamin D adds little once you have enough. This says nothing about whether more D prevents fractures in people who are not short of it.',
    sources: [ODS_D, EU_CLAIMS],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-absorbs-calcium',
        who: ['D'],
        all: [['Absorb', 'Use', 'Bioavailable'], ['Calcium']],
        reason: 'Says vitamin D helps the body absorb or use calcium.',
      },
    ],
    examples: [
      'Vitamin D3 helps your body absorb calcium from food.',
      'Vitamin D increases calcium absorption from the gut into the bloodstream.',
      'D3 may boost the uptake of calcium in the intestine.',
      'Vitamin D contributes to normal absorption and utilisation of calcium and phosphorus.',
    ],
  },
  {
    id: 'k2-increases-calcium-absorption',
    claim: 'Vitamin K2 increases how much calcium the body absorbs.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'contradicted',
    gradeReason:
      'Misstates physiology: absorbing calcium from the gut is vitamin D’s job; vitamin K acts on proteins after calcium is absorbed.',
    verdict: 'Mixes up the two vitamins: vitamin D, not K2, raises calcium absorption.',
    explanation:
      'Calcium absorption from food depends on vitamin D. Vitamin K2 works later, switching on proteins that bind calcium in bone and vessel walls. No study shows that K2 makes the gut absorb more calcium.',
    sources: [ODS_K, ODS_D],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-absorbs-calcium',
        who: ['Konly'],
        all: [['Support', 'Raise', 'Better'], ['Absorb'], ['Calcium']],
        none: ['Direct', 'Away', 'Activate', 'Without', 'Deficient'],
        reason: 'Says K2 itself raises calcium absorption.',
      },
    ],
    examples: [
      'Vitamin K2 enhances calcium absorption.',
      'MK-7 helps your body absorb more calcium.',
      'K2 increases intestinal calcium absorption.',
    ],
  },
  {
    id: 'k2-directs-calcium-to-bone',
    claim: 'Vitamin K2 directs calcium into bones and away from arteries.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'plausible',
    gradeReason:
      'The proteins K2 activates do bind calcium in bone and vessel walls, so the mechanism is sound; no trial shows calcium ends up elsewhere in a way that prevents fractures or heart disease.',
    verdict: 'A sound theory, not shown in trials to change fractures or heart disease.',
    explanation:
      'K2 switches on two proteins: osteocalcin in bone and matrix Gla protein in artery walls, and both handle calcium. That is why the "traffic cop" picture makes biological sense. Trials show the proteins get switched on, but not that this prevents fractures or heart disease.',
    sources: [ODS_K, AVADEC_CORONARY, EFSA_K_2009],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-directs-calcium',
        who: ['K'],
        all: [
          ['Direct', 'Away'],
          ['Calcium', 'Bone', 'Teeth'],
        ],
        none: ['Treat'],
        reason: 'Says K2 directs calcium to bones or keeps it out of arteries.',
      },
      {
        id: 'k-uses-calcium',
        who: ['Konly'],
        all: [['Use'], ['Calcium']],
        none: ['Absorb', 'Without', 'Deficient', 'Need'],
        reason: 'Says K2 makes sure calcium is used properly.',
      },
      {
        id: 'without-k-calcium-astray',
        who: ['K'],
        all: [['Without', 'Deficient'], ['Calcium']],
        none: ['HeartEvent', 'Osteoporosis', 'Fracture', 'Harm', 'Activate', 'Proteins', 'Regardless'],
        reason: 'Says that without K2 calcium does not reach the bones.',
      },
    ],
    examples: [
      'Vitamin K2 directs calcium to your bones and teeth.',
      'K2 acts like a traffic cop for calcium, keeping it out of your arteries.',
      'MK-7 may help guide calcium into the bones where it belongs.',
      'K2 helps make sure calcium is deposited in bone rather than in blood vessels.',
    ],
  },
  {
    id: 'd-directs-calcium',
    claim: 'Vitamin D itself keeps calcium out of the arteries.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'unproven',
    gradeReason:
      'No study shows vitamin D keeps calcium out of arteries; too much vitamin D does the opposite in animals.',
    verdict: 'Mixes up the two vitamins: D raises calcium absorption, it does not steer calcium.',
    explanation:
      'Vitamin D helps the gut absorb calcium into the blood; it is vitamin K that switches on the proteins said to steer it. No study shows vitamin D keeps calcium out of arteries. On the contrary, excess vitamin D is used in animal studies to calcify vessels.',
    sources: [ODS_D],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-keeps-calcium-out',
        who: ['Donly'],
        all: [['Away', 'Prevent'], ['Calcium', 'Calcification'], ['Artery']],
        none: ['Together'],
        reason: 'Says vitamin D alone keeps calcium out of arteries.',
      },
    ],
    examples: [
      'Vitamin D3 directs calcium away from the arteries.',
      'Vitamin D helps keep calcium in your bones instead of your blood vessels.',
      'Vitamin D prevents calcium from building up in your arteries.',
    ],
  },
  {
    id: 'k2-activates-calcium-proteins',
    claim: 'Vitamin K2 activates osteocalcin and matrix Gla protein, proteins that bind calcium.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'established',
    gradeReason:
      'Well-known biochemistry: vitamin K is the cofactor that carboxylates these proteins, and supplements measurably lower their inactive forms.',
    verdict: 'True biochemistry; on its own it shows no health benefit.',
    explanation:
      'Vitamin K is needed to switch on a small family of proteins so that they can bind calcium; osteocalcin in bone and matrix Gla protein in blood vessels are two of them. Supplements measurably lower the inactive forms in the blood. That the switch works does not by itself show any health benefit.',
    sources: [ODS_K, SCHURGERS_2007],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-activates-proteins',
        who: ['K'],
        all: [['Activate'], ['Proteins', 'Calcium']],
        reason: 'Says vitamin K activates osteocalcin, MGP or other calcium-binding proteins.',
      },
      {
        id: 'k-activates',
        who: ['K'],
        all: [['Activate']],
        none: ['ActivatesD'],
        reason: 'Says vitamin K activates the proteins that depend on it.',
      },
    ],
    examples: [
      'Vitamin K2 activates osteocalcin and matrix Gla protein.',
      'Without enough vitamin K2, these calcium-binding proteins remain inactive.',
      'MK-7 may help carboxylate osteocalcin, the protein that binds calcium.',
      'Osteocalcin and MGP are vitamin K-dependent proteins that bind calcium.',
    ],
  },
  {
    id: 'k2-activates-vitamin-d',
    claim: 'Vitamin K2 activates vitamin D.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'contradicted',
    gradeReason:
      'Misstates physiology: the liver and kidneys activate vitamin D; K2 acts on the proteins that vitamin D helps the body make.',
    verdict: 'Wrong: K2 does not activate vitamin D; the liver and kidneys do.',
    explanation:
      'Vitamin D becomes active in two steps, in the liver and then the kidneys. K2 plays no part in that; it switches on proteins, such as osteocalcin, that vitamin D helps the body make. Magnesium, not K2, is needed for the enzymes that activate vitamin D.',
    sources: [ODS_D, ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-activates-d',
        who: ['K'],
        all: [['ActivatesD']],
        none: ['OtherNutrient'],
        priority: 5,
        reason: 'Says K2 activates vitamin D itself.',
      },
    ],
    examples: [
      'Vitamin K2 activates vitamin D in the body.',
      'K2 is needed to activate vitamin D3.',
      'MK-7 converts vitamin D into its active form.',
    ],
  },
  {
    id: 'd-and-k2-work-together',
    claim: 'Vitamins D3 and K2 work together (synergistically) on calcium and bone.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'plausible',
    gradeReason:
      'The two act on the same pathway (D makes the proteins, K2 activates them), so the synergy is biologically sound; trials have not shown it adds a health benefit over D alone.',
    verdict: 'The teamwork makes biological sense, but trials have not shown it adds a benefit.',
    explanation:
      'Vitamin D raises calcium absorption and helps the body make osteocalcin and matrix Gla protein, and K2 switches those proteins on, so the two do act on the same pathway. Trials have not shown fewer fractures or heart problems from the pair than from vitamin D alone. "Synergy" describes a mechanism, not a proven result.',
    sources: [ODS_K, AVADEC_CORONARY],
    reviewed: REVIEWED,
    match: [
      {
        id: 'pair-together',
        who: ['pair'],
        all: [['Together']],
        none: ['Should', 'Without'],
        reason: 'Says D3 and K2 work together or in synergy.',
      },
    ],
    examples: [
      'Vitamin K2 works synergistically with vitamin D3 in the body.',
      'Vitamins D3 and K2 complement each other in a true nutritional synergy.',
      'Vitamins D3 and K2 work as a team to manage calcium.',
      'Vitamins D and K work in tandem to regulate calcium.',
    ],
  },
  {
    id: 'low-k2-misplaces-calcium',
    claim: 'Without enough K2, calcium ends up in arteries instead of bones, causing disease.',
    topic: 'calcium',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'An extrapolation from the mechanism: no study shows that low K2 causes osteoporosis or heart disease, or that topping it up prevents them.',
    verdict: 'A theory built on the mechanism; no study shows low K2 causes these diseases.',
    explanation:
      'Some say inactive calcium-binding proteins let bones lose calcium while arteries gain it, a "calcium paradox". That is a hypothesis built on the mechanism. No trial shows that taking K2 prevents osteoporosis, heart disease or the other illnesses pages blame on a lack of it.',
    sources: [ODS_K, EFSA_K_2009],
    reviewed: REVIEWED,
    match: [
      {
        id: 'low-k-misplaces',
        who: ['K'],
        all: [
          ['Deficient', 'Without'],
          ['Osteoporosis', 'Fracture', 'HeartEvent', 'Calcification'],
        ],
        none: ['Link', 'Regardless'],
        reason: 'Says a lack of K2 puts calcium in arteries or causes bone or heart disease.',
      },
      {
        id: 'low-k-causes-disease',
        who: ['K'],
        all: [['Deficient'], ['Cause'], ['HeartEvent', 'Osteoporosis']],
        none: ['Activate', 'Proteins', 'Regardless'],
        reason: 'Says a lack of K2 causes or is linked with serious disease.',
      },
    ],
    examples: [
      'Without K2, calcium may end up in your arteries, leading to weaker bones and heart disease.',
      'K2 deficiency leaves you vulnerable to osteoporosis, heart attacks and stroke.',
      'Low vitamin K2 status could cause brittle bones and hardened arteries.',
    ],
  },
  {
    id: 'd-without-k2-calcifies-arteries',
    claim: 'Vitamin D3 taken without K2 puts calcium into your arteries.',
    topic: 'calcium',
    kind: 'outcome',
    grade: 'contradicted',
    gradeReason:
      'VITAL and D-Health gave tens of thousands of people vitamin D without K2 for years and found no rise in heart attacks or strokes; only toxic doses calcify vessels.',
    verdict: 'The big vitamin D trials gave D without K2 and found no harm to the heart.',
    explanation:
      'VITAL gave 25,871 people 2,000 IU of D3 a day, and D-Health gave 21,315 people 60,000 IU a month, both without K2, for about five years. Neither found more heart attacks or strokes. Only doses high enough to be toxic calcify blood vessels, and that is a reason to stay under the upper limit, not to add K2.',
    sources: [VITAL, D_HEALTH_HEART],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-without-k-calcifies',
        who: ['D'],
        all: [
          ['Without', 'Alone'],
          ['Calcification', 'HeartEvent', 'Harm'],
        ],
        // "May end up in soft tissues" states the mechanism's worry; an unhedged harm is the claim.
        none: ['Hedge', 'Regardless'],
        priority: 4,
        reason: 'Says vitamin D without K2 calcifies arteries or harms the heart.',
      },
    ],
    examples: [
      'Taking vitamin D3 without K2 can lead to calcium deposits in your arteries.',
      'Taking D3 without K2 causes hardening of the arteries.',
      'Vitamin D alone causes arterial calcification.',
    ],
  },
  {
    id: 'k2-needed-with-vitamin-d',
    claim: 'If you take vitamin D, you must also take K2.',
    topic: 'calcium',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'No trial shows harm from vitamin D without K2 at normal doses, or benefit from adding K2; guidelines advise vitamin D alone where it is needed.',
    verdict: 'Guidelines give vitamin D on its own; no trial shows you need K2 with it.',
    explanation:
      'The argument is that extra vitamin D moves more calcium and K2 is needed to steer it. But the large trials gave vitamin D without K2 and found no harm, and no trial shows adding K2 prevents anything. Guidelines recommend vitamin D alone for people who need it.',
    caution:
      'Vitamin K can weaken warfarin and similar blood thinners: ask your doctor first if you take one.',
    sources: [VITAL, D_HEALTH_HEART],
    reviewed: REVIEWED,
    match: [
      {
        id: 'must-pair',
        who: ['pair'],
        all: [
          ['Should', 'Recommend'],
          ['Without', 'Together', 'Alone'],
        ],
        none: ['Guideline', 'FatMeal', 'Advice'],
        reason: 'Says vitamin D should always be taken with K2.',
      },
      {
        id: 'together-important',
        who: ['pair'],
        all: [['Need'], ['Together']],
        none: [
          'Bone',
          'BoneDensity',
          'Teeth',
          'Heart',
          'Artery',
          'Calcium',
          'Proteins',
          'Calcification',
          ...OUTCOMES,
        ],
        reason: 'Says taking D3 and K2 together is necessary.',
      },
      {
        id: 'also-need',
        who: ['pair'],
        all: [['Should']],
        none: ['Guideline', 'FatMeal', 'Advice', 'Anticoagulant', 'Harm', 'Dose', 'DoseD', 'DoseK'],
        reason: 'Says anyone taking vitamin D should also take K2.',
      },
    ],
    examples: [
      'If you take oral vitamin D, you also need to take vitamin K2.',
      'Vitamin D3 should always be taken together with K2.',
      'Never take vitamin D3 without K2.',
    ],
  },
];
