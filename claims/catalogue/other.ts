import type { Entry, Source } from '../schema';
import { DOUBT, ONLY_UNREVIEWED_TOPIC, PLAIN_D_COMPARED, UNREVIEWED_TOPIC } from './patterns';

const REVIEWED = '2026-11-21';

const NO_ADVANTAGE: Source = {
  seed: '003_2b1a0b5e5585a4b8.txt',
  cites:
    'Clinical evidence does not demonstrate clear advantages of D3 + K2 over D3 alone; D3 alone remains the evidence-based approach',
};

const COVID_NOT_PROVEN: Source = {
  seed: '004_1b7d4baf97d99584.txt',
  cites: 'No nutrient has been proven to prevent or treat COVID-19; clinical trials are ongoing',
};

/** Immunity, "better together" and the other marketing claims the seeds discuss. */
export const other: Entry[] = [
  {
    id: 'd-supports-immune-function',
    claim: 'Vitamin D supports normal immune function.',
    topic: 'other',
    kind: 'mechanism',
    grade: 'mixed',
    verdict: 'Vitamin D acts on immune cells, but supplements have not been proven to improve immunity.',
    explanation:
      'Immune cells respond to vitamin D, and low levels go along with more infections in observational studies, so a role in normal immune function is reasonable. Our sources call that role "promising" but say no nutrient has been proven to prevent or treat COVID-19. Whether extra vitamin D helps people who are not deficient is not settled.',
    sources: [
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites: 'Vitamin D noted for a "promising role in immune health"',
      },
      COVID_NOT_PROVEN,
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-immune-role',
        all: [
          '{D}',
          String.raw`(?:immun\w*|antimicrobial|cathelicidins?|defensins?|white blood cells|t[\s-]cells?|macrophages?)`,
        ],
        priority: 14,
        reason: 'Names vitamin D with the immune system or immune cells.',
      },
    ],
    examples: [
      'Vitamin D helps activate T cells, the immune cells that defend against viruses and bacteria.',
      'Vitamin D3 supports the innate and adaptive immune systems.',
      'Vitamin D plays a role in regulating the immune system.',
      'Vitamin D3 induces the production of antimicrobial peptides such as cathelicidin.',
      'Vitamin D contributes to the normal function of the immune system.',
      'Vitamin D helps your immune cells respond to threats.',
    ],
  },
  {
    id: 'dk-prevent-infections',
    claim:
      'Vitamin D3 or K2 boosts immunity and protects against infections such as colds, flu and COVID-19.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'Not proven: no nutrient has been shown to prevent or treat COVID-19 or other infections.',
    explanation:
      'Low vitamin D (and, in one observation, low vitamin K) goes along with worse infections, but that may be because sick people have low levels rather than the other way round. Our sources state plainly that no nutrient has been proven to prevent or treat COVID-19 and that trials were still under way. Claims that D3 or K2 "boosts" immunity or prevents infections go beyond the evidence.',
    sources: [
      COVID_NOT_PROVEN,
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites:
          'Illnesses that predict poor COVID prognosis are associated with reduced vitamin K status (association only)',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'dk-infections',
        all: [
          '{DK}',
          String.raw`(?:infections?|infectious|viral|virus\w*|covid\w*|coronavirus|sars-cov-2|colds?|flu|influenza|respiratory (?:tract )?infections?|autoimmun\w*|hepatitis|hiv|pneumonia|tuberculosis)`,
        ],
        // Immune cells named as what D acts on, with no promise of fewer or milder infections, is the
        // immune-role mechanism ("D helps activate T cells, the defenders against viruses").
        none: [
          String.raw`^(?!.*(?:{PREVENT}|fewer|risk|severity|milder|shorter|ward\w* off|cure\w*|treat\w*|recover\w*|less likely|catch\w*|sick|ill\b|illness)).*(?:t[\s-]cells?|b[\s-]cells?|macrophages?|immune cells?|white blood cells|cathelicidins?|defensins?|antimicrobial peptides?)`,
        ],
        priority: 20,
        reason: 'Names D or K2 with infections, viruses or COVID-19.',
      },
      {
        id: 'dk-boosts-immunity',
        all: [
          '{DK}',
          String.raw`(?:boost\w*|strengthen\w*|improv\w*|increas\w*|enhanc\w*|supercharg\w*|fortif\w*|power\w*|profound) (?:\S+ ){0,3}(?:immun\w*)|immun\w* (?:\S+ ){0,2}(?:boost\w*|level)`,
        ],
        priority: 20,
        reason: 'Names D or K2 and says it boosts or increases immunity.',
      },
    ],
    examples: [
      'Vitamin D3 boosts the immune system and helps prevent colds and flu.',
      'Vitamin D may lower your risk of COVID-19.',
      'MK-7 has been found to reduce the severity of covid-19.',
      'Vitamin D may cut the risk of respiratory infections.',
      'Taking vitamin D daily could protect you from flu.',
    ],
  },
  {
    id: 'dk-reduce-inflammation',
    claim: 'Vitamin D3 and K2 reduce inflammation.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'Trials in our sources found no effect of K2 and D3 on inflammation markers.',
    explanation:
      'The AVADEC trial gave older men high-dose K2 and D3 for two years and found no change in inflammation around the heart or in the blood. A trial in gum-disease patients likewise saw no effect on inflammatory markers. Lab and observational findings do not show that these vitamins calm inflammation in people.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'AVADEC: no effect on systemic inflammatory markers; periodontitis trial: no effect on inflammatory markers',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'dk-inflammation',
        all: ['{DK}', String.raw`(?:inflamm\w*|anti-inflammatory)`],
        none: [DOUBT],
        priority: 9,
        reason: 'Names D or K2 with inflammation.',
      },
    ],
    examples: [
      'Vitamin K2 helps reduce inflammation.',
      'D3 and K2 have anti-inflammatory effects.',
      "Vitamin K2's role in inflammation suggests potential benefits for immune regulation.",
      'MK-7 may help lower chronic inflammation.',
      'Vitamin D helps calm chronic inflammation.',
    ],
  },
  {
    id: 'dk-better-than-d-alone',
    claim: 'D3 and K2 together work better than vitamin D3 alone.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'Guideline summaries find no clear advantage over vitamin D3 alone.',
    explanation:
      'This is the central selling point of D3 + K2 products. The guideline summaries we reviewed say current clinical evidence does not show clear advantages over D3 alone for bones or the heart, and a trial in gum-disease patients found no added benefit; the striking "better together" results come from rats and mechanisms. Until trials show otherwise, vitamin D3 alone is the evidence-based choice when you need it.',
    sources: [
      NO_ADVANTAGE,
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Rat models showed more bone regeneration with both vitamins; not translated to human trials',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Claims the combination appears more effective than either nutrient alone (narrative reviews)',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'dk-better-together',
        all: [
          '{DK}',
          String.raw`(?:better together|work\w* best (?:\S+ ){0,3}(?:with|together|alongside)|(?:than|over) (?:\S+ ){0,3}(?:alone|on (?:its|their) own|by itself)|either (?:\S+ ){0,2}alone|neither (?:\S+ ){0,2}(?:can|could) (?:\S+ ){0,2}alone|amplif\w*|(?:enhanc\w*|amplif\w*|boost\w*) (?:their|its) (?:\S+ ){0,2}(?:effect\w*|efficacy|benefits?)|(?:enhanc|boost|amplif|increas|improv|maximi[sz])\w* (?:the )?(?:\S+ ){0,3}(?:effect\w*|efficacy|benefits?|action) of (?:\S+ ){0,3}(?:{D}|calcium)|enhanc\w* (?:\S+ ){0,4}combination|(?:effect|benefits?|efficacy) (?:is|are) (?:\S+ ){0,1}enhanced|is enhanced|optimal benefits of|get the (?:\S+ ){0,2}benefits? of|as opposed to|(?:outperform\w*|beats?|superior to) (?:\S+ ){0,3}(?:plain |regular |ordinary |standard )?(?:{D}|d3)|{D} alone (?:can't|cannot|can not|could not|couldn't|doesn't|does not|won't|will not)|(?:smarter|better|wiser|superior|stronger) (?:\S+ ){0,2}${PLAIN_D_COMPARED})`,
        ],
        none: [String.raw`(?:d2|ergocalciferol)`, ONLY_UNREVIEWED_TOPIC],
        priority: 21,
        reason: 'Says D3 and K2 together beat vitamin D alone, or that K2 enhances vitamin D.',
      },
      {
        id: 'k2-makes-d-work-better',
        all: [
          '{K2}',
          '{D}',
          String.raw`(?:work\w* (?:\S+ ){0,1}better|more effective\w*|(?:more|most) (?:\S+ ){0,1}(?:effective|efficient)(?:ly)?|better results|makes? (?:\S+ ){0,3}(?:work|more effective)|get (?:\S+ ){0,1}more (?:\S+ ){0,2}out of)`,
        ],
        none: [
          String.raw`(?:d2|ergocalciferol|than (?:mk|menaquinone|k1)|with or without|regardless of)`,
          UNREVIEWED_TOPIC,
        ],
        priority: 10,
        reason: 'Names K2 and vitamin D and says K2 makes vitamin D work better or more effectively.',
      },
    ],
    examples: [
      'Since K2 keeps calcium where it belongs, our D3 + K2 is the better choice compared with plain vitamin D.',
      'Vitamin D3 and K2 are better together.',
      'Together, D3 and K2 enhance bone density more effectively than vitamin D3 alone.',
      'Vitamin K2 enhances the benefits of vitamin D for your bones.',
      'K2 makes vitamin D work better for your bones.',
      'D3 is more effective for bone health when combined with K2.',
      'Because K2 keeps calcium in check, our formula outperforms plain vitamin D.',
      'Supplement makers argue pairing K2 with D3 gives the heart protection vitamin D alone cannot.',
    ],
  },
  {
    id: 'dk-combination-for-most-people',
    claim: 'Many people, such as postmenopausal women, benefit from taking D3 and K2 together.',
    topic: 'other',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'For most healthy adults the combination is not supported by evidence.',
    explanation:
      'Shop pages list broad groups who "might benefit": postmenopausal women, anyone who cares about bones or the heart. The guideline summary we reviewed says routine D3 + K2 supplementation is not supported by evidence for most healthy adults, and recommends testing vitamin D in people at risk and treating a deficiency with D3 alone. Who should take what is a question for your doctor, not a product label.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'For most healthy adults, routine D3 + K2 supplementation is not supported by evidence',
      },
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Marketing list of groups the combination is "particularly beneficial for"',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'dk-good-for-groups',
        all: [
          String.raw`(?:{DK}|combination|supplement)`,
          String.raw`(?:beneficial|ideal|suited|suitable|recommended|a (?:good|smart|wise|sensible|great) choice|the right choice|good|great|helpful|useful|perfect) (?:\S+ ){0,3}for(?::|$| (?:\S+ ){0,2}(?:many|most|everyone|anyone|all|people|adults|individuals|women|men|seniors|older|postmenopausal|those))`,
        ],
        // A dose recommended for a group is the dose entry's claim.
        none: [DOUBT, ONLY_UNREVIEWED_TOPIC, String.raw`\d+\s*(?:iu|mcg|µg|μg|mg)\b`],
        priority: 22,
        reason: 'Says the D3 + K2 combination is good for most people or for broad groups.',
      },
      {
        id: 'dk-who-benefits-list-item',
        all: [
          '{DK}',
          String.raw`^[^:]{0,60}: (?:postmenopausal|menopausal|older|elderly|adults?|individuals|people|persons|those|anyone|seniors|women|men|athletes|vegans|vegetarians)`,
        ],
        none: [UNREVIEWED_TOPIC, DOUBT],
        priority: 22,
        reason:
          'A list item naming a group of people under a D3 + K2 subject carried from its lead-in ("beneficial for:").',
      },
    ],
    examples: [
      'This D3 + K2 supplement combination can be beneficial for many people.',
      'Vitamin D3 and K2 are particularly beneficial for postmenopausal women concerned about bone loss.',
      'This D3 and K2 supplement is ideal for adults who want to support their bone and heart health.',
      'D3 and K2 are a smart choice for women after menopause.',
      'This combination is especially helpful for women after menopause, older adults and anyone with limited sun exposure.',
    ],
  },
];
