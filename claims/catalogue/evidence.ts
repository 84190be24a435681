import type { Entry, Source } from '../schema';
import {
  DOUBT,
  NOT_IN_GUIDELINES,
  NOT_SHOWN,
  PAIR,
  STRONG_EVIDENCE,
  STUDY,
  UNREVIEWED_TOPIC,
} from './patterns';

const REVIEWED = '2026-11-21';

/** Guideline bodies as pages name them, spelled out ("European League Against Rheumatism") or abbreviated. */
const GUIDELINE_ORG = String.raw`(?:eular|uspstf|acp|american college|european league|task force|(?:osteoporosis|endocrine|menopause) (?:society|foundation)|national osteoporosis|medical (?:bod(?:y|ies)|societ(?:y|ies)|organi[sz]ations?)|health authorit\w*|(?:guideline|major|medical|professional) organi[sz]ations?)`;

/** Guideline words or a guideline body. */
const GUIDELINE_BODY = String.raw`(?:guideline\w*|guidance|recommend\w*|${GUIDELINE_ORG}|organi[sz]ations?|standard|routine)`;

const NO_ROUTINE_USE: Source = {
  seed: '003_2b1a0b5e5585a4b8.txt',
  cites: 'Clinical recommendation: routine D3 + K2 supplementation is not supported by evidence',
};

const GUIDELINES_SILENT: Source = {
  seed: '002_e4882ffecf233a35.txt',
  cites: 'EULAR, American College of Physicians and USPSTF do not include K2 in osteoporosis recommendations',
};

