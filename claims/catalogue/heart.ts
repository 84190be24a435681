import type { Entry } from '../schema';
import { MECHANISM } from './tags';
import {
  AVADEC,
  AVADEC_CORONARY,
  AVADEC_INFLAMMATION,
  D_HEALTH_HEART,
  EFSA_K_2009,
  KNAPEN_2015,
  ODS_D,
  VITAL,
} from './sources';

const REVIEWED = '2026-12-07';

/** Claims about the heart, arteries and cardiovascular events. */
export const heart: Entry[] = [
  {
    id: 'k2-prevents-heart-disease',
    claim: 'Vitamin K2 (with or without D3) prevents heart disease, heart attacks or strokes.',
    topic: 'heart',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'Observational studies link K2 in the diet to less heart disease, but no trial has shown fewer heart events from K2; AVADEC’s fewer events were a secondary, hypothesis-generating finding.',
    verdict: 'No trial has shown that K2 prevents heart attacks, strokes or heart deaths.',
    explanation:
      'People who eat more K2 have less heart disease in some population studies, but that does not show a supplement protects you. In the AVADEC trial, K2 with D3 did not significantly slow coronary calcification, and its fewer heart events were a side finding the authors say needs testing. No trial designed to test it has shown fewer heart attacks or strokes.',
    sources: [AVADEC_CORONARY, AVADEC, EFSA_K_2009],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-prevents-heart-events',
        who: ['K'],
        all: [['Prevent', 'Treat', 'Support', 'Link'], ['HeartEvent']],
        reason: 'Says K2 lowers heart disease, heart attacks, strokes or heart deaths.',
      },
      {
        id: 'low-k-heart-events',
        who: ['K'],
        all: [['Deficient'], ['Cause', 'Link'], ['HeartEvent', 'Longevity']],
        none: ['Osteoporosis', 'Fracture', 'Calcification'],
        reason: 'Says people low in K2 have more heart disease or die sooner.',
      },
    ],
    examples: [
      'Vitamin D3 and K2 prevent heart disease.',
      'Taking K2 with D3 may reduce your risk of cardiovascular events.',
      'Higher K2 intake is associated with reduced cardiovascular mortality.',
      'D3 and K2 may help protect against heart attacks and strokes.',
    ],
  },
  {
    id: 'd-prevents-heart-disease',
    claim: 'Vitamin D supplements prevent heart disease, heart attacks or strokes.',
    topic: 'heart',
    kind: 'outcome',
    grade: 'contradicted',
    gradeReason:
      'Two large trials, VITAL and D-Health, tested exactly this and found no reduction in major cardiovascular events.',
    verdict: 'Large trials tested this and found no fewer heart attacks or strokes.',
    explanation:
      'VITAL gave 25,871 adults 2,000 IU a day for five years and found no fewer heart attacks, strokes or heart deaths. D-Health, with 21,315 older Australians, found at most a small, uncertain effect on heart attacks and none on major events overall. Low vitamin D goes with heart disease in population studies, but taking it does not prevent it.',
    sources: [VITAL, D_HEALTH_HEART],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-prevents-heart-events',
        who: ['Donly'],
        all: [['Prevent', 'Treat', 'Support'], ['HeartEvent']],
        reason: 'Says vitamin D alone lowers heart disease, heart attacks or strokes.',
      },
    ],
    examples: [
      'Vitamin D helps prevent heart disease.',
      'Taking vitamin D3 lowers your risk of heart attack and stroke.',
      'Vitamin D supplements protect against cardiovascular disease.',
    ],
  },
  {
    id: 'k2-prevents-arterial-calcification',
    claim: 'Vitamin K2 prevents, slows or reverses hardening and calcification of the arteries.',
    topic: 'heart',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'The mechanism is plausible, but AVADEC found no significant slowing of coronary or valve calcification overall; nothing shows K2 removes existing calcium.',
    verdict: 'A reasonable idea, but trials have not shown K2 keeps arteries from calcifying.',
    explanation:
      'Matrix Gla protein, which K2 switches on, helps stop calcium forming in vessel walls, so the idea is reasonable. But in the AVADEC trial two years of high-dose K2 with D3 did not significantly slow calcification of the coronary arteries or the aortic valve. Nothing shows K2 removes calcium that is already there.',
    sources: [AVADEC_CORONARY, AVADEC],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-prevents-calcification',
        who: ['K'],
        all: [['Prevent', 'Treat', 'Away', 'Support'], ['Calcification']],
        // "Activates MGP, which inhibits calcification" and "directs calcium away from arteries" are
        // the mechanism's entries.
        none: ['Direct', 'Away', 'Activate', 'Proteins'],
        reason: 'Says K2 prevents, slows or reverses calcified or hardened arteries.',
      },
      {
        id: 'k-clears-calcium',
        who: ['K'],
        all: [['Treat'], ['Calcium', 'Calcification'], ['Artery']],
        reason: 'Says K2 clears calcium that is already in the arteries.',
      },
    ],
    examples: [
      'Vitamin K2 helps prevent hardening of the arteries.',
      'MK-7 may slow the progression of coronary artery calcification.',
      'K2 can reverse arterial calcification and clear plaque from your vessels.',
      'Vitamin K2 may help prevent calcium plaque in the arteries.',
    ],
  },
  {
    id: 'dk-support-heart-health',
    claim: 'Vitamin D3 and K2 support heart and artery health.',
    topic: 'heart',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason: 'Soft wording for a heart benefit no trial has shown; EFSA rejected a heart claim for K2.',
    verdict: 'Soft wording for a heart benefit that trials have not shown.',
    explanation:
      '"Supports heart health" sounds modest, but it still promises something for the heart and blood vessels. No trial has shown that D3 or K2 makes the heart healthier, and the EU’s food safety authority found too little evidence to let K2 be sold with a heart claim. The mechanism is plausible; the benefit is not shown.',
    sources: [EFSA_K_2009, VITAL, AVADEC_CORONARY],
    reviewed: REVIEWED,
    match: [
      {
        id: 'supports-heart',
        all: [['Support', 'Prevent', 'Need', 'Treat'], ['Heart']],
        reason: 'Says D or K2 supports or protects the heart.',
      },
      {
        id: 'supports-arteries',
        all: [['Support', 'Prevent', 'Treat'], ['Artery']],
        // Calcium steered away from vessel walls, and the proteins that do it, are the mechanism.
        none: ['Stiffness', 'Calcification', ...MECHANISM],
        reason: 'Says D or K2 supports or protects the arteries.',
      },
    ],
    examples: [
      'Vitamin K2 supports heart and bone health.',
      'D3 and K2 may promote healthy arteries and circulation.',
      'K2 is good for your heart.',
      'D3 and K2 support cardiovascular wellbeing.',
    ],
  },
  {
    id: 'k2-keeps-arteries-flexible',
    claim: 'Vitamin K2 keeps arteries flexible and lowers arterial stiffness.',
    topic: 'heart',
    kind: 'outcome',
    grade: 'mixed',
    gradeReason:
      'One trial (Knapen 2015) lowered arterial stiffness in women with stiff arteries; it is a vessel measurement, not fewer heart events, and it has not been repeated widely.',
    verdict: 'One trial improved a stiffness measurement; no trial shows a heart benefit from it.',
    explanation:
      'In a three-year Dutch trial, 180 µg of MK-7 a day lowered arterial stiffness in women after menopause, mostly in those whose arteries were stiffest. Stiffness is a measurement of the vessel wall, not a heart attack prevented, and other trials have not shown heart benefits. Promising, but not a proven benefit for your heart.',
    sources: [KNAPEN_2015, AVADEC_CORONARY],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-flexible-arteries',
        who: ['K'],
        all: [['Stiffness']],
        reason: 'Says K2 keeps arteries flexible or lowers stiffness.',
      },
    ],
    examples: [
      'Vitamin K2 helps keep arteries flexible.',
      'MK-7 may reduce arterial stiffness in older women.',
      'K2 supports vascular elasticity.',
      'MenaQ7 helps keep blood vessels supple.',
    ],
  },
  {
    id: 'trial-showed-dk-slowed-calcification',
    claim: 'Trials have shown that D3 and K2 slow artery calcification or cut heart events.',
    topic: 'heart',
    kind: 'evidence',
    grade: 'contradicted',
    gradeReason:
      'Misstates the trial evidence: AVADEC’s main results were not significant; only a subgroup and a secondary event count pointed to a benefit, which the authors call hypothesis-generating.',
    verdict: 'Misstates the trials: the main AVADEC results showed no significant effect.',
    explanation:
      'Pages describe the AVADEC trial in older men as proof that D3 and K2 slow artery calcification. Its main result was not significant, for the coronary arteries and for the aortic valve. Slower progression in men with the most calcium, and fewer events, were side findings the authors call a lead to test, not a result.',
    sources: [AVADEC_CORONARY, AVADEC],
    reviewed: REVIEWED,
    match: [
      {
        id: 'trial-showed-calcification',
        who: ['K'],
        all: [['Evidence'], ['Show'], ['Prevent', 'Treat'], ['Calcification', 'HeartEvent']],
        none: ['Link', 'Hedge', 'Animal', 'EvidenceWeak', 'NoEffect'],
        priority: 20,
        reason: 'Says a trial or research showed K2 slowed calcification or cut heart events.',
      },
    ],
    examples: [
      'A large clinical trial found that K2 with D3 significantly slowed the progression of calcification.',
      'Research has proven that MK-7 reduces cardiovascular events and heart attacks.',
      'Research has shown that vitamin K2 slows the progression of arterial calcification.',
    ],
  },
  {
    id: 'd-excess-calcifies-vessels',
    claim: 'Too much vitamin D can calcify blood vessels.',
    topic: 'heart',
    kind: 'safety',
    grade: 'established',
    gradeReason:
      'Toxic doses raise blood calcium, and excess vitamin D is a standard animal model of vascular calcification.',
    verdict: 'True of toxic doses: too much vitamin D raises blood calcium, which can calcify tissues.',
    explanation:
      'Doses far above the upper limit raise the calcium in the blood, which can deposit in vessels and kidneys; in animals, excess vitamin D is a standard way to calcify arteries. This is a reason to stay under the upper limit. It does not mean normal doses harm arteries: large trials found none.',
    sources: [ODS_D, VITAL],
    reviewed: REVIEWED,
    match: [
      {
        id: 'excess-d-calcifies',
        who: ['D'],
        all: [['Harm'], ['Calcification', 'Artery']],
        none: ['Without'],
        reason: 'Says too much vitamin D can calcify blood vessels.',
      },
    ],
    examples: [
      'Excess vitamin D can cause calcium deposits in blood vessels.',
      'Too much vitamin D may lead to vascular calcification.',
      'Vitamin D toxicity can calcify the arteries.',
    ],
  },
  {
    id: 'dk-reduce-inflammation',
    claim: 'Vitamin D3 and K2 lower inflammation.',
    topic: 'heart',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'AVADEC measured inflammatory markers after two years of K2 with D3 and, as our sources report, found no effect.',
    verdict: 'A trial that measured it found no effect on inflammation markers.',
    explanation:
      'Lab studies suggest vitamin K and D can damp inflammatory signals. But in the AVADEC trial, two years of high-dose K2 with D3 did not change markers of inflammation, as our sources report. No trial shows the pair lowers inflammation in a way that helps health.',
    sources: [AVADEC_INFLAMMATION],
    reviewed: REVIEWED,
    match: [
      {
        id: 'lowers-inflammation',
        all: [['Prevent', 'Treat', 'Support'], ['Inflammation']],
        reason: 'Says D or K2 lowers inflammation.',
      },
    ],
    examples: [
      'Vitamin K2 has anti-inflammatory properties.',
      'D3 and K2 help reduce inflammation in the body.',
      'MK-7 lowers inflammatory markers.',
    ],
  },
];
