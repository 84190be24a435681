import type { Entry, Source } from '../schema';
import { BIG_PERCENT, BREAKS, DK_OR_LIST, INSTEAD_OF_DRUGS, UNREVIEWED_TOPIC } from './patterns';

const REVIEWED = '2026-11-21';

const META_ANALYSIS: Source = {
  seed: '000_205bc296aff7d109.txt',
  cites:
    'Meta-analysis of randomised controlled trials: vitamin K with D increased total BMD and lowered inactive osteocalcin',
};

const JAPANESE_MK4: Source = {
  seed: '002_e4882ffecf233a35.txt',
  cites:
    'Japanese MK-4 trials (45 mg daily) and a systematic review of seven Japanese RCTs: higher BMD, fewer fractures',
};

const NOT_IN_GUIDELINES: Source = {
  seed: '002_e4882ffecf233a35.txt',
  cites: 'EULAR, American College of Physicians and USPSTF do not include K2 in osteoporosis recommendations',
};

/** Claims about bones, bone density, fractures and teeth. */
export const bone: Entry[] = [
  {
    id: 'dk-increase-bone-density',
    claim: 'Taking K2 with D3 increases bone density and makes bones stronger.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'mixed',
    verdict: 'Some trials show small bone-density gains; others show none, and density is only a marker.',
    explanation:
      'A meta-analysis of randomised trials found vitamin K with D raised bone mineral density a little, mostly in postmenopausal women, and much of the data comes from Japan. Other trials, such as one in gum-disease patients, saw no extra benefit, and the guideline summaries do not find a clear advantage over vitamin D alone. Bone density is a marker; a higher number does not by itself mean fewer broken bones.',
    sources: [
      META_ANALYSIS,
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'Evidence for bone benefits "mixed and largely disappointing"; no clear advantage over D3 alone',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-raises-bmd',
        all: [
          '{K}',
          String.raw`(?:bmd|bone (?:mineral )?density|bone mass|bones? (?:\S+ ){0,2}dens\w*|denser (?:\S+ ){0,2}bones|bone mineral content|bone loss|bone minerali[sz]ation|(?:lost|lose|losing|loses) (?:\S+ ){0,1}less bone|bone strength|strong(?:er)? bones|bones (?:\S+ ){0,3}stronger|bone quality|healthy bone growth|bone growth|vertebral (?:height|bone)|skeleton|strengthen\w* (?:\S+ ){0,2}bones|build (?:\S+ ){0,3}bones|bone health|(?:bone|skeletal) benefits?|benefits? (?:for|to) (?:your |the )?bones?|osteoporo\w*)`,
          String.raw`(?:increas\w*|improv\w*|rais\w*|boost\w*|enhanc\w*|build\w*|strengthen\w*|support\w*|promot\w*|maintain\w*|maintenance|preserv\w*|protect\w*|prevent\w*|reduc\w*|decreas\w*|slow\w*|favou?rabl\w*|help\w*|benefit\w*|stronger|denser|linked|effect\w*|higher|greater|gain\w*|less|kept more|retain\w*|lost less)`,
        ],
        priority: 9,
        reason: 'Names vitamin K2 (with or without D) and says it improves bone density or strength.',
      },
    ],
    examples: [
      'Supplementing with both D3 and K2 significantly improved bone mineral density.',
      'K2 (MK-7) helps increase vertebral bone mineral density among postmenopausal women.',
      'MK-7 with vitamin D may support healthy bone growth and stronger bones.',
      'In postmenopausal women, three years of MK-7 supplementation slowed the decline in bone mineral density and bone strength.',
    ],
  },
  {
    id: 'k2-reduces-fractures',
    claim: 'Vitamin K2 (MK-4) reduces fractures in people with osteoporosis.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'mixed',
    verdict: 'Japanese trials of very high-dose MK-4 found fewer fractures; guidelines are not convinced.',
    explanation:
      'A systematic review of seven Japanese trials found that MK-4, at 45 mg a day (far more than any diet or typical supplement), raised bone density and reduced fractures in people with osteoporosis. These results have not been matched elsewhere or at ordinary doses, and EULAR, the American College of Physicians and the USPSTF do not include K2 in their osteoporosis advice. It may be worth discussing with a doctor if you have osteoporosis; it is not a proven way to prevent fractures.',
    sources: [JAPANESE_MK4, NOT_IN_GUIDELINES],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-fewer-fractures',
        all: ['{K}', BREAKS, String.raw`(?:{PREVENT}|fewer|decreas\w*|correlat\w*|associat\w*|linked)`],
        none: [String.raw`(?:with or without|regardless of)`],
        priority: 12,
        reason: 'Names vitamin K2 and says it lowers fracture risk.',
      },
      {
        id: 'k-fractures-heal',
        all: [
          '{DK}',
          String.raw`(?:(?:fractures?|broken bones?|breaks?) (?:\S+ ){0,2}(?:heal|mend|repair)\w*|(?:heal\w*|mend\w*|repair\w*) (?:\S+ ){0,2}(?:fractures?|broken bones?))`,
        ],
        // An animal or laboratory result is reported by the animal-study entry.
        none: [String.raw`(?:rats?|mice|mouse|rodents?|animals?|in vitro|spheroids?|lab\w*)`],
        priority: 20,
        reason: 'Names D or K2 and says it helps fractures heal: a human bone outcome, like fewer fractures.',
      },
      {
        id: 'k-osteoporosis-therapy',
        all: ['{K}', String.raw`(?:therapy|treatment|treat\w*) (?:\S+ ){0,2}(?:for |of )?osteoporo\w*`],
        priority: 20,
        reason: 'Names vitamin K2 as a treatment for osteoporosis.',
      },
    ],
    examples: [
      'Japanese studies using MK-4 demonstrated a reduction in fracture rates in osteoporotic patients.',
      'Vitamin K2 supplementation may reduce fracture risk in osteoporotic patients.',
      'MK-4 is an effective treatment for osteoporosis.',
      'In Japan, menatetrenone has been linked to fewer broken bones in women with osteoporosis.',
      'Japanese trials of MK-4 reported fewer new vertebral fractures.',
      'K2 and D3 help fractures heal faster.',
      'Menatetrenone (MK-4) is approved in Japan to treat osteoporosis and lowers the risk of vertebral fractures.',
    ],
  },
  {
    id: 'k2-reverses-osteoporosis',
    claim: 'Vitamin K2 reverses or cures osteoporosis, or can replace bone drugs.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'No trial shows K2 reverses osteoporosis or can stand in for osteoporosis medicine.',
    explanation:
      'The best K2 results come from Japanese trials of MK-4 at 45 mg a day, which found somewhat higher bone density and fewer fractures in people who already had osteoporosis; none showed the disease reversed. EULAR, the American College of Physicians and the USPSTF do not include K2 in their osteoporosis advice, let alone as a replacement for proven treatment. Stopping a prescribed bone drug in favour of K2 is not supported by any evidence we reviewed.',
    caution: 'Do not stop a prescribed osteoporosis medicine in favour of K2 without talking to your doctor.',
    sources: [JAPANESE_MK4, NOT_IN_GUIDELINES],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-reverses-osteoporosis',
        all: [
          '{K}',
          String.raw`(?:revers\w*|cur(?:e|es|ed|ing)|undo\w*|undoing|eliminat\w*|get rid of|beat\w*) (?:\S+ ){0,2}(?:osteoporo\w*|osteopenia|bone loss)`,
        ],
        // Above the bone-density and therapy rules: a cure is more than denser bones.
        priority: 22,
        reason: 'Names vitamin K2 and says it reverses or cures osteoporosis or bone loss.',
      },
      {
        id: 'k-instead-of-bone-drugs',
        all: ['{K}', String.raw`(?:osteoporo\w*|osteopenia|bone loss|bones?|fractur\w*)`, INSTEAD_OF_DRUGS],
        priority: 22,
        reason: 'Names vitamin K2 for bones as a replacement for osteoporosis drugs.',
      },
    ],
    examples: [
      'Vitamin K2 can reverse osteoporosis naturally, without the side effects of bone drugs.',
      'K2 reverses bone loss, so you may not need your prescription.',
      'MK-7 can cure osteopenia.',
      'Protect your bones with K2 instead of bisphosphonates.',
    ],
  },
  {
    id: 'k2-fracture-risk-cut-by-large-percent',
    claim: 'Vitamin K2 cuts the risk of fractures by a large figure such as "up to 80%".',
    topic: 'bone',
    kind: 'outcome',
    grade: 'contradicted',
    verdict: 'Misstates the evidence: the only fracture cuts come from high-dose MK-4 trials in Japan.',
    explanation:
      'The fracture reductions our sources describe come from Japanese trials of MK-4 at 45 mg a day, hundreds of times the dose in a K2 supplement, in people who already had osteoporosis. Guideline bodies (EULAR, the American College of Physicians, the USPSTF) do not accept K2 for fracture prevention, and the guideline summary calls the bone evidence mixed. A headline figure such as "up to 80%" turns a small, specific result into a promise to everyone.',
    sources: [JAPANESE_MK4, NOT_IN_GUIDELINES],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-fractures-big-percent',
        all: ['{K}', BREAKS, BIG_PERCENT],
        none: [
          String.raw`(?:japan\w*|trials?|stud(?:y|ies)|meta-analys\w*|reviews?|mk[\s-]?4|menatetrenone|45 ?mg)`,
        ],
        priority: 20,
        reason: 'Names vitamin K2 with fractures and a headline percentage cut, not a specific trial result.',
      },
    ],
    examples: [
      'K2 reduces your risk of breaking a hip by up to 80%.',
      'Vitamin K2 slashes fracture risk by as much as 77 percent!',
      'Taking MK-7 can halve your risk of broken bones.',
    ],
  },
  {
    id: 'd-prevents-fractures',
    claim: 'Vitamin D supplements prevent fractures and bone loss.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'mixed',
    verdict:
      'Depends on dose and person: 400 IU did not prevent fractures; 800 IU or more may in older people.',
    explanation:
      'The USPSTF found that 400 IU of vitamin D3 with calcium gave postmenopausal women no net protection from fractures. Meta-analyses suggest 800 IU a day or more may reduce fractures in older people, which is why guidelines recommend that dose for people at risk. The benefit is seen with vitamin D alone; adding K2 has not been shown to add to it.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'USPSTF: no net fracture benefit at 400 IU; meta-analyses: ≥800 IU may reduce fractures in the elderly',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Strongest evidence supports adequate D3 (≥800 IU) and calcium as the foundation',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-fewer-fractures',
        all: [
          '{D}',
          String.raw`(?:{PREVENT}|fewer|decreas\w*|crucial for preventing|associat\w*|linked)`,
          String.raw`(?:${BREAKS}|falls?|bone loss|osteoporo\w*|brittle bones|rickets|osteomalacia)`,
        ],
        priority: 8,
        reason: 'Names vitamin D and says it prevents fractures, falls or bone loss.',
      },
    ],
    examples: [
      'Vitamin D is crucial for preventing bone loss.',
      'Taking vitamin D3 daily can reduce the risk of fractures in older adults.',
      'Vitamin D may help protect against osteoporosis.',
      'Vitamin D3 helps lower the risk of falls and fractures in the elderly.',
      'Adequate vitamin D protects older adults against hip fractures.',
    ],
  },
  {
    id: 'dk-essential-for-bone',
    claim: 'Vitamins D and K are essential for healthy bones and calcium metabolism.',
    topic: 'bone',
    kind: 'mechanism',
    grade: 'established',
    verdict: 'True as a statement of what the body needs; it does not mean extra pills help.',
    explanation:
      'The body needs vitamin D to absorb calcium and vitamin K to activate the proteins that handle calcium and blood clotting, so both are essential nutrients for bone. That is basic physiology which every source agrees on. Being essential does not mean that taking more than you need, or taking them as supplements, improves your bones.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Vitamin D maintains serum calcium levels necessary for bone mineralisation',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Vitamin K-dependent proteins (osteocalcin, MGP) regulate calcium metabolism',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-calcium-foundation',
        all: [
          '{D}',
          '{CALCIUM}',
          String.raw`(?:foundation|cornerstone|bedrock|backbone|basis|mainstay|building blocks?|first[\s-]line|starting point)`,
          String.raw`(?:bones?|osteoporo\w*|skelet\w*|${BREAKS})`,
        ],
        // The guideline summary's own wording: enough D and calcium come first in any bone plan.
        priority: 15,
        reason:
          'Calls vitamin D and calcium the foundation of bone protection, as the guideline summary does.',
      },
      {
        id: 'dk-needed-for-bone',
        all: [
          DK_OR_LIST,
          String.raw`(?:essential|crucial|vital|important|key|critical|necessary|needed|required|involved|roles?|nutrient|needs?|contribut\w*|maintain\w*|maintenance|support\w*)`,
          String.raw`(?:bone (?:health|metabolism|formation|mineral\w*|building|development|growth)|growing bones|bones? (?:to )?grow\w*|(?:growth|development|formation|minerali[sz]ation) (?:\S+ ){0,3}(?:of )?bones?|calcium (?:metabolism|balance|homeostasis|regulation|management)|(?:normal )?blood clotting|coagulation|(?:strong|healthy|normal) (?:bones?|teeth)|skeletal health|(?:the |your )?skeleton|(?:normal |healthy )?calc(?:a)?emia|normocalc\w*|(?:manag\w*|handl\w*|us\w*) (?:\S+ ){0,2}calcium|calcium in the body|(?:normal |healthy )?(?:blood|serum) calcium|calcium (?:\S+ ){0,1}levels? in (?:the |your )?blood|(?:absorption|utili[sz]ation) (?:and \S+ )?of calcium|phosph\w*)`,
        ],
        none: [
          UNREVIEWED_TOPIC,
          String.raw`(?:too much|excess\w*|toxic\w*|too high|high doses?|megados\w*|overdos\w*|hypercalc\w*)`,
        ],
        priority: 1,
        reason: 'Names D or K and says it is needed for bone health or calcium metabolism.',
      },
      {
        id: 'd-supports-normal-bones',
        all: [
          '{D}',
          '{SUPPORT}',
          String.raw`(?:(?:strong|healthy|normal) (?:bones|teeth)|bone (?:health|growth|development)|growing bones|skeletal health)`,
        ],
        none: ['{K}', String.raw`(?:{PREVENT}|fractur\w*|osteoporo\w*)`],
        reason: 'Names vitamin D alone and says it supports normal, healthy bones (its basic role).',
      },
    ],
    examples: [
      'Vitamin D and calcium are the foundation of any plan to protect your bones after menopause.',
      'Vitamin D3 and K2 are essential for bone health.',
      'Vitamin K2 plays a crucial role in managing calcium in the body.',
      'Vitamin D has long been considered a key nutrient for bone metabolism.',
      'Vitamin D3 helps maintain normal blood calcium levels.',
      'Vitamin K contributes to the maintenance of normal bones.',
      'Vitamin D is essential for bone growth in children.',
      'Vitamin D3 contributes to a normal calcaemia.',
      'Menaquinone-7 can support healthy calcium metabolism.',
    ],
  },
  {
    id: 'dk-animal-bone-repair',
    claim: 'In animal studies, K2 with D3 helped bone defects heal better than either vitamin alone.',
    topic: 'bone',
    kind: 'evidence',
    grade: 'established',
    verdict: 'An accurate report of an animal finding; no human trial has shown the same benefit.',
    explanation:
      'In rats with bone defects, the guideline summary reports that K2 and D3 together helped the bone regrow more than either vitamin alone, so a page that reports this is describing the study correctly. Animal and laboratory results often do not carry over to people, and no human trial in our sources shows better bone healing or fewer fractures from the pair. A claim that the pair heals or strengthens bones in people is graded as that claim, not as this report.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Rat models: combined K2 and D3 enhanced bone regeneration in critical-size defects',
      },
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Cites a laboratory study of K2 and vitamin D in human 3D bone spheroids (in vitro)',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'dk-animal-bone',
        all: [
          '{DK}',
          String.raw`(?:rats?|mice|mouse|rodents?|animals?|in vitro|cell cultures?|spheroids?|lab(?:oratory)? (?:studies|experiments))`,
          String.raw`(?:bones?|defects?|regenerat\w*|heal\w*|repair\w*|osteo\w*)`,
        ],
        // "Animal studies prove K2 will rebuild your bones" carries the result over to the reader.
        none: [
          UNREVIEWED_TOPIC,
          String.raw`(?:too much|excess\w*|toxic\w*|calcif\w*|vasculopathy|overdos\w*|high[\s-]dose)`,
          String.raw`(?:prov(?:e|es|ed|en)|you|your)`,
        ],
        priority: 24,
        reason: 'Reports an animal or laboratory result of D or K2 on bone (not shown in people).',
      },
    ],
    examples: [
      'In rats, combined K2 and D3 helped bone defects regenerate.',
      'Animal studies found vitamin K2 and D3 together healed bone defects better than either vitamin alone.',
      'In a rat model, adding MK-7 to vitamin D3 sped up bone repair.',
      'A mouse study found that vitamin K2 with D3 helped broken bones heal faster.',
    ],
  },
  {
    id: 'k2-improves-dental-health',
    claim: 'Vitamin K2 (with D3) strengthens teeth and prevents tooth decay or gum disease.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'No good trial shows K2 protects teeth; a trial in gum disease found no added benefit.',
    explanation:
      'K2 does activate osteocalcin, which is also found in teeth, so the idea is not far-fetched. But the one modern trial in our sources, K2 and D3 added to gum-disease treatment, showed no extra benefit for bone levels or inflammation. None of our sources reports a trial showing that K2 prevents cavities or strengthens teeth.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Periodontitis trial: K2 + D3 added to therapy showed no additional benefit',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-teeth-outcome',
        all: [
          '{DK}',
          String.raw`(?:tooth (?:decay|loss|enamel)|cavit(?:y|ies)\S*|dental (?:health|caries|decay|cavities)|(?:strong|healthy|healthier|stronger)(?:,? (?:and )?(?:strong|healthy|healthier|stronger))? (?:white |natural |your )?teeth|teeth (?:\S+ ){0,2}(?:strong\w*|health\w*)|periodont\w*|gums?|caries|enamel|remineral\w*)`,
        ],
        // "Strong bones and teeth" is the bone claim; teeth alone make the dental one.
        none: [String.raw`(?:bones?,? (?:and|&) teeth|teeth,? (?:and|&) bones?)`],
        priority: 20,
        reason: 'Names D or K2 with tooth decay, gum disease or strong teeth.',
      },
    ],
    examples: [
      'You cannot have strong healthy teeth without vitamin K2.',
      'Vitamin K2 and vitamin D together reduce tooth decay.',
      'K2 may support dental health and prevent cavities.',
      'MK-7 helps keep your teeth strong and cavity-free',
      'Vitamin K2 supports healthy gums.',
    ],
  },
];
