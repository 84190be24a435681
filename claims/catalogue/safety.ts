import type { Entry, Source } from '../schema';
import {
  BLOOD_THINNER,
  CONCESSIVE_CAUTION,
  HARM_DENIED,
  HARM_DENIED_GUARD,
  INTERACTION_DENIED,
  NEWER_ANTICOAGULANT,
  OUTCOME_THEN_CAUTION,
  UNREVIEWED_TOPIC,
  WITHIN_LIMIT,
} from './patterns';

const REVIEWED = '2026-11-21';

const IOM_HARM: Source = {
  seed: '003_2b1a0b5e5585a4b8.txt',
  cites: 'Institute of Medicine: "too much of these nutrients may be harmful"',
};

/** Claims about safety, side effects and drug interactions. */
export const safety: Entry[] = [
  {
    id: 'vitamin-k-interferes-with-warfarin',
    claim: 'Vitamin K interferes with warfarin and similar blood thinners.',
    topic: 'safety',
    kind: 'safety',
    grade: 'established',
    verdict: 'True: vitamin K works against warfarin; talk to your doctor first.',
    explanation:
      'Warfarin works by blocking vitamin K, so extra vitamin K, K2 included, can weaken its effect and change blood-clotting tests. The guideline summaries list warfarin use as a reason to check with a doctor before starting K2. Newer blood thinners that do not act on vitamin K are not affected in the same way.',
    caution:
      'If you take warfarin (Coumadin) or another vitamin K antagonist, do not start or stop K2 without your doctor, and keep your intake steady.',
    sources: [
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Contraindication screen: warfarin use (vitamin K antagonizes warfarin)',
      },
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Safety section; cites the AHA/ACC guide to warfarin therapy',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-warfarin',
        all: ['{K}', BLOOD_THINNER],
        // The caution is the sentence's claim only as its main clause: after an outcome claim or in
        // an "although" clause it is an aside, and a denial of the interaction is contradicted.
        none: [
          OUTCOME_THEN_CAUTION,
          CONCESSIVE_CAUTION,
          String.raw`^(?!.*${NEWER_ANTICOAGULANT}).*${INTERACTION_DENIED}`,
        ],
        priority: 25,
        reason: 'Names vitamin K together with warfarin or blood thinners.',
      },
    ],
    examples: [
      'Vitamin K can interfere with blood-thinning medications like warfarin.',
      'If you take anticoagulants, talk to your doctor before taking K2.',
      'K2 may reduce the effect of Coumadin.',
      'Warfarin works by blocking vitamin K recycling.',
      'If you take warfarin, check with your doctor before adding K2, however good it may be for your heart.',
    ],
  },
  {
    id: 'd-with-calcium-kidney-stones',
    claim: 'Vitamin D with calcium supplements raises the risk of kidney stones.',
    topic: 'safety',
    kind: 'safety',
    grade: 'established',
    verdict: 'True: trials found more kidney stones with vitamin D plus calcium supplements.',
    explanation:
      'In the trials behind the US Preventive Services Task Force review, daily vitamin D3 with 1,000 mg of calcium gave postmenopausal women no net protection from fractures but more kidney stones (about one extra case for every 273 women treated). The risk comes mostly with calcium supplements; calcium from food is not the concern. People who have had kidney stones should ask their doctor before taking these supplements.',
    caution:
      'If you have had kidney stones or high blood calcium, ask your doctor before taking D3 with calcium.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'USPSTF: 400 IU D3 + 1000 mg calcium, no net fracture benefit, more kidney stones (1 extra case per 273 treated)',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Contraindication screen: history of kidney stones, hypercalcemia, renal insufficiency',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-kidney-stones',
        all: ['{D}', String.raw`(?:kidney stones?|renal stones?|nephrolithiasis)`],
        none: [HARM_DENIED_GUARD],
        priority: 22,
        reason: 'Names vitamin D together with kidney stones.',
      },
    ],
    examples: [
      'Taking vitamin D3 with calcium supplements may increase the risk of kidney stones.',
      'Vitamin D and calcium together can cause kidney stones in some people.',
      'Excess vitamin D3 has been linked to kidney stones.',
      'Combining vitamin D with calcium tablets increased kidney stones in a large trial.',
      'High-dose vitamin D may increase your risk of kidney stones',
    ],
  },
  {
    id: 'too-much-vitamin-d-is-harmful',
    claim: 'Too much vitamin D is harmful: it raises blood calcium and can calcify blood vessels.',
    topic: 'safety',
    kind: 'safety',
    grade: 'established',
    verdict: 'True: vitamin D builds up in the body, and excess causes real harm.',
    explanation:
      'Vitamin D is stored in body fat, so very high doses taken for a long time can push blood calcium too high. Our sources note that excess vitamin D is used in animals to cause calcified blood vessels on purpose, that both too little and too much are harmful, and that the Institute of Medicine warns too much may be harmful. Accidental overdoses, for example of liquid drops given to babies, are dangerous.',
    caution:
      'Stay within the upper limit (4,000 IU a day for adults) unless a doctor prescribes more and checks your levels.',
    sources: [
      IOM_HARM,
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Excess vitamin D causes calcific vasculopathy in animal models; dose-response is biphasic',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-excess',
        all: [
          '{D}',
          String.raw`(?:toxic\w*|overdos\w*|too much|excess\w*|hypercalc\w*|accumulat\w*|build(?:s)?[\s-]up|(?:large|huge|excessive|massive) amounts?|harmful|dangerous\w*|high (?:blood )?calcium|poisoning|biphasic|(?:real |serious |potential )?(?:risks|dangers|side effects|adverse effects)|megados\w*|(?:very |extremely )?(?:high|large|huge|massive) doses?|calcium (?:\S+ ){0,4}too high|too (?:high|much) (?:\S+ ){0,2}calcium)`,
        ],
        // "Excessive hair shedding" names an unreviewed topic, not too much vitamin D: without a word
        // for toxicity or overdose, such a sentence stays unreviewed.
        none: [
          String.raw`(?:{PREVENT}|fewer)`,
          HARM_DENIED_GUARD,
          String.raw`^(?!.*(?:toxic\w*|overdos\w*|too much|hypercalc\w*|poisoning)).*${UNREVIEWED_TOPIC}`,
        ],
        priority: 4,
        reason: 'Names vitamin D with toxicity, overdose, excess or harm.',
      },
    ],
    examples: [
      'Vitamin D is fat soluble and can accumulate in the body, leading to toxicity.',
      'Too much vitamin D3 may raise your blood calcium to harmful levels.',
      'Accidental overdose of liquid vitamin D can be dangerous for infants.',
      'Very high doses of vitamin D can push blood calcium levels too high.',
      'In animal models, too much vitamin D causes calcium to build up in vessel walls.',
    ],
  },
  {
    id: 'k2-no-upper-limit',
    claim: 'Vitamin K2 is safe, with no known toxicity and no set upper limit.',
    topic: 'safety',
    kind: 'safety',
    grade: 'established',
    verdict: 'True for healthy people: no upper limit is set, but blood thinners are the exception.',
    explanation:
      'No upper intake limit has been set for vitamin K, because no toxic effect has been seen from food or supplement amounts in healthy people. The big exception is warfarin and similar drugs, which vitamin K works against. "Safe" here means safe to take, not proven to help.',
    caution: 'If you take warfarin or another vitamin K antagonist, K2 is not safe without your doctor.',
    sources: [
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Safety section: K2 has no established upper limit',
      },
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Institute of Medicine intake values for vitamin K; warfarin as the contraindication',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-no-upper-limit',
        all: [
          '{K}',
          String.raw`(?:no|not an?|isn't an?|without an?|none)\b.{0,30}\b(?:upper (?:safe )?(?:limit|dose|level|intake)|toxicity|toxic|ul|adverse (?:effects?|events?|reactions?)|side[\s-]effects?|harm)`,
        ],
        // Above the microgram-dose rule: "no toxicity even at 1,000 mcg" is about safety.
        priority: 17,
        reason: 'Names vitamin K and says no upper limit or toxicity is known.',
      },
      {
        id: 'k2-safe',
        all: [
          '{K2}',
          String.raw`(?:safe|well[\s-]tolerated|non-?toxic|low (?:\S+ ){0,3}toxicity|safety profile)`,
        ],
        none: [UNREVIEWED_TOPIC, String.raw`(?:{D}|not safe|unsafe)`],
        priority: 4,
        reason: 'Names K2 and calls it safe or non-toxic.',
      },
    ],
    examples: [
      'There is no known toxicity issue with supplementing vitamin K2.',
      'For most healthy people, vitamin K2 is safe and well tolerated, with a very low potential for toxicity.',
      'Vitamin K has no established upper limit.',
      'No adverse effects have been reported from vitamin K2, even at high intakes.',
      'MK-7 is non-toxic even at high doses.',
    ],
  },
  {
    id: 'k2-protects-against-excess-d',
    claim: 'Vitamin K2 protects against the harms of too much vitamin D.',
    topic: 'safety',
    kind: 'safety',
    grade: 'unproven',
    verdict: 'A theory only: no study shows K2 makes high-dose vitamin D safe.',
    explanation:
      'Because excess vitamin D can calcify blood vessels in animals, some pages suggest K2 guards against it. No human trial in our sources shows that K2 prevents vitamin D toxicity or makes high doses safe. The safe course is to stay within the vitamin D upper limit, not to rely on K2.',
    caution: 'Do not take high-dose vitamin D on the belief that K2 makes it safe.',
    sources: [
      {
        seed: '004_1b7d4baf97d99584.txt',
        cites: 'Blog: K2 "may play a role" in safeguarding against ill effects of excess vitamin D',
      },
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'Excess vitamin D causes vascular calcification in animal models; no trial of K2 as protection',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k2-guards-against-d-excess',
        all: [
          '{K2}',
          String.raw`(?:{PREVENT}|safeguard\w*|counter\w*|offset\w*|balanc\w*|minimi[sz]\w*|mitigat\w*|avoid\w*|safer|make\w* (?:\S+ ){0,4}safe)`,
          String.raw`(?:(?:excess\w*|too much|(?:very |mega[\s-]?)?high(?:er)?[\s-]dos\w*(?: of)?|large (?:\S+ ){0,1}doses? of|megados\w* (?:of )?|toxicity of|overdos\w* (?:of|on)) {D}|{D}[\s-](?:toxicity|excess|overdos\w*|induced)|(?:ill|side) effects (?:\S+ ){0,4}{D})`,
        ],
        priority: 14,
        reason: 'Says K2 protects against the ill effects of too much vitamin D.',
      },
      {
        id: 'k2-keeps-d-from-harming-arteries',
        all: [
          '{K2}',
          '{D}',
          String.raw`(?:ensur\w*|makes? sure|guarantee\w*|so that|so) (?:\S+ ){0,6}(?:not|\w+n't|never|without) (?:\S+ ){0,4}(?:expense|harm\w*|hurt\w*|damag\w*|cost\w*|clog\w*|calcif\w*)`,
          String.raw`(?:arter\w*|hearts?|blood vessels?|vessels?|soft tissues?)`,
        ],
        // The promise that K2 makes vitamin D harmless to the arteries is this claim, not D's immune role.
        priority: 14,
        reason: 'Says adding K2 ensures vitamin D does not harm the arteries or heart.',
      },
    ],
    examples: [
      'K2 may help safeguard against the ill effects of excess vitamin D on your arteries.',
      'Vitamin K2 protects you from vitamin D toxicity.',
      'Adding MK-7 helps offset the side effects of high-dose vitamin D3.',
      'K2 helps prevent the calcification caused by high doses of vitamin D.',
      'K2 protects against the risks of taking too much vitamin D.',
      'Pairing your D3 with K2 ensures your immune support does not come at the expense of your arteries.',
    ],
  },
  {
    id: 'd-toxicity-is-k2-deficiency',
    claim: 'The harms of vitamin D toxicity are really caused by a lack of K2.',
    topic: 'safety',
    kind: 'safety',
    grade: 'contradicted',
    verdict: 'Wrong: excess vitamin D itself causes the harm, with or without K2.',
    explanation:
      'Our sources are clear that too much vitamin D raises blood calcium and, in animals, calcifies blood vessels on its own. Blaming these effects on missing K2 turns a real overdose risk into a supplement pitch. The protection against vitamin D toxicity is not taking too much vitamin D.',
    caution:
      'Stay within the vitamin D upper limit (4,000 IU a day for adults) unless your doctor says otherwise.',
    sources: [
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites: 'Excess vitamin D causes calcific vasculopathy; both deficiency and excess can be harmful',
      },
      IOM_HARM,
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k2-lack-is-d-toxicity',
        all: [
          String.raw`(?:{K2}[\s-]deficien\w*|(?:lack|shortage|deficiency|absence) of {K2}|low {K2})`,
          String.raw`(?:{D} toxicity|toxicity of {D}|{D}[\s-]toxic\w*|{D} (?:\S+ ){0,2}overdose)`,
        ],
        priority: 25,
        reason: 'Says a lack of K2, rather than too much vitamin D, causes vitamin D toxicity.',
      },
    ],
    examples: [
      'K2 deficiency is actually what produces the symptoms of vitamin D toxicity.',
      'What people call vitamin D toxicity may really be a lack of vitamin K2.',
      'Low K2 is the real cause of vitamin D toxicity symptoms like calcified arteries.',
      'The side effects of vitamin D toxicity are actually caused by a vitamin K2 deficiency.',
    ],
  },
  {
    id: 'vitamin-d-harms-are-a-myth',
    claim: 'The harms of too much vitamin D (toxicity, high calcium, kidney stones) are a myth.',
    topic: 'safety',
    kind: 'safety',
    grade: 'contradicted',
    verdict: 'Wrong: too much vitamin D causes real harm, and an upper limit exists for a reason.',
    explanation:
      'Our sources are clear that vitamin D has a biphasic dose-response: too little and too much are both harmful. Excess vitamin D raises blood calcium and calcifies blood vessels in animal studies, D3 taken with calcium increased kidney stones in the trials the USPSTF reviewed, and the Institute of Medicine warns that too much may be harmful. Calling these risks a myth, or saying K2 removes any ceiling, misstates the evidence.',
    caution:
      'Stay within the upper limit (4,000 IU a day for adults) unless a doctor prescribes more and checks your levels.',
    sources: [
      IOM_HARM,
      {
        seed: '003_2b1a0b5e5585a4b8.txt',
        cites:
          'Dose-response is biphasic; excess D causes calcific vasculopathy; USPSTF: more kidney stones with D3 + calcium',
      },
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Safety section: tolerable upper limit for vitamin D is 4,000 IU per day',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'd-harm-denied',
        all: [
          '{D}',
          String.raw`(?:toxic\w*|overdos\w*|too much|excess\w*|hypercalc\w*|kidney stones?|ceiling|limit|safe|harm\w*|hurt|risks?|dangers?|side effects)`,
          HARM_DENIED,
        ],
        // Sunlight cannot overdose you (true); K2's lack of an upper limit is the K2 entry's claim;
        // "not a concern below 4,000 IU" is the upper limit; "Myth: ..." labels what it debunks.
        none: [
          String.raw`(?:sun\w*|skin)`,
          WITHIN_LIMIT,
          String.raw`^\W*(?:myths?|fact|true or false)\s*[:-]`,
          String.raw`{K2} (?:\S+ ){0,3}(?:has|have) no`,
          String.raw`(?:claim\w*|say|says|belie\w*|think|idea|notion|promise\w*) (?:\S+ ){0,8}(?:myths?|no (?:ceiling|limit)|exaggerat\w*|overblown|overstated|nonsense)`,
        ],
        // Above every established safety rule: the denial is the claim.
        priority: 28,
        reason:
          'Names vitamin D and denies its harms: a myth, no ceiling, cannot overdose, prevents kidney stones.',
      },
    ],
    examples: [
      'Hypercalcaemia from vitamin D is a myth invented to scare people.',
      'You cannot overdose on vitamin D3 as long as you take it with K2.',
      'Vitamin D3 actually prevents kidney stones, so there is no reason to worry.',
      'Vitamin D is perfectly safe at any dose.',
      'Warnings about vitamin D toxicity are wildly overblown.',
    ],
  },
  {
    id: 'k2-safe-with-warfarin',
    claim: 'Vitamin K2 does not affect warfarin, so people on blood thinners can take it freely.',
    topic: 'safety',
    kind: 'safety',
    grade: 'contradicted',
    verdict: 'Wrong: vitamin K, K2 included, works against warfarin.',
    explanation:
      'Warfarin works by blocking vitamin K, and the guideline summaries list warfarin use as a reason to check with a doctor before starting K2. Extra vitamin K2 can weaken warfarin and change clotting tests, which is why doctors ask patients to keep their vitamin K intake steady. Newer blood thinners that do not act on vitamin K are a different matter.',
    caution:
      'If you take warfarin (Coumadin) or another vitamin K antagonist, do not start or stop K2 without your doctor.',
    sources: [
      {
        seed: '002_e4882ffecf233a35.txt',
        cites: 'Contraindication screen: warfarin use (vitamin K antagonizes warfarin)',
      },
      {
        seed: '001_2d378ed62aa9e527.txt',
        cites: 'Safety section: vitamin K can interfere with blood-thinning medications like warfarin',
      },
    ],
    reviewed: REVIEWED,
    rules: [
      {
        id: 'k-warfarin-denied',
        all: ['{K}', BLOOD_THINNER, INTERACTION_DENIED],
        // Newer anticoagulants really are not affected; a question to the doctor is not a denial.
        none: [
          NEWER_ANTICOAGULANT,
          String.raw`(?:unless|without (?:\S+ ){0,3}(?:doctor|advice|supervision))`,
        ],
        priority: 28,
        reason: 'Names vitamin K with warfarin or blood thinners and denies that they interact.',
      },
    ],
    examples: [
      'Warfarin users can take as much K2 as they like; it does not affect blood thinners.',
      "MK-7 doesn't interfere with warfarin at all.",
      'Vitamin K2 is completely safe with Coumadin.',
    ],
  },
];
