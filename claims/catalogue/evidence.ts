import type { Entry } from '../schema';
import {
  AVADEC_CORONARY,
  CORONAVIT,
  EFSA_K_2009,
  ENDOCRINE_2024,
  USPSTF_2024_DRAFT,
  USPSTF_FRACTURES,
  VITAL,
} from './sources';

/**
 * What makes "not shown" about safety, not a caveat about benefits: "no study shows K2 interacts
 * with warfarin" reassures, and must not be graded as an accurate caveat. (Harm not shown at a
 * dose above the limit is a veto of its own, dose-above-limit-called-safe, which outranks these.)
 */
const NOT_ABOUT_BENEFIT = ['Safe', 'SafeAbsolute', 'Anticoagulant', 'Interact'] as const;

const REVIEWED = '2026-12-07';

/** Statements about the evidence itself. */
export const evidence: Entry[] = [
  {
    id: 'science-is-strong',
    claim: 'The science behind D3 and K2 is strong, clear or settled.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'contradicted',
    gradeReason:
      'The trials of the pair are few, small or null on health outcomes, and no guideline recommends K2; calling the evidence strong misstates it.',
    verdict: 'Misstates the evidence: trials of the pair are few and mostly null.',
    explanation:
      'The trials of D3 with K2 are few, and the largest, AVADEC, did not meet its main goals. No guideline recommends K2, and the EU food safety authority rejected a heart claim for it. The mechanism is interesting; the evidence for health benefits is weak.',
    sources: [AVADEC_CORONARY, EFSA_K_2009],
    reviewed: REVIEWED,
    match: [
      {
        id: 'strong-evidence',
        all: [['EvidenceStrong']],
        none: ['Animal'],
        priority: 20,
        beyond: 'mixed',
        alone: true,
        reason: 'Calls the evidence for D or K2 strong, clear or settled.',
      },
    ],
    examples: [
      'The science supporting vitamin D3 and K2 is strong.',
      'There is overwhelming evidence that K2 protects your arteries.',
      'The research on vitamin K2 is clear.',
    ],
  },
  {
    id: 'studies-confirm-benefits',
    claim: 'Studies confirm or prove the benefits of D3 and K2.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'contradicted',
    gradeReason:
      '"Proven" and "clinically shown" misstate benefits that trials have not shown; it applies only where the benefit claimed is not itself established.',
    verdict: 'Misstates the evidence: these benefits are not proven.',
    explanation:
      'Words like "clinically proven" and "studies confirm" promise certainty the trials do not give. For bones the results are mixed, for the heart and immunity unproven. A page can fairly say a mechanism is plausible; it cannot say the benefit is proven.',
    sources: [AVADEC_CORONARY, VITAL, EFSA_K_2009],
    reviewed: REVIEWED,
    match: [
      {
        id: 'proven',
        all: [
          ['Strong'],
          [
            'Support',
            'Prevent',
            'Treat',
            'Raise',
            'Better',
            'Direct',
            'Bone',
            'BoneDensity',
            'Heart',
            'HeartEvent',
            'Artery',
            'Calcification',
            'Immune',
            'Mood',
            'Energy',
          ],
        ],
        none: ['Animal', 'Hedge'],
        priority: 20,
        beyond: 'mixed',
        reason: 'Calls a benefit of D or K2 proven, confirmed or clinically shown.',
      },
      {
        id: 'shown-in-studies',
        all: [
          ['Show'],
          ['Evidence'],
          [
            'Support',
            'Prevent',
            'Treat',
            'Raise',
            'Better',
            'Bone',
            'BoneDensity',
            'Heart',
            'HeartEvent',
            'Calcification',
            'Immune',
            'Mood',
            'Energy',
          ],
        ],
        none: ['Animal', 'Hedge', 'Link', 'EvidenceWeak', 'NoEffect', 'Negative'],
        priority: 20,
        beyond: 'unproven',
        reason: 'Says studies have shown a benefit of D or K2 that trials have not shown.',
      },
    ],
    examples: [
      'Clinical studies confirm that vitamin K2 supports bone health.',
      'MenaQ7 is the only clinically proven vitamin K2 for bone and heart health.',
      'Vitamin K2 is scientifically proven to reverse arterial stiffening.',
    ],
  },
  {
    id: 'guidelines-recommend-k2',
    claim: 'Guidelines or doctors recommend taking K2 with vitamin D.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'contradicted',
    gradeReason:
      'No major guideline (USPSTF, Endocrine Society, EULAR, ACP) recommends K2; presenting it as guideline advice misstates them.',
    verdict: 'No major guideline recommends K2.',
    explanation:
      'The US Preventive Services Task Force, the Endocrine Society and the main osteoporosis guidelines do not recommend vitamin K2, with or without vitamin D. Some doctors suggest it, but that is a personal view, not guidance.',
    sources: [ENDOCRINE_2024, USPSTF_FRACTURES],
    reviewed: REVIEWED,
    match: [
      {
        id: 'guidelines-recommend',
        who: ['K'],
        all: [
          ['Guideline', 'Experts'],
          ['Recommend', 'Should', 'Support', 'Include'],
        ],
        none: ['Advice', 'DoseK', 'Anticoagulant', 'Negative', 'Away'],
        priority: 20,
        reason: 'Says guidelines or doctors recommend K2.',
      },
    ],
    examples: [
      'Guidelines recommend taking vitamin K2 alongside vitamin D.',
      'Doctors recommend K2 with every vitamin D supplement.',
      'Health authorities advise combining D3 with K2.',
    ],
  },
  {
    id: 'k2-not-in-guidelines',
    claim: 'Major guidelines do not recommend K2.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'established',
    gradeReason: 'An accurate statement of the guidelines.',
    verdict: 'True: no major guideline recommends K2.',
    explanation:
      'The US Preventive Services Task Force, the Endocrine Society and the main osteoporosis guidelines leave K2 out. A page that says so is describing them correctly.',
    sources: [ENDOCRINE_2024, USPSTF_FRACTURES],
    reviewed: REVIEWED,
    match: [
      {
        id: 'not-in-guidelines',
        who: ['K'],
        all: [['Guideline']],
        denied: [['Recommend', 'Include', 'Support']],
        priority: 15,
        reason: 'Says guidelines do not include or recommend K2.',
      },
      {
        id: 'rather-than-guideline',
        who: ['K'],
        all: [['Away'], ['Guideline']],
        none: ['Intake', 'DoseK', 'VitK1'],
        priority: 15,
        reason: 'Says K2 is an add-on rather than part of the guidelines.',
      },
      {
        id: 'no-guideline',
        who: ['K'],
        all: [],
        denied: [['Guideline'], ['Recommend', 'Include', 'Support']],
        priority: 15,
        reason: 'Says no guideline includes or recommends K2.',
      },
    ],
    examples: [
      'Major guideline organisations do not include vitamin K2 in their recommendations.',
      'Vitamin K2 is not recommended in osteoporosis guidelines.',
      'No guideline recommends K2 for heart health.',
    ],
  },
  {
    id: 'dk-benefit-not-shown',
    claim: 'Trials have not shown that D3 or K2 prevents disease.',
    topic: 'evidence',
    kind: 'evidence',
    grade: 'established',
    gradeReason:
      'An accurate report of the evidence: VITAL, D-Health, AVADEC and CORONAVIT found no benefit on their main outcomes. One entry for any accurate caveat, whichever trial it names.',
    verdict: 'An accurate caveat: trials have not shown these benefits.',
    explanation:
      'Large trials of vitamin D (VITAL, D-Health, CORONAVIT) and of D3 with K2 (AVADEC) did not meet their main goals. A page that says the evidence is lacking, mixed or still coming is describing it fairly.',
    sources: [VITAL, AVADEC_CORONARY, CORONAVIT, USPSTF_2024_DRAFT],
    reviewed: REVIEWED,
    match: [
      {
        id: 'not-shown',
        all: [],
        denied: [['Show', 'Evidence', 'Strong']],
        none: [...NOT_ABOUT_BENEFIT],
        priority: 15,
        reason: 'Says studies have not shown a benefit of D or K2.',
      },
      {
        id: 'trial-found-no-effect',
        all: [['Evidence'], ['Show']],
        denied: [['Prevent', 'Support', 'Treat', 'Raise', 'Better', 'Show']],
        none: [...NOT_ABOUT_BENEFIT],
        priority: 15,
        reason: 'Reports that a study found no benefit of D or K2.',
      },
      {
        id: 'evidence-does-not-support',
        all: [['Evidence']],
        denied: [['Support', 'Show']],
        none: [...NOT_ABOUT_BENEFIT],
        priority: 15,
        reason: 'Says the evidence does not support a benefit of D or K2.',
      },
      {
        id: 'no-effect',
        all: [['NoEffect'], ['Evidence', 'Show', 'Guideline']],
        none: [...NOT_ABOUT_BENEFIT],
        priority: 15,
        reason: 'Reports that D or K2 showed no effect or benefit.',
      },
      {
        id: 'denies-benefit',
        all: [['Evidence', 'Show', 'Guideline']],
        denied: [['Support', 'Prevent', 'Treat', 'Raise']],
        none: ['Safe', 'SafeAbsolute', 'Anticoagulant', 'Medication', 'Harm', 'Should'],
        priority: 15,
        reason: 'Says D or K2 did not prevent, improve or reduce something.',
      },
      {
        id: 'evidence-weak',
        all: [['EvidenceWeak'], ['Evidence', 'Show', 'Hedge', 'Support']],
        none: [...NOT_ABOUT_BENEFIT],
        priority: 15,
        reason: 'Says the evidence for D or K2 is weak, mixed or incomplete.',
      },
    ],
    examples: [
      'No trial has shown that K2 prevents heart disease.',
      'The evidence for vitamin K2 and bone health is mixed.',
      'More research is needed to confirm these benefits of vitamin D3.',
      'The VITAL trial found that vitamin D did not reduce cancer.',
    ],
  },
];
