import type { Entry } from '../schema';
import { ARTERY_OUTCOME, HYPOTHESIS, KIDNEY, UNREVIEWED_TOPIC } from './patterns';

const REVIEWED = '2026-11-21';

/** Claims about how D3 and K2 handle calcium in the body. */
export const calcium: Entry[] = [
  {
    id: 'd3-increases-calcium-absorption',
    claim: 'Vitamin D3 increases how much calcium the gut absorbs.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'established',
    verdict: 'Basic physiology: vitamin D is needed to absorb calcium from food.',
    explanation:
      'The active form of vitamin D switches on calcium uptake in the intestine, and every guideline summary in our sources takes this as given. High doses add only a modest extra effect on absorption. This says nothing about whether extra D prevents fractures in people who already have enough.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Mechanism summary: D3 increases intestinal calcium absorption and maintains serum calcium',
      },
      {
        seed: '000_205bc296aff7d109.txt',
        cites:
          'New England Journal of Medicine study on calcium and vitamin D: high-dose D3 has modest effects on absorption',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Synergistic triad: D3 increases calcium absorption from the gut',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-absorbs-calcium',
        all: [
          '{D}',
          String.raw`(?:absor\w*|uptake|take in|intestin\w*|gut|transport\w* (?:\S+ ){0,3}(?:across|through|from|into))`,
          '{CALCIUM}',
        ],
        none: [UNREVIEWED_TOPIC],
        priority: 4,
        reason: 'Names vitamin D and says it helps the body absorb calcium.',
      },
      {
        id: 'd-moves-calcium-from-gut',
        all: [
          '{D}',
          String.raw`(?:mov\w*|transport\w*|absorb\w*|gets?|getting|pull\w*|bring\w*|carr\w*|shuttl\w*) (?:\S+ ){0,3}calcium (?:\S+ ){0,3}(?:from|out of) (?:the |your )?(?:gut|intestines?|diet|food)`,
        ],
        none: ['{K}'],
        priority: 14,
        reason: 'Names vitamin D and says it moves calcium from the gut or diet into the blood.',
      },
      {
        id: 'no-d-no-calcium',
        all: [String.raw`without (?:enough |adequate |sufficient )?{D}`, String.raw`calcium(?:-rich)?`],
        none: [UNREVIEWED_TOPIC],
        priority: 4,
        reason: 'Says calcium does little good without vitamin D, i.e. that D is needed to absorb it.',
      },
    ],
    examples: [
      'Vitamin D3 helps your body absorb calcium from food.',
      'Vitamin D increases calcium absorption from the gut into the bloodstream.',
      'D3 may boost the uptake of calcium in the intestine.',
      'Without enough vitamin D, the calcium you eat is poorly used.',
      'Vitamin D increases active transport of calcium across the intestinal wall.',
      'Vitamin D3 lets the intestine take up calcium from food.',
    ],
  },
  {
    id: 'k2-directs-calcium-to-bone',
    claim: 'Vitamin K2 directs calcium into bones and away from arteries.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'plausible',
    verdict: 'A sound mechanism, but no trial shows it changes fractures or heart outcomes.',
    explanation:
      'K2 activates two proteins, osteocalcin in bone and matrix Gla protein in artery walls, which bind calcium; that is why the "traffic cop" picture is biologically sensible. Trials show the proteins get activated, but not that calcium ends up in different places in a way that prevents fractures or heart disease. Treat it as a reasonable theory, not a proven benefit.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'Mechanism summary: K2 activates osteocalcin and MGP, which "theoretically" direct calcium to bone',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Rationale section on osteocalcin and matrix Gla-protein carboxylation',
      },
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Marketing text: K2 as a "traffic cop" for calcium (no trial cited for the outcome)',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-moves-calcium',
        all: [
          '{K}',
          String.raw`(?:direct\w*|guid\w*|steer\w*|rout\w*|send\w*|sends|shuttl\w*|traffic|channel\w*|usher\w*|chaperon\w*|shows? (?:it|them) (?:\S+ ){0,3}(?:to|into)|transport\w*|escort\w*|mov\w*|put\w*|gets?|keep\w*|ends? up|winds? up|reach\w*|belongs?|incorporat\w*|import\w*|distribut\w*|regulat\w*|placement|goes|go|carr(?:y|ies)|deliver\w*|drive\w*|pull\w*|tells?|laid down|lay\w* down|deposit\w* (?:\S+ ){0,2}(?:in|into|to) (?:the |your )?(?:bones?|skeleton|teeth)|fix(?:es|ing|ation)? (?:\S+ ){0,3}calcium|lock\w* (?:\S+ ){0,3}calcium|calcium (?:\S+ ){0,2}lock\w*|bind\w* (?:\S+ ){0,2}(?:to|into) (?:the )?bones?)`,
          '{CALCIUM}',
        ],
        // A promised outcome (calcium score, plaque, heart attacks, beating plain D) is the outcome's claim.
        none: [UNREVIEWED_TOPIC, KIDNEY, ARTERY_OUTCOME],
        priority: 10,
        reason: 'Names vitamin K2 and says it moves, directs or keeps calcium somewhere.',
      },
      {
        id: 'k-keeps-calcium-out-of-arteries',
        all: [
          '{K}',
          '{CALCIUM}',
          String.raw`(?:{ARTERY}|deposit\w*|accumulat\w*|build[\s-]?up|misplace\w*|settl\w*|elsewhere)`,
        ],
        none: [String.raw`skin`, UNREVIEWED_TOPIC, KIDNEY, ARTERY_OUTCOME],
        priority: 10,
        reason: 'Names vitamin K2 with calcium and arteries or deposits: the keep-it-out-of-arteries idea.',
      },
      {
        id: 'k-right-place',
        all: [
          '{K}',
          String.raw`(?:(?:right|proper|correct|intended) (?:places?|areas?|destination|spots?)|where (?:it|they) (?:is |are )?(?:belongs?|needed|needs? to go))`,
        ],
        none: [UNREVIEWED_TOPIC, KIDNEY, ARTERY_OUTCOME],
        priority: 6,
        reason: 'Names vitamin K and says it gets minerals to the right place.',
      },
      {
        id: 'k-artery-hypothesis',
        all: [
          '{K}',
          String.raw`${HYPOTHESIS} (?:\S+ ){0,4}{K}`,
          String.raw`(?:calcif\w*|harden\w*|stiffen\w*|arter\w*|blood vessels?)`,
        ],
        // An open question reported as one is the mechanism's fair summary, not the unproven outcome.
        none: [UNREVIEWED_TOPIC],
        priority: 12,
        reason:
          'Says researchers ask whether K2 could slow artery calcification: the hypothesis, stated as such.',
      },
    ],
    examples: [
      'Vitamin K2 directs calcium to your bones and teeth.',
      'K2 acts like a traffic cop for calcium, keeping it out of your arteries.',
      'MK-7 may help guide calcium into the bones where it belongs.',
      'Without K2, calcium might not reach its intended destination.',
      'MenaQ7 helps send calcium to your bones, where your body needs it',
      'K2 helps make sure calcium is laid down in bone rather than in blood vessels.',
      'The vitamin K2 permits to fix the calcium in the bones.',
      'Think of vitamin D as the gatekeeper that lets calcium in and K2 as the usher that shows it to its seat in your bones.',
      'Scientists have wondered whether K2 could slow the hardening of the arteries.',
    ],
  },
  {
    id: 'd-keeps-calcium-out-of-arteries',
    claim: 'Vitamin D itself sends calcium to the bones and keeps it out of the arteries.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'unproven',
    verdict: 'Mixes up the two vitamins: D raises calcium absorption; too much D can calcify arteries.',
    explanation:
      'Vitamin D helps the gut absorb calcium into the blood; it is vitamin K that activates the proteins said to steer calcium. Our sources describe no evidence that vitamin D keeps calcium out of arteries, or that low vitamin D sends calcium there. On the contrary, excess vitamin D is used in animal studies to calcify blood vessels.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'D3 increases calcium absorption; excess vitamin D causes calcific vasculopathy in animal models',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-routes-calcium',
        all: ['{D}', '{CALCIUM}', String.raw`(?:arter\w*|blood vessels?|soft tissues?)`],
        // Excess D calcifying arteries is the established harm, not a claim that D routes calcium.
        none: [
          '{K}',
          UNREVIEWED_TOPIC,
          KIDNEY,
          String.raw`(?:too much|excess\w*|toxic\w*|(?:high|large|huge) doses?|megados\w*|overdos\w*|animals?)`,
        ],
        priority: 6,
        reason: 'Names vitamin D, not K2, as what keeps calcium out of (or lets it into) the arteries.',
      },
    ],
    examples: [
      'Vitamin D3 can shuttle calcium to the bones and keep it out of the arteries.',
      'If your vitamin D3 levels are low, more calcium makes it into your arteries.',
      'Vitamin D helps keep calcium in your bones instead of your blood vessels.',
      'Vitamin D3 directs calcium away from the arteries.',
      'Low vitamin D levels let calcium build up in the arteries.',
    ],
  },
  {
    id: 'k2-activates-calcium-proteins',
    claim: 'Vitamin K2 activates osteocalcin and matrix Gla protein, the proteins that bind calcium.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'established',
    verdict: 'Well-known biochemistry: vitamin K switches these calcium-binding proteins on.',
    explanation:
      'Vitamin K is needed to "carboxylate" a small family of proteins, which lets them bind calcium; osteocalcin in bone and matrix Gla protein (MGP) in blood vessels are two of them. Without enough vitamin K they circulate in an inactive form, and supplements measurably lower that inactive form. That the switch is real does not by itself show any health benefit.',
    sources: [
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Mechanistic foundation: carboxylation (activation) of osteocalcin and MGP by K2',
      },
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'AVADEC trial: K2 + D3 successfully reduced inactive MGP levels',
      },
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites: 'D stimulates proteins that stay inactive until K2 switches them on',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-activates-gla-proteins',
        all: [
          '{K}',
          String.raw`(?:activat\w*|carboxylat\w*|undercarboxylated|uncarboxylated|inactive|switch\w*|turns? on|flips?|modif\w*|trigger\w*|dependent|interact\w*|through|via|relies on|depends on|status)`,
          String.raw`(?:proteins?|osteocalcin|mgp|matrix gla\w*|gla[\s-]proteins?|enzymes?|(?:dp-?)?uc-?mgp|ucoc)`,
        ],
        none: [UNREVIEWED_TOPIC, ARTERY_OUTCOME],
        priority: 2,
        reason: 'Names vitamin K and says it activates (carboxylates) osteocalcin, MGP or similar proteins.',
      },
      {
        id: 'd-makes-k-dependent-proteins',
        all: [
          '{D}',
          String.raw`(?:stimulat\w*|produc\w*|mak\w*|increas\w*|synthesi[sz]\w*|expression|switch\w* on) (?:\S+ ){0,4}(?:osteocalcin|mgp|matrix gla\w*|gla[\s-]proteins?|(?:vitamin k|k2)[\s-]dependent proteins)`,
        ],
        none: [UNREVIEWED_TOPIC],
        priority: 12,
        reason:
          'Names vitamin D and says it makes bone cells produce osteocalcin or MGP, which K then activates.',
      },
    ],
    examples: [
      'Vitamin K2 activates osteocalcin and matrix Gla protein.',
      'Without enough vitamin K2, these proteins remain inactive.',
      'MK-7 may help carboxylate osteocalcin, the protein that binds calcium.',
      'Vitamin D stimulates bone cells to produce osteocalcin, which needs vitamin K to be activated.',
      'Osteocalcin and MGP are vitamin K-dependent proteins that bind calcium.',
    ],
  },
  {
    id: 'd-and-k2-work-together',
    claim: 'Vitamins D3 and K2 work together (synergistically) on calcium and bone.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'plausible',
    verdict: 'The teamwork makes biological sense, but trials have not shown it adds a health benefit.',
    explanation:
      'Vitamin D raises calcium absorption and the making of osteocalcin and MGP, and vitamin K2 activates those proteins, so the two do act on the same pathway. Guideline summaries call this synergy theoretical: it has not been shown to give fewer fractures or heart problems than vitamin D alone. The word "synergy" describes a mechanism, not a proven result.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'The theoretical synergy has not materialised in fractures, cardiovascular events or mortality',
      },
      {
        seed: '000_205bc296aff7d109.txt',
        cites: 'Synergistic effect of vitamins K and D on bone mineralisation (narrative reviews)',
      },
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites: 'D encourages bone-building cells while K2 reins in bone breakdown',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'dk-synergy',
        all: [
          '{DK}',
          String.raw`(?:synerg\w*|work\w* (?:\S+ ){0,2}together|teams? up|team|teamwork|partners?|partnership|complement\w*|co-?pilot|hand in hand|in tandem|collaborat\w*|duo|power couple|interplay|combined with|combination|combining)`,
        ],
        none: [UNREVIEWED_TOPIC],
        priority: 18,
        reason: 'Names D or K2 and says the two work together or in synergy.',
      },
      {
        id: 'dk-balance-bone-cells',
        all: [
          '{DK}',
          String.raw`(?:bone-building|osteoblasts?|osteoclasts?|bone breakdown|bone-resorbing|bone resorption)`,
        ],
        none: [UNREVIEWED_TOPIC],
        priority: 20,
        reason: 'Names D or K2 and describes their roles in bone building or mineralisation (mechanism).',
      },
    ],
    examples: [
      'Vitamin K2 works synergistically with vitamin D3 in the body.',
      'Vitamins D3 and K2 complement each other in a true nutritional synergy.',
      'Vitamin D and K2 may complement each other in bone mineralization.',
      'Vitamins D3 and K2 work as a team to manage calcium.',
      'Vitamins D and K work in tandem to regulate calcium.',
    ],
  },
  {
    id: 'low-k2-misplaces-calcium',
    claim:
      'Without enough K2, calcium ends up in arteries instead of bones, causing osteoporosis and heart disease.',
    topic: 'calcium',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'An extrapolation from the mechanism; no study shows that low K2 causes these diseases.',
    explanation:
      'Our sources describe a "calcium paradox": inactive calcium-binding proteins might let bones lose calcium while arteries gain it. That is a hypothesis built on the mechanism. No trial has shown that topping up K2 prevents osteoporosis, heart disease or the other illnesses that pages blame on a lack of K2.',
    sources: [
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Undercarboxylated proteins "potentially" leading to osteoporosis with vascular calcification',
      },
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Theoretical synergy has not materialised in fractures, cardiovascular events or mortality',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'low-k2-causes-disease',
        all: [
          String.raw`(?:(?:without|not enough|lack of|lacks?|lacking|low|inadequate|insufficient|deficient in|deficiency in|shortage of)(?: \S+){0,4} {K2}|{K2}[\s-]deficien\w*|{K2} (?:is|are) (?:\S+ ){0,2}lacking)`,
          String.raw`(?:osteoporo\w*|weak(?:er)? bones|bones? (?:\S+ ){0,2}weaken\w*|brittle bones|(?:in|into) (?:the |your )?(?:arteries|blood vessels)|harden\w* (?:\S+ ){0,2}arteries|weaken\w* (?:\S+ ){0,2}bones|bone (?:loss|deformities)|heart (?:disease|attacks?|problems)|cardiovascular (?:disease|problems|issues|risk)|strokes?|plaques?|hardened arteries|hardening|calcification|kidney stones|tooth decay|paradox|heel spurs|brain diseases?|cancer)`,
        ],
        priority: 21,
        reason: 'Says a lack of K2 leads to bone loss, calcified arteries or other disease.',
      },
    ],
    examples: [
      'Without K2, calcium may end up in your arteries, leading to weaker bones and heart disease.',
      'K2 deficiency leaves you vulnerable to osteoporosis, heart attacks and stroke.',
      'Low vitamin K2 status could cause the calcium paradox of brittle bones and hardened arteries.',
      'Without adequate K2, calcium may harden your arteries and weaken your bones.',
    ],
  },
  {
    id: 'k2-needed-with-vitamin-d',
    claim: 'If you take vitamin D, you also need to take K2.',
    topic: 'calcium',
    kind: 'outcome',
    grade: 'unproven',
    verdict: 'Guideline summaries advise D3 alone; no trial shows D without K2 causes harm.',
    explanation:
      'The argument is that extra vitamin D moves more calcium and K2 is needed to keep it out of arteries. Very high vitamin D can calcify blood vessels in animals, but no trial shows that normal doses of D without K2 harm people, or that adding K2 prevents it. The guideline summaries we reviewed advise treating low vitamin D with D3 alone and not adding K2 for extra benefit.',
    caution:
      'Vitamin K2 supplements can interfere with warfarin; check with your doctor first if you take it.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'Clinical recommendation: treat deficiency with D3 alone; do not add K2 expecting extra benefit',
      },
      {
        seed: '000_205bc296aff7d109.txt',
        cites: 'Says practitioners often add K2 to higher-dose vitamin D (practice, not a trial result)',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'need-k2-with-d',
        all: [
          String.raw`(?:you (?:also )?need|also need|must (?:also )?(?:take|be taken)|should (?:always |also )?(?:be )?tak\w*|needs? to (?:\S+ ){0,2}take|(?:essential|necessary|important|crucial|vital|critical) (?:\S+ ){0,8}(?:take|taking|consum\w*|supplement\w*|obtain|get|combin\w*)|(?:take|taking) (?:\S+ ){0,4}(?:together|alongside|with) (?:\S+ ){0,4}(?:is|are) (?:\S+ ){0,2}(?:important|essential|crucial|necessary|vital|key)|(?:taking|take) (?:\S+ ){0,3}alongside|you need {K2}|need for {K2}|should (?:always |also |ideally )?(?:pair|combine|add|take|use|be (?:paired|combined|taken))|always (?:combine|pair|take|add)|never (?:\S+ ){0,2}(?:take|use|supplement)\w* (?:\S+ ){0,4}without|must (?:always |also )?(?:be )?(?:taken|combined|paired|take|add))`,
          '{K2}',
          '{D}',
        ],
        priority: 12,
        reason: 'Says anyone taking vitamin D needs (or should take) K2 as well.',
      },
      {
        id: 'd-without-k2-harmful',
        all: [
          '{D}',
          String.raw`(?:(?:without|skip\w*|forget\w*|leave out|leaving out|omit\w*|no) (?:\S+ ){0,2}{K2}|{K2}(?:.*)(?:without (?:it|them)|{D} (?:\S+ ){0,1}(?:on (?:its|their) own|alone|by itself)))`,
          String.raw`(?:danger\w*|harm\w*|risk\w*|unsafe|calcif\w*|arter\w*|stranded|wrong (?:\S+ ){0,1}(?:places?|tissues?|spots?)|dumps?|dumping)`,
        ],
        priority: 12,
        reason: 'Says vitamin D taken without K2 is harmful, for example to the arteries.',
      },
      {
        id: 'd-makes-k2-necessary',
        all: ['{D}', String.raw`{K2} (?:is|are) (?:also |therefore |then )?(?:needed|necessary|required)`],
        none: [String.raw`(?:activat\w*|clot\w*)`],
        priority: 22,
        reason: 'Says that taking vitamin D makes K2 necessary.',
      },
    ],
    examples: [
      'The K2 is the whole point: without it, your D3 just dumps calcium in your arteries.',
      'If you take oral vitamin D, you also need to take vitamin K2.',
      'You need vitamin K2 if you take vitamin D3 supplements.',
      'Vitamin D3 should always be taken with K2 to keep calcium out of your arteries.',
      'Never take vitamin D3 without K2, or calcium can end up in the wrong places.',
      'If you supplement D3, you should pair it with K2 to protect your bones.',
      'Without K2, the D3 you take just dumps calcium in your arteries.',
    ],
  },
];
