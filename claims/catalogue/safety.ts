import type { Entry } from '../schema';
import { IOM_2011, ODS_D, ODS_K, THEUWISSEN_2013, WHI_2006 } from './sources';

const REVIEWED = '2026-12-07';

/**
 * What makes a sentence about vitamin K and warfarin a caution: an interaction, advice, a "should",
 * a harm or an effect against the drug ("reduces the INR") that it does not deny. Without one,
 * naming both is not yet the true claim: "K2 is compatible with blood thinners" names them too.
 */
const CAUTION = ['Interact', 'Should', 'Advice', 'Harm', 'Prevent'] as const;

/** Reassurance in any words, which a caution about warfarin must not contain. */
const REASSURANCE = ['Safe', 'SafeAbsolute', 'Fine'] as const;

/** Said on every claim that could lead someone on a blood thinner to take K2. */
const WARFARIN_CAUTION =
  'If you take warfarin or another vitamin K antagonist, do not start, stop or change vitamin K without your doctor: even small doses change how it works.';

/** Claims about safety, side effects and interactions. */
export const safety: Entry[] = [
  {
    id: 'vitamin-k-interferes-with-warfarin',
    claim: 'Vitamin K works against warfarin and similar blood thinners.',
    topic: 'safety',
    kind: 'safety',
    grade: 'established',
    gradeReason:
      'Warfarin works by blocking vitamin K; even 10-20 µg of MK-7 a day changes the INR of people on it (Theuwissen 2013).',
    verdict: 'True: vitamin K weakens warfarin, so people on it must keep their intake steady.',
    explanation:
      'Warfarin and related drugs thin the blood by blocking vitamin K, so taking more vitamin K weakens them. A trial found that as little as 10-20 µg of MK-7 a day changed the clotting test their dose is set by. Newer blood thinners such as apixaban do not work through vitamin K.',
    caution: WARFARIN_CAUTION,
    sources: [THEUWISSEN_2013, ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'caution-first',
        who: ['K'],
        all: [['OnMedication'], ['Anticoagulant'], [...CAUTION]],
        none: [...REASSURANCE],
        leads: ['OnMedication', 'Anticoagulant'],
        // A sentence that opens with the caution ("If you take warfarin, ...") is about it, whatever it
        // says of K2 after; a caution after a claim ("..., though anyone on warfarin should ask") is an aside.
        priority: 10,
        reason: 'Opens with people on warfarin or blood thinners and what vitamin K means for them.',
      },
      {
        id: 'k-and-warfarin',
        who: ['K'],
        all: [['Anticoagulant'], [...CAUTION]],
        none: [...REASSURANCE],
        reason: 'Names vitamin K together with warfarin or blood thinners, as a caution.',
      },
      {
        id: 'k-not-without-a-doctor',
        who: ['K'],
        all: [['Anticoagulant']],
        denied: [['Should']],
        none: [...REASSURANCE],
        reason: 'Tells people on blood thinners not to take vitamin K (without their doctor).',
      },
      {
        id: 'newer-thinners-unaffected',
        who: ['K'],
        all: [['DOAC']],
        none: [...REASSURANCE],
        reason: 'Says the newer blood thinners do not work through vitamin K.',
      },
      {
        id: 'k-not-safe-with-warfarin',
        who: ['K'],
        all: [['Anticoagulant']],
        denied: [['Safe', 'SafeAbsolute', 'Fine']],
        reason: 'Says vitamin K is not safe with warfarin or blood thinners.',
      },
    ],
    examples: [
      'Vitamin K can interfere with blood-thinning medications like warfarin.',
      'If you take warfarin, talk to your doctor before starting K2.',
      'Vitamin K and warfarin work against each other.',
      'K2 is not safe for people on blood thinners without medical advice.',
    ],
  },
  {
    id: 'k2-safe-with-blood-thinners',
    claim: 'Vitamin K2 is safe with warfarin, blood thinners or any medication.',
    topic: 'safety',
    kind: 'safety',
    grade: 'contradicted',
    gradeReason:
      'Even small MK-7 doses change the INR of people on vitamin K antagonists; "safe with any medication" is false for exactly the drugs that matter.',
    verdict: 'Wrong and risky: even small K2 doses change how warfarin works.',
    explanation:
      'Warfarin and similar drugs work by blocking vitamin K, and a trial found that 10-20 µg of MK-7 a day already changed the clotting test their dose is set by. Telling people K2 is safe with any medicine, or with blood thinners, hides the one interaction that can cause a clot or a bleed.',
    caution: WARFARIN_CAUTION,
    sources: [THEUWISSEN_2013, ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-safe-with-blood-thinners',
        who: ['K'],
        all: [
          ['Safe', 'SafeAbsolute', 'Fine'],
          ['Anticoagulant', 'Medication'],
        ],
        none: ['DOAC', 'Harm', 'Hedge', 'Interact'],
        priority: 40,
        reason: 'Calls vitamin K safe with blood thinners or medicines.',
      },
      {
        id: 'k-despite-blood-thinners',
        who: ['K'],
        all: [['Anticoagulant'], ['Even', 'Fine']],
        none: ['DOAC', ...CAUTION],
        priority: 40,
        reason: 'Says vitamin K can be taken even on blood thinners, with no caution.',
      },
      {
        id: 'k-not-harmful-with-blood-thinners',
        who: ['K'],
        all: [['Anticoagulant']],
        denied: [['Harm']],
        none: ['DOAC', 'Interact'],
        priority: 40,
        reason: 'Says vitamin K does no harm with blood thinners.',
      },
      {
        id: 'k-need-not-be-avoided',
        who: ['K'],
        all: [['Anticoagulant']],
        denied: [['Prevent']],
        none: ['DOAC', ...CAUTION.filter((tag) => tag !== 'Prevent')],
        priority: 40,
        reason: 'Says people on blood thinners need not avoid vitamin K.',
      },
      {
        id: 'k-does-not-interact',
        who: ['K'],
        all: [['Anticoagulant', 'Medication']],
        denied: [['Interact']],
        none: ['DOAC'],
        priority: 40,
        reason: 'Says vitamin K does not interact with blood thinners or medicines.',
      },
    ],
    examples: [
      'Vitamin K2 is safe to take with any medication.',
      'Vitamin K use in warfarin therapy is safe.',
      'MK-7 does not interfere with blood thinners.',
      'Vitamin K2 is compatible with blood thinners.',
      'You can take K2 even if you are on warfarin.',
    ],
  },
  {
    id: 'dk-safe-for-everyone',
    claim: 'D3 and K2 are completely safe, have no side effects, or are safe for everyone.',
    topic: 'safety',
    kind: 'safety',
    grade: 'contradicted',
    gradeReason:
      'Too much vitamin D causes high blood calcium and kidney stones, vitamin K interferes with warfarin, and limits are lower for children: no supplement is safe for everyone at any dose.',
    verdict: 'No: vitamin D can be harmful in excess and vitamin K affects blood thinners.',
    explanation:
      'Vitamin D above the upper limit can raise blood calcium and cause kidney stones, and the limits for children are lower than for adults. Vitamin K weakens warfarin-type blood thinners. "Safe for everyone" and "no side effects" leave out exactly the people who need to be careful.',
    caution: WARFARIN_CAUTION,
    sources: [IOM_2011, ODS_D, THEUWISSEN_2013],
    reviewed: REVIEWED,
    match: [
      {
        id: 'absolutely-safe',
        all: [['SafeAbsolute']],
        priority: 35,
        reason: 'Says D or K2 has no side effects or no risk at all.',
      },
      {
        id: 'safe-for-everyone',
        all: [['Safe'], ['Everyone', 'Strong', 'AnyDose']],
        priority: 35,
        reason: 'Calls D or K2 safe for everyone, at any dose or beyond doubt.',
      },
      {
        id: 'd-no-kidney-stones',
        who: ['D'],
        all: [['Kidney']],
        denied: [['Cause', 'Raise', 'Harm']],
        priority: 30,
        reason: 'Says vitamin D never causes kidney stones.',
      },
      {
        id: 'd-not-toxic',
        who: ['Donly'],
        denied: [['Harm']],
        all: [['VitD', 'VitD3', 'VitD2']],
        none: ['DoseOverLimit', 'Limit'],
        priority: 30,
        reason: 'Says vitamin D is not toxic or harmful.',
      },
    ],
    examples: [
      'Our D3 + K2 drops have no side effects and are safe for everyone.',
      'Vitamin D3 and K2 are completely safe.',
      'You cannot overdose on vitamin K2.',
      'Vitamin D is not toxic.',
    ],
  },
  {
    id: 'dose-above-limit-called-safe',
    claim: 'A vitamin D dose above the upper limit is safe to take every day.',
    topic: 'safety',
    kind: 'safety',
    grade: 'contradicted',
    gradeReason:
      'The upper limit is 4,000 IU a day for adults and lower for children (IOM 2011); higher daily doses are for treating a diagnosed deficiency under medical care, not safe for everyone.',
    verdict: 'Above the upper limit: not safe for everyone, only on a doctor’s advice.',
    explanation:
      'The tolerable upper intake of vitamin D is 4,000 IU (100 µg) a day for adults, 2,500-3,000 IU for young children and 1,000-1,500 IU for babies. Higher doses are used for short periods to treat a diagnosed deficiency, with blood tests. Calling them safe for anyone, every day, risks high blood calcium and kidney stones.',
    sources: [IOM_2011, ODS_D],
    reviewed: REVIEWED,
    match: [
      {
        id: 'high-dose-safe',
        who: ['D'],
        all: [['Safe', 'SafeAbsolute', 'Fine'], ['DoseOverLimit']],
        priority: 45,
        reason: 'Calls a daily vitamin D dose above the upper limit safe.',
      },
      {
        id: 'high-dose-not-harmful',
        who: ['D'],
        all: [['DoseOverLimit']],
        denied: [['Harm']],
        none: ['Advice'],
        priority: 45,
        reason: 'Says a daily vitamin D dose above the upper limit does no harm.',
      },
      {
        id: 'high-dose-harm-not-shown',
        who: ['D'],
        all: [['DoseOverLimit'], ['Harm']],
        denied: [['Show', 'Evidence']],
        priority: 45,
        reason: 'Says no study has shown harm from a daily vitamin D dose above the upper limit.',
      },
      {
        id: 'wrong-upper-limit',
        who: ['D'],
        all: [['Limit'], ['DoseOverLimit']],
        none: ['Harm', 'Cause', 'Advice'],
        priority: 45,
        reason: 'States an upper limit of vitamin D higher than the real one.',
      },
    ],
    examples: [
      '50,000 IU of vitamin D once a week is safe for everyone.',
      'A daily dose of 2,000 to 10,000 IU of vitamin D3 is a safe range for everyone.',
      'Our 5,000 IU vitamin D3 is well below the upper limit of 10,000 IU.',
      'Children can safely take 10,000 IU of vitamin D3 daily.',
    ],
  },
  {
    id: 'k2-makes-d-safe',
    claim: 'Vitamin K2 protects against vitamin D toxicity or makes any dose of D safe.',
    topic: 'safety',
    kind: 'safety',
    grade: 'contradicted',
    gradeReason:
      'Vitamin D toxicity is high blood calcium from too much vitamin D; no study shows K2 prevents it, and the upper limit applies with or without K2.',
    verdict: 'No: K2 does not make high doses of vitamin D safe.',
    explanation:
      'Too much vitamin D raises the calcium in your blood, which harms the kidneys and heart. K2 does not lower blood calcium, and no study shows it prevents vitamin D toxicity. The upper limit of 4,000 IU a day for adults applies whether or not you take K2.',
    sources: [IOM_2011, ODS_D],
    reviewed: REVIEWED,
    match: [
      {
        id: 'k-prevents-d-toxicity',
        who: ['pair'],
        all: [
          ['Prevent', 'Treat'],
          ['Harm', 'DoseOverLimit'],
        ],
        none: ['HeartEvent', 'Evidence', 'Regardless'],
        priority: 36,
        reason: 'Says K2 prevents vitamin D toxicity.',
      },
      {
        id: 'k-makes-any-dose-safe',
        who: ['pair'],
        all: [
          ['Safe', 'SafeAbsolute'],
          ['AnyDose', 'DoseOverLimit'],
        ],
        priority: 36,
        reason: 'Says K2 makes any dose of vitamin D safe.',
      },
    ],
    examples: [
      'Vitamin K2 makes vitamin D safe at any dose.',
      'Vitamin K2 protects against vitamin D toxicity.',
      'Taking K2 prevents the side effects of high-dose vitamin D.',
    ],
  },
  {
    id: 'd-toxicity-is-k2-deficiency',
    claim: 'The symptoms of vitamin D toxicity are really a lack of K2.',
    topic: 'safety',
    kind: 'safety',
    grade: 'contradicted',
    gradeReason:
      'Vitamin D toxicity is defined by high blood calcium from excess vitamin D; no evidence blames it on K2.',
    verdict: 'Wrong: vitamin D toxicity comes from too much vitamin D.',
    explanation:
      'Vitamin D toxicity means too much vitamin D raising the calcium in your blood, with nausea, weakness and kidney damage. It is treated by stopping vitamin D, not by adding K2. Blaming it on a lack of K2 makes high doses sound harmless.',
    sources: [ODS_D, IOM_2011],
    reviewed: REVIEWED,
    match: [
      {
        id: 'toxicity-is-low-k',
        who: ['pair'],
        all: [['Deficient', 'Without'], ['Harm']],
        priority: 30,
        reason: 'Blames vitamin D toxicity on a lack of K2.',
      },
    ],
    examples: [
      'Vitamin K2 deficiency is what produces the symptoms of vitamin D toxicity.',
      'Vitamin D toxicity is really a K2 deficiency.',
      'The side effects of vitamin D only happen without enough K2.',
    ],
  },
  {
    id: 'vitamin-d-harms-are-a-myth',
    claim: 'The dangers of too much vitamin D are a myth.',
    topic: 'safety',
    kind: 'safety',
    grade: 'contradicted',
    gradeReason:
      'Vitamin D toxicity is documented, including in infants given too much liquid vitamin D; the upper limits exist because of it.',
    verdict: 'Wrong: too much vitamin D is a real, documented harm.',
    explanation:
      'Vitamin D poisoning is rare but real: it raises blood calcium and can damage the kidneys, and babies have been harmed by overdoses of liquid drops. The upper limits are set to prevent it.',
    sources: [ODS_D, IOM_2011],
    reviewed: REVIEWED,
    match: [
      {
        id: 'harm-is-myth',
        who: ['D'],
        all: [['Harm'], ['Myth']],
        priority: 30,
        reason: 'Calls the harms of vitamin D a myth.',
      },
      {
        id: 'limit-is-myth',
        who: ['D'],
        all: [['Limit'], ['Myth']],
        priority: 30,
        reason: 'Calls the upper limit of vitamin D a myth or outdated.',
      },
    ],
    examples: [
      'Vitamin D toxicity is a myth.',
      'Fears about vitamin D overdose are overblown.',
      'The danger of too much vitamin D is exaggerated.',
    ],
  },
  {
    id: 'dk-generally-safe',
    claim: 'D3 and K2 are generally safe at recommended doses.',
    topic: 'safety',
    kind: 'safety',
    grade: 'established',
    gradeReason:
      'At doses within the upper limits, side effects are rare; the exceptions (blood thinners, some medical conditions) are what a careful page mentions.',
    verdict: 'Fair, at doses within the limits and outside the known exceptions.',
    explanation:
      'At normal doses, vitamin D and K2 rarely cause side effects. The exceptions matter: vitamin K weakens warfarin-type blood thinners, and people with kidney disease or high blood calcium need medical advice before taking vitamin D.',
    caution: WARFARIN_CAUTION,
    sources: [ODS_D, ODS_K],
    reviewed: REVIEWED,
    match: [
      {
        id: 'side-effects-rare',
        all: [['Harm'], ['Common']],
        none: ['Everyone', 'Strong', 'AnyDose', 'DoseOverLimit', 'Anticoagulant', 'Medication', 'Myth'],
        reason: 'Says side effects of D or K2 are rare.',
      },
      {
        id: 'no-harm-reported',
        who: ['Konly'],
        denied: [['Harm', 'Cause']],
        all: [],
        none: ['Everyone', 'Strong', 'AnyDose', 'Anticoagulant', 'Medication'],
        reason: 'Says vitamin K2 does not usually cause harm.',
      },
      {
        id: 'generally-safe',
        all: [['Safe']],
        none: ['Everyone', 'Strong', 'AnyDose', 'DoseOverLimit', 'Anticoagulant', 'Medication'],
        reason: 'Calls D or K2 safe or well tolerated, without saying for everyone.',
      },
    ],
    examples: [
      'Vitamin D3 and K2 supplements are generally safe and well-tolerated.',
      'When taken at recommended doses, vitamin K2 is considered safe.',
      'MK-7 has a very low potential for toxicity.',
    ],
  },
  {
    id: 'too-much-vitamin-d-is-harmful',
    claim: 'Too much vitamin D is harmful: it can raise blood calcium and cause kidney stones.',
    topic: 'safety',
    kind: 'safety',
    grade: 'established',
    gradeReason:
      'Documented toxicity (hypercalcaemia) and the higher kidney-stone rate with vitamin D and calcium in the WHI trial.',
    verdict: 'True: excess vitamin D raises blood calcium and can harm the kidneys.',
    explanation:
      'Vitamin D is stored in the body, so very high doses over time can raise blood calcium, causing nausea, weakness and kidney damage. In a large trial, vitamin D with calcium made kidney stones more common. That is why upper limits exist.',
    sources: [ODS_D, WHI_2006, IOM_2011],
    reviewed: REVIEWED,
    match: [
      {
        id: 'd-harm',
        who: ['D'],
        all: [['Harm']],
        none: ['Myth'],
        reason: 'Says too much vitamin D can be harmful.',
      },
      {
        id: 'd-kidney-stones',
        who: ['D'],
        all: [['Cause', 'Raise', 'Link'], ['Kidney']],
        reason: 'Says vitamin D, with calcium, raises the risk of kidney stones.',
      },
    ],
    examples: [
      'Too much vitamin D can cause hypercalcemia.',
      'Excess vitamin D with calcium increases the risk of kidney stones.',
      'Accidental overdose of liquid vitamin D can be harmful to infants.',
    ],
  },
];
