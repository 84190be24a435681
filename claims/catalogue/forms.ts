import type { Entry } from '../schema';
import { OUTCOMES } from './tags';
import { DAWSON_HUGHES_2015, ODS_D, ODS_K, SATO_2012, SCHURGERS_2007, TRIPKOVIC_2012 } from './sources';

const REVIEWED = '2026-12-07';

/** Claims about sources, forms and absorption. */
export const forms: Entry[] = [
  {
    id: 'mk7-lasts-longer-than-mk4',
    claim: 'MK-7 stays in the body longer and is better absorbed than MK-4 or K1.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    gradeReason:
      'Measured directly: MK-7 has a half-life of about three days against hours for K1 and MK-4 (Schurgers 2007, Sato 2012).',
    verdict: 'True: MK-7 lasts days in the blood, MK-4 and K1 only hours.',
    explanation:
      'Studies that measured blood levels found that MK-7 stays for days while K1 and MK-4 are gone within hours, so a daily dose of MK-7 builds up higher levels. That is a fact about absorption, not proof of a health benefit.',
    sources: [SCHURGERS_2007, SATO_2012],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-lasts-longer',
        who: ['K'],
        all: [['Lasts', 'Bioavailable']],
        none: ['Formulation'],
        reason: 'Says MK-7 lasts longer or is better absorbed than other forms of vitamin K.',
      },
    ],
    examples: [
      'MK-7 has a longer half-life than MK-4.',
      'MK-7 stays in the body longer and is more bioavailable.',
      'Menaquinone-7 remains active in the blood for days.',
    ],
  },
  {
    id: 'special-forms-absorb-better',
    claim: 'Liposomal, nano or spray forms of D3 or K2 are absorbed much better.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'unproven',
    gradeReason:
      'We found no good human trial showing liposomal, nano or spray forms raise blood levels more than ordinary capsules taken with food.',
    verdict: 'No good human trial shows these forms beat a normal capsule taken with food.',
    explanation:
      'Vitamin D and K2 dissolve in fat, and an ordinary capsule taken with a meal is absorbed well. We found no good trial showing liposomal, nano or spray forms raise blood levels meaningfully more. Paying more for the form buys a marketing promise, not a proven benefit.',
    sources: [DAWSON_HUGHES_2015, ODS_D],
    reviewed: REVIEWED,
    match: [
      {
        id: 'formulation-absorbs',
        all: [['Formulation'], ['Bioavailable', 'Better', 'Raise']],
        priority: 3,
        reason: 'Says a liposomal, nano or spray form is absorbed better.',
      },
    ],
    examples: [
      'Liposomal vitamin D3 is absorbed far better than regular capsules.',
      'Our nano-emulsified K2 gives maximum absorption.',
      'Our vitamin D3 oral spray is absorbed more effectively than tablets.',
    ],
  },
  {
    id: 'd-absorbed-better-with-fat',
    claim: 'Vitamin D (and K2) are absorbed better when taken with a meal containing fat.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    gradeReason:
      'Both dissolve in fat, and a trial found a third more vitamin D absorbed with a fat-containing meal.',
    verdict: 'True: both dissolve in fat, so taking them with a meal helps.',
    explanation:
      'Vitamins D and K dissolve in fat. In a trial, people absorbed about a third more of a vitamin D3 dose when they took it with a meal containing fat. Taking them with your main meal is sensible.',
    sources: [DAWSON_HUGHES_2015],
    reviewed: REVIEWED,
    match: [
      {
        id: 'with-fat',
        all: [['Absorb', 'Bioavailable', 'Better'], ['FatMeal']],
        none: ['Formulation'],
        reason: 'Says D or K2 is better absorbed with fat or a meal.',
      },
    ],
    examples: [
      'Take vitamin D3 with a meal containing fat for better absorption.',
      'Vitamin K2 is absorbed best with healthy fats.',
      'Our D3 is suspended in olive oil for better absorption.',
    ],
  },
  {
    id: 'all-trans-mk7-is-active',
    claim: 'All-trans MK-7 is the active form of K2.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'plausible',
    gradeReason:
      'Lab work shows the cis forms have little vitamin K activity, so the claim is sound chemistry; no trial compares health outcomes.',
    verdict: 'Sound chemistry; no trial shows a health difference.',
    explanation:
      'MK-7 can be made in all-trans and cis shapes, and lab studies find the cis shapes have little vitamin K activity. So choosing an all-trans product makes sense. No trial has compared the two for any health outcome.',
    sources: [ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'all-trans',
        all: [['AllTrans']],
        reason: 'Says the all-trans form of MK-7 is the active one.',
      },
    ],
    examples: [
      'Only all-trans MK-7 is biologically active.',
      'Our K2 is 99% all-trans MK-7, the active form.',
      'The cis form of MK-7 has little activity.',
    ],
  },
  {
    id: 'k2-food-sources',
    claim: 'Vitamin K2 is found in natto, fermented foods, cheese, egg yolks and meat.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    gradeReason:
      'Food composition data: natto is by far the richest source; cheeses, egg yolk and some meats supply smaller amounts.',
    verdict: 'True: natto is the richest source; cheese, eggs and meat supply some.',
    explanation:
      'K2 is made by bacteria, so it is found in fermented foods, above all natto, and in some cheeses, egg yolks and meat. K1, the main form in the diet, comes from leafy greens.',
    sources: [ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-food',
        who: ['K'],
        all: [['FoundIn', 'Produce'], ['Food']],
        none: [...OUTCOMES],
        reason: 'Says which foods provide vitamin K2.',
      },
    ],
    examples: [
      'Vitamin K2 is found in natto, cheese and egg yolks.',
      'Fermented foods like natto are rich in MK-7.',
      'K2 is produced by bacteria and found in fermented foods.',
    ],
  },
  {
    id: 'd-from-sun-and-food',
    claim: 'Vitamin D comes mostly from sunlight on the skin, and few foods contain it.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    gradeReason:
      'Physiology and food composition: UVB makes vitamin D in skin; only fatty fish, egg yolk and fortified foods supply much.',
    verdict: 'True: the skin makes most of it in sunlight; few foods supply much.',
    explanation:
      'The skin makes vitamin D when UVB light from the sun reaches it, which is why it is called the sunshine vitamin. Only a few foods, such as fatty fish, egg yolks and fortified milk or cereals, supply much. In winter far from the equator, the sun is too weak to make it.',
    sources: [ODS_D],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-sun',
        who: ['D'],
        all: [['Sun']],
        none: [...OUTCOMES],
        reason: 'Says the skin makes vitamin D in sunlight.',
      },
      {
        id: 'd-skin',
        who: ['D'],
        all: [['Produce'], ['SkinOrgan']],
        none: [...OUTCOMES],
        reason: 'Says the skin makes vitamin D.',
      },
      {
        id: 'd-food',
        who: ['D'],
        all: [['FoundIn'], ['Food']],
        none: [...OUTCOMES],
        reason: 'Says which foods provide vitamin D.',
      },
      {
        id: 'd-food-scarce',
        who: ['D'],
        all: [['Food']],
        denied: [['FoundIn']],
        reason: 'Says food alone does not provide enough vitamin D.',
      },
    ],
    examples: [
      'Vitamin D3 is produced in your skin when exposed to sunlight.',
      'Few foods naturally contain vitamin D.',
      'Fatty fish and egg yolks are sources of vitamin D.',
      'Vitamin D is known as the sunshine vitamin.',
    ],
  },
  {
    id: 'd3-raises-blood-levels',
    claim: 'Vitamin D3 raises blood vitamin D levels more than D2.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    gradeReason: 'A meta-analysis of trials found D3 raises 25(OH)D more than D2.',
    verdict: 'True: D3 raises blood levels more than D2.',
    explanation:
      'Trials comparing the two found that vitamin D3 raises the blood marker of vitamin D status more than D2 does, and keeps it up longer. Both forms work; D3 is the more efficient.',
    sources: [TRIPKOVIC_2012],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-raises-level',
        who: ['D'],
        all: [['Raise', 'Bioavailable', 'Lasts', 'Support'], ['Level']],
        none: ['Formulation', 'Link', 'Better'],
        reason: 'Says vitamin D3 raises blood levels.',
      },
      {
        id: 'd3-beats-d2',
        who: ['D'],
        all: [['Raise', 'Better', 'Bioavailable', 'Lasts'], ['VitD2']],
        none: ['Formulation'],
        reason: 'Says vitamin D3 raises blood levels better than D2.',
      },
    ],
    examples: [
      'Vitamin D3 is more effective than D2 at raising blood levels.',
      'D3 raises 25(OH)D levels more than ergocalciferol.',
      'Vitamin D3 supplements help restore healthy vitamin D levels.',
    ],
  },
  {
    id: 'd-deficiency-common',
    claim: 'Low vitamin D is common.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'established',
    gradeReason:
      'National surveys find a large share of people below 20 ng/mL, especially in winter and with little sun.',
    verdict: 'True: many people have low levels, especially in winter.',
    explanation:
      'Surveys find that a large share of people in northern countries have low vitamin D, especially in winter, with dark skin, little time outdoors or older age. How many are truly deficient depends on the cut-off used.',
    sources: [ODS_D],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-low-common',
        who: ['Donly'],
        all: [['Deficient'], ['Common', 'Sun']],
        none: [...OUTCOMES],
        reason: 'Says low vitamin D is common.',
      },
      {
        id: 'd-low',
        who: ['Donly'],
        all: [['Deficient']],
        none: ['Link', 'Cause', 'Harm', ...OUTCOMES],
        reason: 'Says many people lack vitamin D.',
      },
    ],
    examples: [
      'Vitamin D deficiency is very common.',
      'Many people have insufficient vitamin D levels because of limited sun exposure.',
      'Up to 40% of adults are deficient in vitamin D.',
    ],
  },
  {
    id: 'k2-deficiency-common',
    claim: 'Most people lack vitamin K2.',
    topic: 'forms',
    kind: 'mechanism',
    grade: 'unproven',
    gradeReason:
      'No agreed test or cut-off defines K2 deficiency; true vitamin K deficiency is rare in healthy adults.',
    verdict: 'No agreed measure shows most people lack K2.',
    explanation:
      'True vitamin K deficiency, which causes bleeding, is rare in healthy adults. Some researchers argue that many people have too little K2 for full activation of bone and vessel proteins, but there is no agreed test or cut-off, and no evidence that topping it up improves health.',
    sources: [ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-low-common',
        who: ['K'],
        all: [['Deficient']],
        none: ['Cause', 'Link', 'Calcium', 'Calcification', 'Harm', 'Proteins', 'Activate'],
        reason: 'Says many people lack vitamin K2.',
      },
    ],
    examples: [
      'Most people are deficient in vitamin K2.',
      'Inadequate levels of vitamin K2 may be common.',
      'Many people are deficient in vitamin K2.',
    ],
  },
];
