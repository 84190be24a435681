import type { Entry } from '../schema';
import {
  AVADEC_CORONARY,
  BEAUDART_2014,
  CORONAVIT,
  D2D_2019,
  D_HEALTH,
  DO_HEALTH,
  EFSA_K_2009,
  EU_CLAIMS,
  JOLLIFFE_2021,
  NOWAK_2016,
  USPSTF_2024_DRAFT,
  USPSTF_FALLS,
  VITAL,
  VITAL_DEP,
} from './sources';

const REVIEWED = '2026-12-07';

/** Claims about immunity, mood, muscle, energy and the rest of the body. */
export const other: Entry[] = [
  {
    id: 'd-supports-immune-function',
    claim: 'Vitamin D supports normal immune function.',
    topic: 'other',
    kind: 'outcome',
    grade: 'mixed',
    gradeReason:
      'Regulators accept the normal-function wording and immune cells do respond to vitamin D, but trials of outcomes people feel (fewer infections) show small and inconsistent effects.',
    verdict: 'An accepted label wording, but trials of real infections show small, uneven effects.',
    explanation:
      'Immune cells respond to vitamin D, and EU rules let products say it "contributes to the normal function of the immune system". What people care about is fewer infections, and there trials are mixed: a small benefit overall, none in several large trials. Taking more than you need has not been shown to boost immunity.',
    sources: [EU_CLAIMS, JOLLIFFE_2021, DO_HEALTH],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-immune',
        who: ['D'],
        all: [['Support', 'Need', 'Raise', 'Link', 'Deficient'], ['Immune']],
        none: ['Covid'],
        reason: 'Says vitamin D supports the immune system.',
      },
    ],
    examples: [
      'Vitamin D contributes to the normal function of the immune system.',
      'Vitamin D3 supports a healthy immune system.',
      'Vitamin D plays an important role in immune health.',
    ],
  },
  {
    id: 'd-prevents-infections',
    claim: 'Vitamin D prevents colds, flu and respiratory infections.',
    topic: 'other',
    kind: 'outcome',
    grade: 'mixed',
    gradeReason:
      'A meta-analysis of 37 trials found a small protective effect, mainly with daily doses; several large trials (CORONAVIT, DO-HEALTH) found none.',
    verdict: 'A small benefit across trials, none in several large ones.',
    explanation:
      'Pooling dozens of trials, vitamin D slightly lowered the chance of catching a respiratory infection, mostly with small daily doses and in people with low levels. Several large trials found no effect at all. It is not a reliable shield against colds or flu.',
    sources: [JOLLIFFE_2021, CORONAVIT, DO_HEALTH],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-infections',
        who: ['D'],
        all: [['Prevent', 'Support', 'Treat', 'Link', 'Deficient'], ['Infection']],
        none: ['Covid', 'Immune'],
        reason: 'Says vitamin D protects against colds, flu or respiratory infections.',
      },
    ],
    examples: [
      'Vitamin D may help protect against colds and flu.',
      'Vitamin D3 reduces the risk of respiratory infections.',
      'Taking vitamin D helps fight off winter infections.',
    ],
  },
  {
    id: 'dk-prevent-covid-or-k2-immunity',
    claim: 'D3 or K2 protect against COVID-19, or K2 boosts immunity.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'The CORONAVIT trial found no protection against COVID-19; there is no trial of K2 for immunity.',
    verdict: 'A trial found no protection against COVID-19; nothing shows K2 boosts immunity.',
    explanation:
      'In the CORONAVIT trial, offering vitamin D to people with low levels did not reduce COVID-19 or other infections. No trial has tested K2 for immunity. Low vitamin D goes with worse outcomes in population studies, but that does not show taking it protects you.',
    sources: [CORONAVIT],
    reviewed: REVIEWED,
    match: [
      {
        id: 'covid',
        all: [['Prevent', 'Support', 'Treat', 'Link', 'Deficient', 'Cause'], ['Covid']],
        reason: 'Says D or K2 protects against or helps with COVID-19.',
      },
      {
        id: 'k-immunity',
        who: ['K'],
        all: [
          ['Prevent', 'Support', 'Need'],
          ['Immune', 'Infection'],
        ],
        reason: 'Says K2 supports immunity or fights infections.',
      },
    ],
    examples: [
      'Vitamin D protects against COVID-19.',
      'Vitamin K2 supports a healthy immune system.',
      'D3 and K2 may help your body fight the coronavirus.',
    ],
  },
  {
    id: 'dk-improve-mood',
    claim: 'Vitamin D3 (and K2) improve mood and prevent depression.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'VITAL-DEP, a five-year trial in 18,353 adults, found no effect of vitamin D on depression or mood; there is no trial of K2.',
    verdict: 'A large five-year trial found vitamin D did not prevent depression or lift mood.',
    explanation:
      'Low vitamin D goes with low mood in population studies, but in VITAL-DEP 18,353 adults took 2,000 IU a day or a placebo for five years, and mood and depression rates did not differ. No trial has tested K2 for mood.',
    sources: [VITAL_DEP],
    reviewed: REVIEWED,
    match: [
      {
        id: 'mood',
        all: [['Support', 'Prevent', 'Treat', 'Link', 'Raise', 'Need', 'Deficient', 'Should'], ['Mood']],
        reason: 'Says D or K2 improves mood or prevents depression.',
      },
    ],
    examples: [
      'Vitamin D3 helps lift your mood during the winter months.',
      'Low vitamin D levels are linked to depression.',
      'D3 and K2 support emotional wellbeing.',
    ],
  },
  {
    id: 'd-supports-muscle-function',
    claim: 'Vitamin D supports muscle strength and function.',
    topic: 'other',
    kind: 'outcome',
    grade: 'mixed',
    gradeReason:
      'A meta-analysis found a small gain in strength, mostly in older or deficient people; DO-HEALTH and VITAL found no better physical performance.',
    verdict: 'A small effect in older or deficient people; none in healthy adults.',
    explanation:
      'Muscle needs vitamin D, and severe deficiency causes weakness. A review of 30 trials found a small gain in strength, mostly in older people and those with low levels, and no change in muscle mass. In healthy older adults, 2,000 IU a day did not improve physical performance.',
    sources: [BEAUDART_2014, DO_HEALTH, EU_CLAIMS],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-muscle',
        who: ['Donly'],
        all: [['Support', 'Raise'], ['Muscle']],
        // Muscle listed beside bones and teeth is the general role, graded as essential.
        none: ['Falls', 'Bone', 'Teeth'],
        reason: 'Says vitamin D supports muscle strength or function.',
      },
    ],
    examples: [
      'Vitamin D contributes to the maintenance of normal muscle function.',
      'Vitamin D3 helps build muscle strength.',
      'Vitamin D supports healthy muscles.',
    ],
  },
  {
    id: 'd-prevents-falls',
    claim: 'Vitamin D prevents falls in older people.',
    topic: 'other',
    kind: 'outcome',
    grade: 'contradicted',
    gradeReason:
      'The USPSTF recommends against vitamin D to prevent falls in older adults living at home, because trials showed no benefit.',
    verdict: 'The US task force recommends against it: trials showed no fewer falls.',
    explanation:
      'The US Preventive Services Task Force reviewed the trials and recommends against vitamin D to prevent falls in older people living at home, in 2018 and again in its 2024 draft. Exercise is what prevents falls.',
    sources: [USPSTF_FALLS, USPSTF_2024_DRAFT],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-falls',
        who: ['D'],
        all: [['Prevent', 'Support'], ['Falls']],
        reason: 'Says vitamin D prevents falls.',
      },
    ],
    examples: [
      'Vitamin D3 helps prevent falls in the elderly.',
      'Taking vitamin D reduces your risk of falling.',
      'Vitamin D lowers the risk of falls and fractures in older adults.',
    ],
  },
  {
    id: 'd-boosts-energy',
    claim: 'Vitamin D boosts energy and fights fatigue.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'One small trial in deficient young adults found a slight change in fatigue scores; there is no good evidence for more energy in people who are not deficient.',
    verdict: 'One small trial in deficient people; no good evidence it gives more energy.',
    explanation:
      'Tiredness is a symptom of severe vitamin D deficiency. One small trial in young adults with low levels found a slight improvement in fatigue scores, smaller than patients would notice. There is no good evidence that vitamin D gives energy to people who are not deficient.',
    sources: [NOWAK_2016],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-energy',
        all: [['Support', 'Prevent', 'Treat', 'Raise', 'Link', 'Need', 'Deficient'], ['Energy']],
        reason: 'Says D or K2 boosts energy or fights fatigue.',
      },
    ],
    examples: [
      'Vitamin D3 boosts energy levels.',
      'Vitamin D helps fight fatigue and tiredness.',
      'Low vitamin D is linked to fatigue.',
    ],
  },
  {
    id: 'dk-longevity',
    claim: 'Vitamin D3 (and K2) help you live longer.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason: 'VITAL and D-Health found no fewer deaths from any cause; no trial of K2 measured lifespan.',
    verdict: 'Large trials found no fewer deaths in people taking vitamin D.',
    explanation:
      'In D-Health, 21,315 older Australians took vitamin D or a placebo for up to five years, and deaths from any cause did not differ; VITAL found the same. No trial has measured whether K2 lengthens life.',
    sources: [D_HEALTH, VITAL],
    reviewed: REVIEWED,
    match: [
      {
        id: 'longevity',
        all: [['Support', 'Prevent', 'Raise', 'Link', 'Treat'], ['Longevity']],
        none: ['Skin'],
        reason: 'Says D or K2 lengthens life or lowers deaths.',
      },
    ],
    examples: [
      'Vitamin D3 helps you live longer.',
      'Adequate vitamin D lowers all-cause mortality.',
      'K2 and D3 support healthy ageing and longevity.',
    ],
  },
  {
    id: 'd-prevents-cancer',
    claim: 'Vitamin D prevents cancer.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'VITAL found no fewer cancers; a possible small drop in cancer deaths was a secondary finding.',
    verdict: 'A large trial found no fewer cancers in people taking vitamin D.',
    explanation:
      'In VITAL, 25,871 adults took 2,000 IU a day or a placebo for five years and developed cancer at the same rate. Fewer cancer deaths were seen only in secondary analyses, which need confirming.',
    sources: [VITAL],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-cancer',
        who: ['Donly'],
        all: [['Prevent', 'Treat', 'Support', 'Link'], ['Cancer']],
        reason: 'Says vitamin D prevents or fights cancer.',
      },
    ],
    examples: [
      'Vitamin D may reduce the risk of cancer.',
      'Vitamin D3 has anti-cancer properties.',
      'Low vitamin D is linked to a higher risk of cancer.',
    ],
  },
  {
    id: 'd-prevents-diabetes',
    claim: 'Vitamin D prevents diabetes or controls blood sugar.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'The D2d trial found 4,000 IU a day did not significantly prevent type 2 diabetes in people with prediabetes.',
    verdict: 'A large trial found vitamin D did not significantly prevent diabetes.',
    explanation:
      'In the D2d trial, 2,423 adults with prediabetes took 4,000 IU a day or a placebo, and the number who developed diabetes did not differ significantly. Vitamin D is not a treatment for blood sugar.',
    sources: [D2D_2019],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-diabetes',
        who: ['Donly'],
        all: [['Prevent', 'Treat', 'Support', 'Link'], ['Diabetes']],
        reason: 'Says vitamin D prevents diabetes or lowers blood sugar.',
      },
    ],
    examples: [
      'Vitamin D helps prevent type 2 diabetes.',
      'Vitamin D3 supports healthy blood sugar levels.',
      'Vitamin D improves insulin sensitivity.',
    ],
  },
  {
    id: 'dk-better-than-d-alone',
    claim: 'D3 with K2 works better than D3 alone for bones or the heart.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason: 'No trial shows better fractures or heart outcomes from the pair than from vitamin D alone.',
    verdict: 'No trial shows the pair beats vitamin D alone on any health outcome.',
    explanation:
      'The pair is sold as more than the sum of its parts. But no trial has shown fewer fractures, heart attacks or any other health outcome from D3 with K2 than from D3 alone. The case rests on the mechanism, which is plausible but unproven in people.',
    sources: [AVADEC_CORONARY, EFSA_K_2009],
    reviewed: REVIEWED,
    match: [
      {
        id: 'pair-beats-alone',
        who: ['pair'],
        all: [['Alone']],
        none: ['Without', 'Regardless'],
        reason: 'Says D3 with K2 does what either alone cannot.',
      },
      {
        id: 'pair-better',
        who: ['pair'],
        all: [['Better']],
        none: ['Without', 'Regardless', 'Absorb'],
        reason: 'Says D3 with K2 works better than vitamin D alone.',
      },
    ],
    examples: [
      'D3 and K2 deliver benefits that neither can achieve alone.',
      'Vitamin D3 works better when combined with K2 than on its own.',
      'Together, D3 and K2 are more effective than vitamin D alone.',
    ],
  },
  {
    id: 'dk-for-everyone',
    claim: 'Everyone should take D3 and K2.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'Guidelines recommend vitamin D only for some groups and do not recommend K2; no trial supports the pair for everyone.',
    verdict: 'Guidelines recommend vitamin D for some groups only, and K2 for none.',
    explanation:
      'The Endocrine Society suggests extra vitamin D for children, adults over 75, pregnancy and prediabetes, and advises healthy adults under 75 against more than the recommended intake. No guideline recommends K2.',
    sources: [USPSTF_2024_DRAFT],
    reviewed: REVIEWED,
    match: [
      {
        id: 'beneficial-for-many',
        who: ['pair'],
        all: [['Support'], ['Common']],
        priority: 1,
        reason: 'Says the pair benefits most people.',
      },
      {
        id: 'everyone-should',
        all: [['Should', 'Recommend'], ['Everyone']],
        priority: 1,
        none: ['Safe', 'SafeAbsolute', 'Advice', 'DoseD', 'DoseK', 'Intake'],
        reason: 'Says everyone should take D3 or K2.',
      },
    ],
    examples: [
      'Everyone should be taking vitamin D3 and K2.',
      'D3 and K2 are a must for anyone over 40.',
      'Every adult should take a K2 supplement.',
    ],
  },
];
