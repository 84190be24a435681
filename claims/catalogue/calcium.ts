import type { Entry } from '../schema';

/** Claims about how D3 and K2 handle calcium in the body. */
export const calcium: Entry[] = [
  {
    id: 'k2-directs-calcium-to-bone',
    claim: 'Vitamin K2 directs calcium into bones and away from arteries.',
    topic: 'calcium',
    kind: 'mechanism',
    grade: 'plausible',
    verdict: 'A sound mechanism, but no trial shows it changes fractures or heart outcomes.',
    explanation:
      'K2 activates two proteins, osteocalcin in bone and matrix Gla protein in artery walls, which bind calcium. That is why the "traffic cop" picture is biologically sensible. Trials show the proteins get activated, but not that calcium ends up in different places in a way that prevents fractures or heart disease.',
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
    ],
    reviewed: '2026-11-21',
    rules: [
      {
        id: 'k2-directs-calcium',
        all: [
          '{K2}',
          '(?:direct|guid|steer|rout|send|shuttl|traffic|channel|transport|escort|move|put|deposit|get|keep)\\w*',
          '{CALCIUM}',
        ],
        reason: 'Names K2 and says it moves or directs calcium somewhere.',
      },
    ],
    examples: [
      'Vitamin K2 directs calcium to your bones and teeth.',
      'K2 acts like a traffic cop for calcium, keeping it out of your arteries.',
      'MK-7 may help guide calcium into the bones where it belongs.',
    ],
  },
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
        cites: 'Mechanism summary: D3 increases intestinal calcium absorption',
      },
      {
        seed: '000_205bc296aff7d109.txt',
        cites: 'NEJM study on calcium and vitamin D: high-dose D3 has modest effects on absorption',
      },
    ],
    reviewed: '2026-11-21',
    rules: [
      {
        id: 'd-absorbs-calcium',
        all: ['{D}', '(?:absor\\w*|uptake)', '{CALCIUM}'],
        reason: 'Names vitamin D and says it helps absorb calcium.',
      },
    ],
    examples: [
      'Vitamin D3 helps your body absorb calcium from food.',
      'Vitamin D increases calcium absorption from the gut into the bloodstream.',
      'D3 may boost the uptake of calcium in the intestine.',
    ],
  },
];