/** Statements about the evidence itself: "the science is strong", "studies confirm", and the caveats. */
export const evidence: Entry[] = [
  {
    id: 'science-is-strong',
    claim: 'The science behind taking D3 and K2 together is strong.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'contradicted',
    verdict: 'Guideline summaries say the opposite: the combination has not shown clear benefits.',
    explanation:
      'Major guideline bodies (EULAR, the American College of Physicians, the USPSTF) do not include K2 in their recommendations, and the summaries we reviewed find no clear advantage of D3 with K2 over D3 alone for bones or the heart. Most supportive data are mechanisms, surrogate markers or high-dose Japanese MK-4 trials. Calling that "strong" or "evidence-based" misstates it.',
    sources: [NO_ROUTINE_USE, GUIDELINES_SILENT],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'science-strong',
        all: [STRONG_EVIDENCE, PAIR],
        none: [
          DOUBT,
          UNREVIEWED_TOPIC,
          String.raw`(?:activat\w*|carboxylat\w*|absor\w*|half[\s-]?li(?:fe|ves)|bioavailab\w*)`,
        ],
        priority: 25,
        reason: 'Says the science or evidence for K2 or the D3 + K2 pair is strong or clear.',
      },
      {
        id: 'evidence-based-pair',
        all: [
          PAIR,
          String.raw`(?:evidence[\s-]based|science[\s-]backed|research[\s-]backed|scientifically (?:proven|backed|supported)|backed by (?:\S+ ){0,2}(?:science|research|studies)|(?:decades|years|wealth|mountains?) of (?:\S+ ){0,2}(?:research|studies|evidence|science))`,
        ],
        none: [DOUBT],
        priority: 25,
        reason: 'Calls K2 or the D3 + K2 combination evidence-based or science-backed.',
      },
    ],
    examples: [
      'The science supporting vitamin D3 and K2 together is strong.',
      'The combination of vitamin D3 and K2 offers a powerful, evidence-based approach to health.',
      'The science supporting vitamin K2 for bone and heart health is strong.',
      'The science is unequivocal: D3 and K2 must be taken together for healthy bones.',
      'There is now a strong body of evidence showing that vitamin K2 benefits both bones and arteries.',
    ],
  },
  {
    id: 'studies-confirm-benefits',
    claim: 'Clinical studies prove (confirm) the benefits of D3 and K2.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'contradicted',
    verdict: 'Misstates the evidence: the benefits on bones and heart are unproven or mixed.',
    explanation:
      'Pages say studies "confirm" or "prove" the benefits, or that K2 is "clinically proven" for bones and the heart. The guideline summaries we reviewed conclude the opposite: the theoretical synergy has not shown up in fractures, heart events or survival, and the trials that exist measure markers. Studies exist; proof of these benefits does not.',
    sources: [
      NO_ROUTINE_USE,
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'Synergy has not materialised in outcomes that matter: fractures, cardiovascular events, mortality',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'studies-confirm',
        all: [
          PAIR,
          String.raw`(?:(?:clinically|scientifically|conclusively)[\s-](?:proven|validated|shown|demonstrated)|proven in (?:\S+ ){0,1}(?:trials|studies)|proven (?:to|benefits?|effective)|(?:stud(?:y|ies)|research|trials|science|evidence)\b.{0,120}\b(?:confirms?|confirmed|proves?|proved|proven)\b|(?:benefits?|effects?) (?:\S+ ){0,8}(?:are|is) (?:\S+ ){0,1}(?:well[\s-]known|well[\s-]established|proven|undeniable|confirmed))`,
        ],
        none: [
          DOUBT,
          UNREVIEWED_TOPIC,
          String.raw`(?:bioavailab\w*|absor\w*|half[\s-]?life|pharmacokinetic\w*)`,
        ],
        // Above the outcome it asserts (stiffness, 43): "trials confirm K2 reverses stiffening" misstates trials.
        priority: 24,
        reason: 'Says studies confirm or prove the benefits of K2 or the D3 + K2 pair.',
      },
    ],
    examples: [
      'Clinical studies confirm the benefits of vitamin D3 and K2 for bone and heart health.',
      'MenaQ7 is the only clinically proven vitamin K2 for bone and cardiovascular health.',
      "Vitamin K2's benefits for bone and heart health are well known.",
      'MenaQ7 is clinically proven to keep your arteries clear.',
      'Clinical trials confirm that MK-7 reverses arterial stiffening.',
      'Research has conclusively shown that D3 and K2 together prevent osteoporosis.',
    ],
  },
  {
    id: 'guidelines-recommend-k2',
    claim: 'Medical guidelines recommend taking K2 with vitamin D.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'contradicted',
    verdict: 'Wrong: major guidelines do not include K2 in their recommendations.',
    explanation:
      'EULAR, the American College of Physicians and the USPSTF recommend calcium and vitamin D for people at risk of osteoporosis, but none of them includes K2. A guideline summary we reviewed goes further and advises against adding K2 to vitamin D expecting extra bone or heart benefit. Individual practitioners may suggest K2; that is not a guideline.',
    sources: [GUIDELINES_SILENT, NO_ROUTINE_USE],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'guidelines-say-k2',
        all: [
          '{K2}',
          String.raw`(?:guidelines?|official (?:\S+ ){0,2}(?:advice|recommendations?)|health authorities|eular|uspstf|medical societies|(?:society|association|college|academy|foundation) (?:of|for) \w+|nhs|endocrine society)`,
          String.raw`(?:recommend\w*|advis\w*|endors\w*|include\w*|support\w*|call for|part of|(?:now |listed )in|agree\w*|requir\w*)`,
        ],
        none: [DOUBT, String.raw`rather than`],
        priority: 15,
        reason: 'Says guidelines or health authorities recommend K2.',
      },
    ],
    examples: [
      'Osteoporosis guidelines recommend vitamin K2 alongside vitamin D3 for bone health.',
      'K2 is endorsed by official osteoporosis guidelines.',
      'Health authorities now advise adding MK-7 to your vitamin D to protect your arteries.',
      'MenaQ7 is the K2 form now included in osteoporosis guidelines.',
      'Leading doctors and guidelines agree that K2 should be taken with vitamin D.',
    ],
  },
  {
    id: 'k2-not-in-guidelines',
    claim: 'Major guidelines do not include K2; its bone evidence is mostly high-dose Japanese MK-4 trials.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'established',
    verdict: 'An accurate caveat: this is what the guideline summaries say.',
    explanation:
      'EULAR, the American College of Physicians and the USPSTF do not include vitamin K2 in their osteoporosis recommendations. Most of the supporting evidence comes from Japanese trials of MK-4 at 45 mg a day, far above normal intakes, so K2 remains at most an add-on to discuss with a doctor. A page that says this is describing the evidence fairly.',
    sources: [
      GUIDELINES_SILENT,
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Evidence base consists primarily of Japanese studies using high-dose MK-4 (45 mg daily)',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k2-not-guideline',
        all: ['{K}', NOT_IN_GUIDELINES, GUIDELINE_BODY],
        priority: 25,
        reason: 'Says K2 is not part of guidelines or formal recommendations (an accurate caveat).',
      },
      {
        id: 'k2-body-does-not-recommend',
        all: [
          '{K}',
          GUIDELINE_ORG,
          String.raw`(?:not|\w+n't|never) (?:\S+ ){0,1}(?:recommend|advis|endors|includ|support)\w*`,
        ],
        // Named bodies ("the US Preventive Services Task Force does not recommend K2") are the caveat.
        priority: 25,
        reason: 'Says a named guideline body does not recommend K2 (an accurate caveat).',
      },
      {
        id: 'k2-evidence-mostly-japanese',
        all: [
          '{K2}',
          String.raw`(?:mostly|primarily|mainly|largely|most (?:\S+ ){0,4}(?:evidence|research|studies|trials|data)|evidence base)`,
          String.raw`(?:japan\w*|high[\s-]dose)`,
        ],
        priority: 25,
        reason: 'Says the K2 evidence comes mostly from high-dose Japanese trials (an accurate caveat).',
      },
      {
        id: 'k2-evidence-short-of-guidelines',
        all: [
          '{K}',
          String.raw`(?:not|\w+n't) (?:yet )?(?:\S+ ){0,1}(?:strong|good|solid|robust|convincing|consistent|clear) enough`,
          GUIDELINE_BODY,
        ],
        priority: 25,
        reason:
          'Says the K2 evidence is not yet strong enough for guidelines to recommend it (an accurate caveat).',
      },
      {
        id: 'k2-trial-dose-far-above-supplements',
        all: [
          '{K2}',
          String.raw`(?:trials?|stud(?:y|ies)|research|results|evidence)`,
          String.raw`\d+\s*(?:mg|milligrams?)`,
          String.raw`(?:(?:far|much|well|many times|hundreds of times|\d+ times) (?:\S+ ){0,2}(?:above|more|higher|greater|beyond|bigger)|pharmacolog\w*|(?:typical|normal|usual|ordinary|standard|most) (?:\S+ ){0,3}(?:supplements?|capsules?|products?|doses?|intakes?))`,
        ],
        // A report that the bone trials used a huge MK-4 dose is the caveat, not a dose advice.
        priority: 25,
        reason:
          'Says the K2 trials used milligram doses far above a typical supplement (an accurate caveat).',
      },
    ],
    examples: [
      'Major guideline organizations do not currently include vitamin K2 in their osteoporosis recommendations.',
      'Vitamin K2 is not formally recommended in major osteoporosis guidelines.',
      'Most of the evidence for K2 and bone health comes from Japanese studies using high-dose MK-4.',
      'K2 remains an add-on rather than something the guidelines require.',
      'None of the major osteoporosis guidelines currently recommend vitamin K2 supplements.',
      'Neither the American College of Physicians nor the European League Against Rheumatism includes vitamin K2 in its recommendations.',
      "K2 isn't currently part of official osteoporosis guidelines.",
      'The US Preventive Services Task Force does not recommend vitamin K2 for fracture prevention.',
      'The evidence is not yet strong enough for osteoporosis guidelines to recommend vitamin K2.',
      'The Japanese fracture trials gave 45 mg of MK-4 a day, far more than a typical K2 supplement holds.',
    ],
  },
  {
    id: 'dk-benefit-not-shown',
    claim:
      'Trials have not shown that D3, alone or with K2, prevents fractures, heart disease or death in most people.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'established',
    verdict: 'An accurate caveat: this is what the guideline summaries conclude.',
    explanation:
      'The guideline summaries we reviewed conclude that the D3 + K2 combination has not shown clear advantages over D3 alone for bones or the heart, that the AVADEC trial found no effect on heart-risk markers, and that no randomised trial shows vitamin D supplements prevent cardiovascular events. The USPSTF likewise found that 400 IU of vitamin D3 with calcium gave postmenopausal women no net protection from fractures. A page that says the benefits are unproven, or that more research is needed, is describing the evidence fairly.',
    sources: [
      NO_ROUTINE_USE,
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'AVADEC (2025) no effect on inflammation markers; no RCT shows cardiovascular benefit of vitamin D',
      },
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'USPSTF: 400 IU D3 with 1,000 mg calcium, no net fracture benefit; periodontitis trial: no added benefit',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'dk-not-shown',
        all: [
          '{DK}',
          NOT_SHOWN,
          String.raw`(?:${STUDY}|showed|found|shown|benefits?|advantages?|effects?|outcomes?|supplementation|synergy|proof|uspstf|task force|according to|guidelines?|therapy|treatment|adding|added|markers?|healthy (?:people|adults)|{BONE}|{HEART})`,
        ],
        // "Doesn't help everyone, but may help people with osteoporosis" is the hedged benefit claim.
        none: [
          UNREVIEWED_TOPIC,
          String.raw`(?:not|\w+n't) (?:\S+ ){0,5}(?:for|in) (?:everyone|everybody|all (?:people|patients|women|adults))\W+but`,
        ],
        priority: 28,
        reason: 'Says trials or evidence have not shown a benefit of D or K2 (an accurate caveat).',
      },
      {
        id: 'dk-should-not-be-marketed',
        all: [
          '{DK}',
          String.raw`(?:shouldn't|should not|can't|cannot|must not|mustn't|ought not to) (?:\S+ ){0,2}(?:be )?(?:marketed|sold|promoted|advertised|touted|pitched|presented|billed)`,
        ],
        // "It shouldn't be sold as a cure for heart disease" states the limit of the evidence.
        none: [UNREVIEWED_TOPIC],
        priority: 28,
        reason:
          'Says D or K2 should not be marketed for a benefit the trials have not shown (an accurate caveat).',
      },
    ],
    examples: [
      'Current clinical evidence does not demonstrate clear advantages of D3 with K2 over D3 alone for bone or heart health.',
      'No randomized controlled trial has demonstrated cardiovascular benefit from vitamin D supplementation.',
      'The benefits of vitamin K2 for heart health remain unproven.',
      'The evidence for K2 preventing fractures is weak.',
      'Taking 400 IU of vitamin D with 1,000 mg of calcium did not prevent fractures, according to the USPSTF.',
      'Adding K2 and D3 to periodontitis therapy did not improve bone levels.',
      "The evidence just isn't there for healthy people taking D3 and K2 for their bones.",
      'Despite the hype, there are no convincing human trials showing that K2 keeps calcium out of arteries.',
      "Trials haven't shown the combination beats D3 alone for fractures or heart outcomes.",
      "Routine D3 and K2 supplementation isn't supported by evidence for most healthy adults.",
      'The results do not mean K2 is harmful, only that it should not be sold as a way to reverse heart disease.',
    ],
  },
  {
    id: 'd3-alone-is-evidence-based',
    claim: 'When vitamin D is needed, vitamin D3 on its own is the evidence-based choice.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'established',
    verdict: 'An accurate caveat: guideline summaries advise D3 alone and do not require K2.',
    explanation:
      'The guideline summaries we reviewed advise testing vitamin D in people at risk and treating a deficiency with vitamin D3 alone, and say that until good trials show otherwise, D3 alone remains the evidence-based approach. Guidelines for osteoporosis recommend vitamin D (with enough calcium) without K2. A page that says this is describing the evidence fairly.',
    sources: [
      NO_ROUTINE_USE,
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'Treat documented deficiency with vitamin D3 alone; D3 alone (when indicated) remains the evidence-based approach',
      },
      GUIDELINES_SILENT,
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd3-alone-evidence-based',
        all: [
          '{D}',
          String.raw`(?:alone|on (?:its|their) own|by itself|plain (?:\S+ ){0,1}(?:vitamin d|d3?)\b|just (?:vitamin )?d3?\b|d3? only)`,
          String.raw`(?:evidence[\s-]based|(?:the )?evidence (?:\S+ ){0,1}supports?|what (?:\S+ ){0,3}guidelines? (?:\S+ ){0,1}(?:recommend|advise|suggest)\w*|guidelines? (?:\S+ ){0,2}(?:recommend|advise|suggest)\w*|recommended by (?:\S+ ){0,2}guidelines?|starting point|first[\s-]line|standard (?:treatment|approach|care))`,
        ],
        // "D3 and K2 beat D3 alone, the evidence-based way" is the better-together claim.
        none: [
          String.raw`(?:(?:better|more effective) (?:than|together|with|when)|outperform\w*|beats?|superior|enhanc\w*|boost\w*|amplif\w*)`,
        ],
        // Above the not-shown caveat: "until trials show otherwise, D3 alone remains..." says this.
        priority: 29,
        reason:
          'Says vitamin D3 alone, when needed, is what the evidence or guidelines support (an accurate caveat).',
      },
    ],
    examples: [
      'Until better trials arrive, vitamin D3 alone, when needed, remains the evidence-based choice.',
      'If you have documented low vitamin D, treating it with plain D3 is the evidence-based starting point.',
      'Guidelines advise treating vitamin D deficiency with D3 on its own.',
    ],
  },
  {
    id: 'no-nutrient-proven-against-covid',
    claim: 'No vitamin, D or K2 included, has been proven to prevent or treat COVID-19.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'established',
    verdict: 'An accurate caveat: no nutrient has been proven against COVID-19.',
    explanation:
      'Our sources say plainly that no nutrient has been proven to prevent or treat COVID-19 and that trials were still under way. Links between low vitamin D or K and worse COVID outcomes come from observational data. A page that says this is describing the evidence fairly.',
    sources: [
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites: 'No nutrient has been proven to prevent or treat COVID-19; clinical trials are ongoing',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'covid-not-proven',
        all: [
          '{DK}',
          String.raw`(?:no (?:\S+ ){0,2}(?:nutrient|supplement|vitamin)s?\b.{0,40}\b(?:proven|shown)|(?:not|never) (?:\S+ ){0,2}(?:been )?(?:proven|shown) to|no (?:\S+ ){0,2}evidence)`,
          String.raw`(?:covid\w*|coronavirus|infections?|colds?|flu)`,
        ],
        priority: 30,
        reason: 'Says no vitamin has been proven to prevent or treat COVID-19 (an accurate caveat).',
      },
    ],
    examples: [
      'To be clear, no nutrient, vitamin D included, has been proven to prevent or treat COVID-19.',
      'Vitamin D has not been proven to prevent COVID-19.',
      'There is no good evidence that vitamin K2 prevents colds or flu.',
      'No supplement, including vitamin D, has been proven to cure COVID-19.',
    ],
  },
];
