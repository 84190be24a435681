import type { Entry, Source } from '../schema';
import { ARTERY_CALCIFICATION, ARTERY_OUTCOME, DOUBT, HYPOTHESIS, SHOWN } from './patterns';

const REVIEWED = '2026-11-21';

const AVADEC: Source = {
  seed: '003_2b1a0b5e5585a4b8.txt',
  cites:
    'AVADEC trial (2025): 720 µg K2 + 25 µg D3 for 24 months in older men, no effect on cardiac inflammation markers',
};

const NO_RCT_FOR_D: Source = {
  seed: '003_2b1a0b5e5585a4b8.txt',
  cites: 'No randomised controlled trial shows cardiovascular benefit from vitamin D supplementation',
};

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
      'The idea comes from the mechanism: activated matrix Gla protein should keep calcium out of arteries, and people who eat more K2 have less heart disease in some observational studies. But in the AVADEC trial two years of high-dose K2 with D3 lowered inactive MGP without changing markers of heart risk, and no randomised trial has shown vitamin D supplements prevent cardiovascular events. An association in eating habits is not proof that a supplement protects you.',
    sources: [AVADEC, NO_RCT_FOR_D],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'dk-prevent-heart-disease',
        all: [
          '{DK}',
          String.raw`(?:{PREVENT}|fewer|less|decreas\w*|lowest|healthiest|improv\w*)`,
          String.raw`(?:heart (?:disease|attacks?|failure)|(?:cardiovascular|cardiac|coronary) (?:disease|events?|risk|mortality|deaths?|problems)|(?:cardiac|heart|cardiovascular) deaths?|dying (?:\S+ ){0,2}(?:heart|cardiac|cardiovascular)|strokes?|myocardial infarction|heart disease death)`,
        ],
        priority: 10,
        reason: 'Names D or K2 and says it lowers heart disease, heart attacks or cardiovascular death.',
      },
    ],
    examples: [
      'Vitamin D3 and K2 prevent heart disease.',
      'Taking K2 with D3 may reduce your risk of cardiovascular events.',
      'Higher K2 intake is associated with reduced cardiovascular mortality.',
      'Vitamin K2 lowers the risk of dying from heart disease.',
      'D3 and K2 may help protect against heart attacks and strokes',
      'In a Dutch cohort, people who ate the most menaquinones had fewer cardiac deaths.',
    ],
  },
  {
    id: 'k2-prevents-arterial-calcification',
    claim: 'Vitamin K2 prevents, slows or reverses hardening and calcification of the arteries.',
    topic: 'heart',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'Plausible in theory, but trials have not shown K2 keeps arteries from calcifying.',
    explanation:
      'Matrix Gla protein, which K2 activates, helps stop calcium crystals forming in vessel walls, so the idea is reasonable. But the trials our sources describe, including AVADEC with high-dose K2 and D3, lowered inactive MGP without a measurable benefit for the heart, and guideline summaries say the cardiovascular benefits are unproven. Nothing shows K2 removes calcium that is already in arteries.',
    sources: [
      AVADEC,
      {
        seed: '000_205bc296aff7d109.txt',
        cites: 'K2 + D3 "has been suggested" to have a protective role in coronary artery calcification',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-prevents-artery-calcification',
        all: [
          '{DK}',
          String.raw`(?:{PREVENT}|treat\w*|revers\w*|inhibit\w*|combat\w*|against|avoid\w*|resist\w*|remov\w*|clear\w*|dissolv\w*|shrink\w*|melt\w*|undo\w*|unclog\w*|halt\w*|arrest\w*|fewer|less|lower|keep\w*|free (?:of|from))`,
          ARTERY_CALCIFICATION,
        ],
        // Naming the proteins makes it the mechanism ("MGP ... prevents vascular calcification"),
        // unless the sentence also promises an outcome the mechanism does not show.
        // A hypothesis reported as one ("researchers have wondered whether K2 could slow ...") is
        // an accurate statement about the science, not a claim of the outcome.
        none: [
          String.raw`^(?!.*${ARTERY_OUTCOME}).*(?:osteocalcin|mgp|matrix gla\w*|gla[\s-]proteins?)`,
          String.raw`${HYPOTHESIS} (?:\S+ ){0,4}{DK}`,
        ],
        priority: 12,
        reason: 'Names D or K2 and says it prevents, slows or reverses calcified or hardened arteries.',
      },
      {
        id: 'k-clears-calcium-from-arteries',
        all: [
          '{K2}',
          String.raw`(?:clear\w*|remov\w*|dissolv\w*|revers\w*|pull\w*|strip\w*|flush\w*) (?:\S+ ){0,2}calcium (?:\S+ ){0,2}(?:out of|from)`,
        ],
        // Below studies-confirm: "research proves K2 clears arteries" is the evidence claim.
        priority: 22,
        reason: 'Says K2 clears calcium that is already in arteries or tissues.',
      },
      {
        id: 'k-keeps-arteries-clear',
        all: [
          '{DK}',
          String.raw`(?:keep\w*|stay\w*|remain\w*) (?:\S+ ){0,2}(?:arter\w*|blood vessels?|vessels?) (?:\S+ ){0,1}(?:clear|open|clean|unclogged|young|youthful)|(?:arter\w*|blood vessels?|vessels?) (?:\S+ ){0,2}(?:stay|remain)\w* (?:\S+ ){0,1}(?:clear|open|clean|unclogged|young|youthful)`,
        ],
        priority: 22,
        reason: 'Says D or K2 keeps the arteries clear, open or young: an outcome, not where calcium goes.',
      },
    ],
    examples: [
      'Vitamin K2 helps prevent hardening of the arteries.',
      'MK-7 may slow the progression of coronary artery calcification.',
      'K2 can reverse arterial calcification and clear plaque from your vessels.',
      'MK-7 helps keep arteries free of calcium deposits.',
      'Vitamin K2 may help prevent calcium plaque in the arteries.',
      'K2 may keep your coronary calcium score from climbing.',
      'MK-7 could slow calcium build-up in arteries that are already heavily calcified.',
      'Vitamin K2 keeps your arteries clear and young.',
    ],
  },
  {
    id: 'dk-support-heart-health',
    claim: 'Vitamin D3 and K2 support heart and artery health.',
    topic: 'heart',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'Soft wording for a heart benefit that trials have not shown.',
    explanation:
      '"Supports heart health" sounds modest, but it still promises a benefit for the heart and blood vessels. The guideline summaries we reviewed find the cardiovascular benefits of D3 and K2 unproven: the AVADEC trial showed no effect on heart-risk markers, and no randomised trial shows vitamin D helps the heart. The mechanism is plausible; the benefit is not demonstrated.',
    sources: [
      AVADEC,
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Marketing text promising "comprehensive skeletal and cardiovascular support"',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'dk-heart-health',
        all: [
          '{DK}',
          String.raw`(?:(?:heart|cardiovascular|cardio|cardiac|vascular|arterial|artery|arteries|circulatory|blood vessels?)(?: (?:and|&) (?:\S+ ){0,1}?(?:heart|cardiovascular|vascular|arterial|artery|arteries))? (?:health|wellness|function|support|protection|benefits?|system)|health (?:of|for) (?:your |the )?(?:heart|arteries|blood vessels|vessels)|health(?:y|ier|iest) (?:heart|arteries|blood vessels|vessels|circulation|cardiovascular system)|protect\w* (?:your |the |their |our )?hearts?|heart (?:(?:and|&) (?:\S+ ){0,2})?(?:brain|bone)s? health|good for (?:your |the )?(?:heart|arteries|blood vessels|cardiovascular system)|heart[\s-]healthy|(?:heart|cardiovascular|vascular) (?:well-?being|wellness)|(?:healthy|strong) (?:heart|cardiovascular system)|(?:heart|arteries|cardiovascular system) (?:\S+ ){0,4}protection|protection (?:for|of|to) (?:your |the )?(?:heart|arteries|cardiovascular system)|(?:best|good|great|ideal) (?:\S+ ){0,5}for (?:your |the )?(?:heart|arteries|blood vessels|cardiovascular system)|(?:hearts?|arteries|blood vessels|vessels) (?:\S+ ){0,2}(?:healthy|strong|young)(?! bones))`,
        ],
        priority: 20,
        reason: 'Names D or K2 with heart, artery or cardiovascular health or support.',
      },
      {
        id: 'dk-perfect-pair-for-heart',
        all: [
          '{DK}',
          String.raw`(?:match made in heaven|perfect (?:match|pair\w*|partners?|team|duo|combination|combo)|dream team|power (?:couple|duo)|(?:best|ideal) (?:friends|partners|pair\w*|duo))`,
          String.raw`(?:hearts?|arter\w*|cardio\w*|blood vessels?)`,
        ],
        // A pairing sold on the heart's behalf promises the heart benefit, which is unproven.
        priority: 20,
        reason: 'Calls D and K2 a perfect match for the heart: the heart-health promise.',
      },
    ],
    examples: [
      'Vitamin K2 and D3 are a match made in heaven for your heart and bones.',
      'Vitamin K2 supports heart and bone health.',
      'D3 and K2 may promote healthy arteries and circulation.',
      'Use vitamin D3 and K2 for the health of your arteries.',
      'K2 is good for your heart.',
      'D3 and K2 support cardiovascular wellbeing.',
      'With D3 and K2, your heart gets the protection it deserves.',
    ],
  },
  {
    id: 'k2-keeps-arteries-flexible',
    claim: 'Vitamin K2 keeps arteries flexible and lowers arterial stiffness.',
    topic: 'heart',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'Arterial stiffness is a marker, and our sources show no trial that K2 improves the heart.',
    explanation:
      'Pages cite a change in arterial stiffness, a measurement of the vessel wall, as proof of a heart benefit. The guideline summaries we reviewed find no trial showing that K2, alone or with D3, improves the heart; AVADEC lowered inactive MGP without changing heart-risk markers. A better number on a scan is not the same as fewer heart attacks.',
    sources: [
      AVADEC,
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites: 'Blog claim that K2 may restore flexibility to hardened arteries',
      },
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Marketing claim that K2 helps maintain vascular flexibility',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-arterial-stiffness',
        all: [
          '{DK}',
          String.raw`(?:(?:arterial|artery|arteries|vascular|vessel|blood vessel|aortic) (?:stiffness|elasticity|flexibility|suppleness)|(?:stiffness|elasticity|flexibility) of (?:the |your )?(?:arter\w*|blood vessels?|vessels?)|(?:flexible|elastic|supple) (?:arteries|blood vessels|vessels)|(?:arteries|blood vessels|vessels|vessel walls) (?:\S+ ){0,2}(?:flexible|elastic|supple|pliable)|stiff(?:ening|ness)? (?:of )?(?:the )?arter\w*|arterial elasticity|(?:arter\w*|blood vessels?|vessels?) (?:\S+ ){0,3}(?:stiffen\w*|elastic|supple|pliable)|stiff(?:er|est)? (?:arter\w*|blood vessels?|vessels?)|(?:restor\w*|regain\w*|improv\w*|maintain\w*) (?:\S+ ){0,2}(?:flexibility|elasticity|suppleness) (?:\S+ ){0,2}(?:to|of|in) (?:the |your )?(?:arter\w*|blood vessels?|vessels?|hardened))`,
        ],
        // Above the calcification rule: "prevents buildup and keeps vessels flexible" is this claim.
        priority: 23,
        reason: 'Names D or K2 with the flexibility or stiffness of the arteries.',
      },
    ],
    examples: [
      'Vitamin K2 helps keep arteries flexible.',
      'MK-7 may reduce arterial stiffness in older women.',
      'K2 supports vascular elasticity and healthy blood flow.',
      'MenaQ7 helps keep blood vessels supple.',
      'Vitamin K2 helps maintain the elasticity of blood vessels.',
      'K2 can even help restore flexibility to arteries that have already hardened.',
      'Vitamin K2 helps keep your arteries from stiffening with age.',
    ],
  },
  {
    id: 'trial-showed-dk-slowed-calcification',
    claim: 'A clinical trial showed D3 and K2 slowed artery calcification and cut heart events.',
    topic: 'heart',
    kind: 'evidence',
    grade: 'contradicted',
    verdict: 'Misstates the evidence: the trial our sources describe found no heart benefit.',
    explanation:
      'Marketing pages describe a large trial in men with calcified coronary arteries as a success. The guideline summary we reviewed reports the AVADEC trial, two years of high-dose K2 with D3 in older men, as finding no effect on heart-risk markers, and notes that no trial has shown fewer cardiovascular events. Observational links between K2 in the diet and less calcification are not trial results either.',
    sources: [
      AVADEC,
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites:
          'Marketing text claiming a large trial showed slowed calcification and fewer cardiovascular events',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'trial-says-calcification-slowed',
        all: [
          '{DK}',
          String.raw`(?:trials?|stud(?:y|ies)|research|rcts?|meta-analys[ie]s)`,
          String.raw`(?:${SHOWN}|reported|established)`,
          String.raw`(?:calcification|artery hardening|hardening of (?:the )?arteries|cardiovascular events|heart attacks|arterial plaque|plaques?|calcium scores?|coronary calcium|calcium (?:\S+ ){0,2}(?:build\w*|deposit\w*|accumulat\w*|progress\w*) (?:\S+ ){0,2}(?:in|inside|within) (?:the |your )?(?:arter\w*|blood vessels?|vessels?))`,
        ],
        none: [
          DOUBT,
          String.raw`(?:stiff\w*|elastic\w*|flexib\w*|associat\w*|observational|suggest\w*|linked|intake|diet\w*|ate|eat\w*)`,
        ],
        priority: 5,
        reason: 'Says a study or trial showed D or K2 reduced calcification or heart events.',
      },
    ],
    examples: [
      'A large clinical trial found that K2 with D3 significantly slowed the progression of calcification.',
      'Human clinical trials have shown vitamin K2 and D3 reduce artery hardening.',
      'Research has proven that MK-7 reduces cardiovascular events and heart attacks.',
      'A randomised trial found that MK-7 slowed the progression of aortic valve calcification.',
      'Research has shown that vitamin K2 slows the progression of arterial calcification.',
      'D3 and K2 can reverse existing plaque, and the trials show it.',
      'The AVADEC trial proved that vitamin K2 with D3 stops calcium from building up in your arteries.',
    ],
  },
];
