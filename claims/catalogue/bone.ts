import type { Entry } from '../schema';
import { MECHANISM } from './tags';
import {
  AYDOGAN_2024,
  BISCHOFF_FERRARI_2012,
  COCKAYNE_2006,
  EFSA_K_2009,
  EU_CLAIMS,
  KNAPEN_2013,
  ODS_D,
  ODS_K,
  RAT_BONE_DEFECTS,
  USPSTF_2024_DRAFT,
  USPSTF_FRACTURES,
  VITAL_FRACTURES,
  WHI_2006,
} from './sources';

const REVIEWED = '2026-12-07';

/** Claims about bones and teeth. */
export const bone: Entry[] = [
  {
    id: 'dk-essential-for-bone',
    claim: 'Vitamins D and K are essential for healthy bones, teeth, calcium use and blood clotting.',
    topic: 'bone',
    kind: 'mechanism',
    grade: 'established',
    gradeReason:
      'Basic physiology: without vitamin D the gut absorbs little calcium and bones soften, and vitamin K is needed to make bone and clotting proteins work. Regulators accept both roles.',
    verdict: 'True: the body needs both. It does not mean that extra pills strengthen bones.',
    explanation:
      'Vitamin D lets the gut absorb calcium, and a real shortage causes rickets in children and soft bones in adults. Vitamin K is needed to switch on proteins for bone and for blood clotting. Being essential does not mean that taking more than you need, or taking pills when your diet is enough, makes bones stronger.',
    sources: [ODS_D, ODS_K, EU_CLAIMS, EFSA_K_2009],
    reviewed: REVIEWED,
    match: [
      {
        id: 'needed-for-bone',
        all: [['Need'], ['Bone', 'Teeth', 'Calcium', 'BoneDensity', 'Clotting', 'Proteins']],
        reason: 'Says D or K is needed for, or plays a role in, bones, teeth, calcium or clotting.',
      },
      {
        id: 'low-d-weak-bones',
        who: ['Donly'],
        all: [
          ['Deficient', 'Without'],
          ['Osteoporosis', 'Bone', 'Calcium'],
        ],
        reason: 'Says too little vitamin D weakens bones (rickets, osteomalacia) or calcium balance.',
      },
      {
        id: 'd-makes-bone-proteins',
        who: ['D'],
        all: [['Produce', 'Cause'], ['Proteins']],
        reason: 'Says vitamin D makes the body produce osteocalcin and other bone proteins.',
      },
      {
        id: 'd-needed-for-muscle',
        who: ['D'],
        all: [['Need'], ['Muscle']],
        reason: 'Says vitamin D is needed for muscle function.',
      },
      {
        id: 'd-supports-bone',
        who: ['Donly'],
        all: [['Support'], ['Bone', 'Teeth']],
        none: ['Direct', 'Away', 'Together'],
        reason: 'Says vitamin D supports or maintains normal bones or teeth.',
      },
      {
        id: 'k-clotting',
        who: ['K'],
        all: [['Support', 'Need', 'Use', 'Activate', 'Produce'], ['Clotting']],
        reason: 'Says vitamin K is needed for blood clotting.',
      },
    ],
    examples: [
      'Vitamin D3 and K2 are essential for bone health.',
      'Vitamin K2 plays a crucial role in managing calcium in the body.',
      'Vitamin D contributes to the maintenance of normal bones and teeth.',
      'Vitamin K is best known for its role in blood clotting.',
      'Vitamin D is essential for bone growth in children.',
      'Vitamin D3 helps maintain strong, healthy bones.',
    ],
  },
  {
    id: 'k2-improves-bone-strength',
    claim: 'Vitamin K2 (alone or with D3) makes bones stronger or improves bone health.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'mixed',
    gradeReason:
      'Some trials show K2 slows the loss of bone density, a marker; trials of bone strength and fractures at supplement doses disagree, and guidelines do not advise K2 for bones.',
    verdict: 'Some trials see slower bone loss; none shows stronger bones or fewer breaks at usual doses.',
    explanation:
      'In a three-year Dutch trial, 180 µg of MK-7 a day slowed the loss of bone density in women after menopause. Bone density is only a marker, and no trial at supplement doses has shown fewer broken bones. Osteoporosis guidelines do not include K2.',
    sources: [KNAPEN_2013, COCKAYNE_2006, EFSA_K_2009],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-supports-bone',
        who: ['K'],
        all: [['Support', 'Treat', 'Prevent'], ['Bone']],
        // Calcium steered into bone is the mechanism entry's claim, not a promise of stronger bones.
        none: [...MECHANISM],
        reason: 'Says K2 supports, strengthens or improves bones.',
      },
    ],
    examples: [
      'Vitamin K2 supports strong, healthy bones.',
      'MK-7 helps build stronger bones.',
      'Taking K2 with D3 improves bone quality.',
      'Vitamin K2 may help keep your skeleton strong as you age.',
    ],
  },
  {
    id: 'dk-increase-bone-density',
    claim: 'Taking D3 and K2 increases bone mineral density or stops bone loss.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'mixed',
    gradeReason:
      'A meta-analysis and the Knapen MK-7 trial found small density gains or slower loss; other trials found none. Density is a surrogate, not fractures.',
    verdict: 'Small gains in some trials, none in others; density is a marker, not fewer fractures.',
    explanation:
      'Some trials, mostly in women after menopause, found that vitamin K, alone or with D, raised bone density a little or slowed its fall. Others found no change, and much of the positive data comes from high-dose MK-4 in Japan. A better density score does not by itself mean fewer broken bones.',
    sources: [KNAPEN_2013, COCKAYNE_2006, WHI_2006],
    reviewed: REVIEWED,
    match: [
      {
        id: 'raises-bone-density',
        all: [['Support', 'Raise', 'Prevent', 'Treat'], ['BoneDensity']],
        reason: 'Says D or K2 raises bone density or prevents bone loss.',
      },
    ],
    examples: [
      'Supplementing with both D3 and K2 significantly improved bone mineral density.',
      'K2 (MK-7) helps increase bone mineral density in postmenopausal women.',
      'Vitamin K2 may reduce age-related bone loss.',
      'In postmenopausal women, three years of MK-7 slowed the decline in bone density.',
    ],
  },
  {
    id: 'k2-reduces-fractures',
    claim: 'Vitamin K2 reduces fractures or treats osteoporosis.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'mixed',
    gradeReason:
      'Japanese trials of MK-4 at 45 mg a day found fewer fractures, but some of those trials are now doubted and no trial at supplement doses shows it. Mixed for MK-4 at that dose; MK-7 has its own entry.',
    verdict: 'Only very high-dose MK-4 in Japanese trials cut fractures, and those trials are now doubted.',
    explanation:
      'Trials in Japan gave people with osteoporosis 45 mg of MK-4 a day, hundreds of times a supplement dose, and found fewer fractures. In 2018 the journal that published the main review warned that some of those trials may be unreliable, and a newer review found smaller effects. Osteoporosis guidelines do not recommend K2.',
    sources: [COCKAYNE_2006, EFSA_K_2009],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-prevents-fractures',
        who: ['K'],
        all: [
          ['Prevent', 'Treat', 'Support'],
          ['Fracture', 'Osteoporosis'],
        ],
        reason: 'Says K2 lowers fractures or treats osteoporosis.',
      },
      {
        id: 'low-k-more-fractures',
        who: ['K'],
        all: [['Deficient'], ['Link'], ['Fracture', 'Osteoporosis', 'BoneDensity']],
        reason: 'Reports that people low in K2 have more bone loss or fractures.',
      },
    ],
    examples: [
      'Japanese studies using MK-4 demonstrated a reduction in fracture rates in osteoporotic patients.',
      'Vitamin K2 supplementation may reduce fracture risk in osteoporotic patients.',
      'Menatetrenone is used in Japan to treat osteoporosis.',
      'Vitamin K2 helps protect against osteoporosis.',
    ],
  },
  {
    id: 'mk7-prevents-fractures',
    claim: 'MK-7 supplements prevent fractures or osteoporosis.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'No trial of MK-7 has counted fractures as its outcome; the MK-7 trials measured bone density only. The MK-4 results do not carry over to a different form at a dose a thousand times lower.',
    verdict: 'No MK-7 trial has shown fewer fractures; the fracture trials used a different form.',
    explanation:
      'The only trials with fewer fractures used MK-4 at 45 mg a day, a different form at a far higher dose. Trials of MK-7 at supplement doses measured bone density, not broken bones. Preventing fractures with MK-7 is untested.',
    sources: [KNAPEN_2013, COCKAYNE_2006],
    reviewed: REVIEWED,
    match: [
      {
        id: 'mk7-prevents-fractures',
        who: ['MK7'],
        all: [
          ['Prevent', 'Treat', 'Support'],
          ['Fracture', 'Osteoporosis'],
        ],
        reason: 'Says MK-7 lowers fractures or prevents osteoporosis.',
      },
    ],
    examples: [
      'MK-7 reduces your risk of fractures.',
      'Our MK-7 formula helps prevent osteoporosis.',
      'Menaquinone-7 protects against broken bones.',
    ],
  },
  {
    id: 'k2-fracture-risk-cut-by-large-percent',
    claim: 'Vitamin K2 cuts fractures by a large figure such as "up to 80%".',
    topic: 'bone',
    kind: 'outcome',
    grade: 'contradicted',
    gradeReason:
      'The large figures come from small Japanese MK-4 trials at 45 mg a day whose reliability was later questioned; presenting them as what a K2 supplement does misstates the evidence.',
    verdict: 'Misstates the evidence: the big numbers come from doubtful high-dose MK-4 trials.',
    explanation:
      'Headline figures such as "up to 80% fewer fractures" come from small Japanese trials of MK-4 at 45 mg a day in people who already had osteoporosis. Some of those trials are now doubted, and a newer review found much smaller effects. Nothing shows a K2 supplement cuts fractures by anything like that.',
    sources: [COCKAYNE_2006],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-fractures-big-percent',
        who: ['K'],
        all: [['Fracture', 'Osteoporosis'], ['BigPercent']],
        priority: 5,
        reason: 'Puts a large percentage on how much K2 cuts fractures.',
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
    claim: 'Vitamin D supplements prevent fractures, falls-related breaks or osteoporosis.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'mixed',
    gradeReason:
      'Pooled data suggest 800 IU a day or more lowers fractures in people over 65, but VITAL found no effect in healthy adults and the USPSTF advises against low doses for fracture prevention.',
    verdict: 'Depends on who and how much: no benefit in healthy adults, maybe some in frail older people.',
    explanation:
      'In VITAL, 2,000 IU a day did not prevent fractures in healthy adults, and the US Preventive Services Task Force advises against low-dose vitamin D with calcium for this in people living at home. Pooled trials in people over 65 found fewer hip fractures at 800 IU a day or more, and people who are deficient need it. The benefit, where there is one, comes from vitamin D alone.',
    sources: [VITAL_FRACTURES, BISCHOFF_FERRARI_2012, USPSTF_FRACTURES, USPSTF_2024_DRAFT],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-prevents-fractures',
        who: ['D'],
        all: [
          ['Prevent', 'Treat', 'Support'],
          ['Fracture', 'Osteoporosis'],
        ],
        reason: 'Says vitamin D lowers fractures or prevents osteoporosis.',
      },
    ],
    examples: [
      'Taking vitamin D3 daily can reduce the risk of fractures in older adults.',
      'Vitamin D may help protect against osteoporosis.',
      'Adequate vitamin D protects older adults against hip fractures.',
      'Vitamin D helps prevent osteoporosis and fractures.',
    ],
  },
  {
    id: 'low-dose-d-calcium-prevents-fractures',
    claim: '400 IU of vitamin D with calcium prevents fractures in healthy women after menopause.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'contradicted',
    gradeReason:
      "The Women's Health Initiative found no significant fracture reduction at this dose, and the USPSTF recommends against it for fracture prevention.",
    verdict: 'The large trial at this dose found no fewer fractures, and more kidney stones.',
    explanation:
      "In the Women's Health Initiative, 36,282 women took 400 IU of vitamin D3 with 1,000 mg of calcium a day for seven years; fractures did not fall significantly and kidney stones became more common. The US Preventive Services Task Force recommends against this for preventing fractures in women living at home.",
    sources: [WHI_2006, USPSTF_FRACTURES],
    reviewed: REVIEWED,
    match: [
      {
        id: 'low-dose-prevents-fractures',
        who: ['D'],
        all: [['Prevent', 'Support'], ['Fracture', 'Osteoporosis'], ['DoseLowD']],
        priority: 5,
        reason: 'Says a vitamin D dose of 400 IU or less prevents fractures.',
      },
    ],
    examples: [
      'Just 400 IU of vitamin D with calcium prevents fractures in postmenopausal women.',
      'A daily 400 IU of vitamin D3 plus calcium protects women from hip fractures.',
      'Taking 200 IU of vitamin D a day prevents osteoporosis.',
    ],
  },
  {
    id: 'dk-animal-bone-repair',
    claim: 'In animal studies, K2 with D3 helped bone heal or regrow.',
    topic: 'bone',
    kind: 'evidence',
    grade: 'plausible',
    gradeReason:
      'Animal and laboratory results show a mechanism can work; they are not evidence that people heal better, so the finding supports a plausible, not an established, benefit.',
    verdict: 'An animal result: a sound lead, not shown in people.',
    explanation:
      'In rats, vitamins K2 and D3 helped bone grow back into drilled defects. Animal results often do not carry over to people, and no human trial has shown that the pair heals bone or prevents fractures. It is a reason to study the idea, not proof that it works for you.',
    sources: [RAT_BONE_DEFECTS],
    reviewed: REVIEWED,
    match: [
      {
        id: 'animal-bone',
        all: [['Animal'], ['Bone', 'Fracture', 'BoneDensity', 'Osteoporosis', 'Teeth']],
        priority: 6,
        reason: 'Reports an animal or laboratory study of D or K2 and bone.',
      },
    ],
    examples: [
      'In rats, combined K2 and D3 helped bone defects regenerate.',
      'Animal studies found vitamin K2 and D3 together healed bone defects better than either alone.',
      'A mouse study found that vitamin K2 with D3 helped broken bones heal faster.',
    ],
  },
  {
    id: 'k2-improves-dental-health',
    claim: 'Vitamin K2 strengthens teeth or prevents tooth decay or gum disease.',
    topic: 'bone',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'No trial shows K2 prevents cavities or gum disease; a trial adding D3 and K2 to gum treatment found little or no extra benefit.',
    verdict: 'No good trial shows K2 protects teeth or gums.',
    explanation:
      'K2 switches on osteocalcin, which is also found in teeth, so the idea is not far-fetched. But a trial that added D3 and K2 to gum-disease treatment found little or no extra benefit, and no trial shows K2 prevents cavities.',
    sources: [AYDOGAN_2024],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-dental-disease',
        who: ['K'],
        all: [['Support', 'Prevent', 'Treat'], ['DentalDisease']],
        reason: 'Says K2 prevents tooth decay or gum disease.',
      },
      {
        id: 'k-teeth',
        who: ['K'],
        all: [['Support', 'Treat', 'Need'], ['Teeth']],
        // Calcium steered into teeth is the mechanism entry's claim.
        none: ['Direct', 'Away', 'Calcium', 'Activate', 'Proteins', 'Absorb'],
        reason: 'Says K2 strengthens teeth or protects gums.',
      },
    ],
    examples: [
      'Vitamin K2 and vitamin D together reduce tooth decay.',
      'K2 may support dental health and prevent cavities.',
      'Vitamin K2 supports healthy gums.',
    ],
  },
  {
    id: 'k2-needed-for-growing-bones',
    claim: "Children's growing bones need extra vitamin K2.",
    topic: 'bone',
    kind: 'outcome',
    grade: 'unproven',
    gradeReason:
      'No trial shows that K2 supplements improve bone growth or health in children who eat normally.',
    verdict: 'No trial shows children need K2 supplements for their bones.',
    explanation:
      'Children need vitamin K like everyone else, and most get enough from food. No trial shows that K2 supplements make growing bones stronger. Vitamin D, by contrast, is recommended for babies and children at set doses.',
    sources: [ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'children-bones-need-k2',
        who: ['K'],
        all: [['Need', 'Support', 'Direct'], ['Children'], ['Bone', 'Teeth', 'Calcium']],
        priority: 2,
        reason: "Says children's growing bones need K2.",
      },
    ],
    examples: [
      "Children's growing bones need vitamin K2 to use calcium properly.",
      "Vitamin K2 supports children's growing bones and teeth.",
      'Kids need K2 for healthy bone development.',
    ],
  },
];
