import type { Entry, Source } from '../schema';
import { HARM_DENIED_GUARD, UNREVIEWED_TOPIC } from './patterns';

const REVIEWED = '2026-11-21';

const GUIDE_DOSING: Source = {
  seed: '003_2b1a0b5e5585a4b8.txt',
  cites:
    'Target levels and dosing: ≥800 IU for the elderly, 50,000 IU weekly for deficiency, 25(OH)D ≥30 ng/mL',
};

const OSTEO_DOSING: Source = {
  seed: '002_e4882ffecf233a35.txt',
  cites: 'Practical implementation: D3 800 IU daily, calcium 1,000-1,200 mg, target 25(OH)D ≥30 ng/mL',
};

/** Claims about doses, intake values and upper limits. */
export const dosing: Entry[] = [
  {
    id: 'd-upper-limit-4000-iu',
    claim: 'Vitamin D is safe at recommended doses; the adult upper limit is 4,000 IU a day.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'established',
    verdict: 'Correct: 4,000 IU (100 µg) a day is the tolerable upper limit for adults.',
    explanation:
      'The tolerable upper intake level is the most a healthy adult can take every day without expecting harm; for vitamin D it is 4,000 IU. Usual doses below it are considered safe, although the Institute of Medicine warns that too much may be harmful. Doctors sometimes prescribe more for a short time to treat a deficiency, with blood tests.',
    caution:
      'Do not exceed 4,000 IU a day long term unless your doctor prescribes it and checks your levels.',
    sources: [
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Safety section: tolerable upper limit for vitamin D is 4,000 IU per day',
      },
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Institute of Medicine: "too much of these nutrients may be harmful"',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-upper-limit',
        all: [
          '{D}',
          String.raw`(?:upper (?:safe |intake )?(?:limit|level)|tolerable|ul|4,?000 iu (?:\S+ ){0,3}(?:limit|max\w*)|(?:exceed\w*|more than|above|over|beyond) (?:\S+ ){0,1}(?:4,?000 iu|100 (?:mcg|µg|μg|micrograms)))`,
        ],
        none: [HARM_DENIED_GUARD],
        priority: 13,
        reason: 'Names vitamin D and its upper intake limit.',
      },
      {
        id: 'safe-at-recommended-doses',
        all: [
          '{D}',
          String.raw`safe (?:\S+ ){0,4}(?:recommended|appropriate|normal|usual|standard) (?:doses?|amounts?|intakes?)`,
        ],
        priority: 13,
        reason: 'Names vitamin D and says it is safe at recommended doses.',
      },
    ],
    examples: [
      'The tolerable upper limit for vitamin D is 4,000 IU per day.',
      'Vitamin D3 is generally very safe when taken at recommended doses.',
      'Adults should not take more than the upper limit of 4,000 IU of vitamin D a day.',
      'Adults are advised not to exceed 4,000 IU of vitamin D per day.',
    ],
  },
  {
    id: 'd-dose-800-iu',
    claim: 'Older and at-risk adults should take at least 800 IU of vitamin D3 a day.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'established',
    verdict: 'In line with the guideline summaries for older adults and people at risk of osteoporosis.',
    explanation:
      'The guideline summaries we reviewed recommend at least 800 IU of vitamin D3 a day for older adults and people at risk of osteoporosis, together with 1,000-1,200 mg of calcium from all sources, mostly food. Lower doses such as 400 IU did not prevent fractures in postmenopausal women. This is about vitamin D alone; the guidelines do not add K2.',
    sources: [GUIDE_DOSING, OSTEO_DOSING],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-800-iu-daily',
        all: [
          '{D}',
          String.raw`(?:(?:≥|>=|at least|minimum(?: of)?|min\.?)\s*)?(?:800|1,?000|2,?000)(?:\s*(?:-|to)\s*[\d,]+)?\s*(?:iu|international units)`,
          String.raw`(?:daily|a day|per day|each day|/day|intake|recommended|adults|elderly|older)`,
        ],
        none: [UNREVIEWED_TOPIC, String.raw`(?:weekly|a week|per week|infants?|babies|newborns?|children)`],
        priority: 2,
        reason: 'Names vitamin D with a daily dose of 800 to 2,000 IU.',
      },
    ],
    examples: [
      'Older adults should take at least 800 IU of vitamin D3 daily.',
      'A minimum of 800 IU vitamin D3 per day is recommended for the elderly.',
      'Vitamin D3: 800-2,000 IU daily may help maintain healthy levels.',
      'At least 800 IU of vitamin D daily is recommended for older adults.',
      'For adults over 65, the recommended daily intake of vitamin D is 800 IU.',
    ],
  },
  {
    id: 'd-deficiency-treatment-dose',
    claim: 'Vitamin D deficiency is treated with 50,000 IU weekly for 8-12 weeks, then a daily dose.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'established',
    verdict: 'A standard doctor-supervised protocol for a measured deficiency.',
    explanation:
      'For a deficiency confirmed by a blood test, the guideline summary describes 50,000 IU of cholecalciferol once a week for 8 to 12 weeks, followed by 800-2,000 IU a day. Levels should be checked again after about three months. This is a treatment plan under a doctor, not a dose to take on your own.',
    caution: 'High weekly doses are for a diagnosed deficiency under medical supervision only.',
    sources: [GUIDE_DOSING],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-50000-weekly',
        all: [
          '{D}',
          String.raw`(?:50,?000|50 000)\s*(?:iu|international units)`,
          String.raw`(?:weekly|a week|per week|once a week|every week)`,
        ],
        none: [UNREVIEWED_TOPIC],
        priority: 5,
        reason: 'Names vitamin D with a 50,000 IU weekly treatment dose.',
      },
      {
        id: 'd-treats-deficiency',
        all: [
          '{D}',
          String.raw`(?:treat\w* (?:\S+ ){0,3}deficien\w*|deficiency treatment|correct\w* (?:\S+ ){0,3}deficien\w*)`,
        ],
        none: [UNREVIEWED_TOPIC],
        priority: 12,
        reason: 'Names vitamin D as the treatment for a diagnosed deficiency.',
      },
    ],
    examples: [
      'Deficiency is treated with 50,000 IU of vitamin D3 weekly for 8 to 12 weeks.',
      'Doctors may prescribe 50,000 IU cholecalciferol once a week to correct a deficiency.',
      'A weekly 50,000 IU vitamin D dose can restore low levels.',
      'Vitamin D deficiency is often treated with 50,000 IU of D3 once a week.',
    ],
  },
  {
    id: 'd-target-level-30-ng-ml',
    claim: 'A blood vitamin D (25(OH)D) level of at least 30 ng/mL is the usual target.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'established',
    verdict: 'Matches the target named in the guideline summaries we reviewed.',
    explanation:
      'Vitamin D status is measured as 25-hydroxyvitamin D in the blood. The guideline summaries aim for at least 30 ng/mL (75 nmol/L) and suggest re-testing after three months of supplements, when levels have settled. Much higher targets are not backed by these sources.',
    sources: [GUIDE_DOSING, OSTEO_DOSING],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-30-ng-ml',
        all: ['{D}', String.raw`30\s*ng/ml|75\s*nmol/l`],
        priority: 12,
        reason: 'Names vitamin D (or 25(OH)D) with the 30 ng/mL target.',
      },
    ],
    examples: [
      'Vitamin D blood levels of at least 30 ng/mL are needed for optimal bone health.',
      'Keeping your vitamin D level above 30 ng/mL may help protect your bones.',
      'Vitamin D3 supplements help most people reach a healthy level of 30 ng/mL.',
      'A 25(OH)D level above 30 ng/mL is considered sufficient for vitamin D.',
      'Blood levels of vitamin D should be at least 30 ng/mL.',
    ],
  },
  {
    id: 'k2-dose-100-200-mcg',
    claim: 'About 100-200 mcg of K2 (MK-7) a day is an effective dose.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'mixed',
    verdict: 'Common practice, but no guideline sets a K2 dose and trial results are mixed.',
    explanation:
      'Pages and some practitioners suggest roughly 45-200 mcg of MK-7 a day, while the Japanese bone trials used 45 mg of MK-4, hundreds of times more. Major guidelines do not recommend K2 at any dose, and the trials at supplement doses show changes in markers more than in fractures or heart outcomes. A dose that activates the proteins is not the same as a dose proven to help.',
    caution: 'Any K2 dose can interfere with warfarin.',
    sources: [
      {
        seed: '000_205bc296aff7d109.txt',
        cites: 'Clinical practice: K2 typically 100-200 mcg daily alongside vitamin D above 2,000 IU',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Not in major guidelines; research suggests 45-90 mcg MK-7 or higher doses of MK-4',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k2-mcg-dose',
        all: ['{K}', String.raw`\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:mcg|µg|μg|micrograms?)`],
        none: [UNREVIEWED_TOPIC, String.raw`(?:skin|placebo|plasma|measured)`],
        priority: 16,
        reason: 'Names vitamin K2 with a microgram dose.',
      },
      {
        id: 'mk4-mg-dose',
        all: ['{K2}', String.raw`\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:mg|milligrams?)`],
        none: [String.raw`(?:calcium|magnesium)`],
        priority: 6,
        reason: 'Names K2 (usually MK-4) with a milligram dose.',
      },
    ],
    examples: [
      'Health professionals often recommend 100-200 mcg of vitamin K2 daily.',
      'A moderate amount of MK-7 (100-200 micrograms) can be added daily.',
      'Around 180 mcg of K2 a day might be enough to activate the proteins that use calcium.',
      'A typical K2 dose is 100 to 200 mcg of MK-7 per day.',
      'Most studies of bone health used between 90 and 360 mcg of MK-7 a day.',
    ],
  },
  {
    id: 'k-adequate-intake-90-120-mcg',
    claim: 'Adults need about 90 mcg (women) to 120 mcg (men) of vitamin K a day.',
    topic: 'dosing',
    kind: 'dose',
    grade: 'established',
    verdict: 'Correct: these are the Institute of Medicine adequate intakes for vitamin K.',
    explanation:
      'The Institute of Medicine set adequate intakes for vitamin K at 90 mcg a day for women and 120 mcg for men. These values mainly reflect vitamin K1 from leafy greens and what blood clotting needs. They are not a K2-specific dose and do not show that extra K2 helps bones or the heart.',
    sources: [
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Institute of Medicine dietary reference intakes: 90 mcg/day (women), 120 mcg/day (men)',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-ai-values',
        all: [
          '{K}',
          String.raw`(?:90|120)\s*(?:mcg|µg|μg|micrograms?)`,
          String.raw`(?:men|women|males?|females?|adequate intakes?|dietary reference intakes?|rda|reference)`,
        ],
        priority: 12,
        reason: 'Names vitamin K with the 90 / 120 mcg adequate intakes for women and men.',
      },
    ],
    examples: [
      'It is recommended that adult men get 120 mcg of vitamin K daily.',
      'Women need about 90 mcg of vitamin K per day.',
      'The adequate intake of vitamin K is 90 mcg for females and 120 mcg for males.',
      'Men need 120 micrograms of vitamin K a day and women 90.',
    ],
  },
];
