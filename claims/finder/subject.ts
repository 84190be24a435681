import { CHANGE, OUTCOME } from './lexicon';
import { LETTERS, VOCABULARY } from './vocabulary';

// Who a sentence is about: vitamin D or K2 by name, another nutrient, or a word that points back
// ("it", "these vitamins", "this duo") and needs its subject from the sentences before it.

/** The D/K vitamins a sentence names, and the words that stand for them in a matching text. */
export interface Subject {
  /** Canonical names, e.g. ["vitamin D3", "vitamin K2"]. */
  readonly names: readonly string[];
  /** The names joined, prepended to sentences that only refer back to the subject. */
  readonly label: string;
  /** Not named, only implied by words such as "the sunshine vitamin", "5,000 IU", "osteocalcin". */
  readonly implied?: boolean;
}

const bounded = (source: string) => new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:${source})`, 'iu');

const D3 = bounded(VOCABULARY.D3);
const D = bounded(VOCABULARY.D);
const K2 = bounded(VOCABULARY.K2);
/** "vitamin K" with no number ("vitamin K-dependent" included). */
const K_GENERIC = bounded(String.raw`vit(?:amin|\.)?s?\s*k(?![\s-]?\d)\b`);
/** Forms that are not ours: K1 (phylloquinone) and the synthetic K3 (menadione). */
const K_OTHER = bounded(String.raw`vit(?:amin|\.)?s?\s*k[\s-]?[13]\b|k[13]\b|phylloquinone|menadione`);
/** "vitamins A, D and K", "vitamins D, E & K". */
const LIST = bounded(
  String.raw`vitamins?,?\s+(?:[a-z]\d{0,2}\s*(?:,\s*|&\s*|\+\s*|/\s*|and\s+)(?:and\s+)?){1,6}[a-z]\d{0,2}(?![\p{L}\p{N}])`,
);

// Words only a D/K2 page uses, standing in for the vitamin's name: "the sunshine vitamin", a dose
// in IU or a blood level in ng/mL (vitamin D's units on these pages), the K-dependent proteins.
// The unit is looked for first and the number behind it: "\d[\d,.]*" tried from every comma of a
// long run such as "1,1,1,..." read the rest of the run each time (quadratic on a whole block).
const IMPLIED_D = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])sunshine vitamin|(?=\s?(?:(?:iu|i\.u\.)(?![\p{L}])|ng/ml|nmol/l))(?<=(?:^|[^\p{L}\p{N}])\d[\d,.]*)`,
  'iu',
);
const IMPLIED_K2 = bounded(String.raw`osteocalcin|matrix gla|mgp|dp-ucmgp|ucoc|gla[\s-]?proteins?`);

/** The D/K vitamins a sentence names, or null when it names none of ours (K1 alone is not ours). */
export function subjectOf(sentence: string): Subject | null {
  let d3 = D3.test(sentence);
  let d = d3 || D.test(sentence);
  let k2 = K2.test(sentence);
  let k = k2 || K_GENERIC.test(sentence);
  const named = d || k;
  const list = LIST.exec(sentence);
  if (list) {
    const letters = list[0].toLowerCase().replace(/^[^,\s]*vitamins?,?\s+/, '');
    if (/(?:^|[^a-z])d(?:3|[^a-z\d]|$)/.test(letters)) d = true;
    if (/(?:^|[^a-z])d3/.test(letters)) d3 = true;
    if (/(?:^|[^a-z])k(?:2|[^a-z\d]|$)/.test(letters)) k = true;
    if (/(?:^|[^a-z])k2/.test(letters)) k2 = true;
  }
  // "K was given on top of D": the letters alone, once a page has introduced both vitamins.
  if (!named && LETTERS.test(sentence)) d = k = true;
  // Not named, only implied: the label is written out so that the sentence's parts name it.
  let implied = false;
  if (!d && !k) {
    d = IMPLIED_D.test(sentence);
    k = k2 = IMPLIED_K2.test(sentence);
    implied = d || k;
  }
  // "vitamin K" in a sentence about K1 or K3 means that form, not K2.
  if (k && !k2 && K_OTHER.test(sentence)) k = false;
  const names: string[] = [];
  if (d) names.push(d3 ? 'vitamin D3' : 'vitamin D');
  if (k) names.push(k2 ? 'vitamin K2' : 'vitamin K');
  if (!names.length) return null;
  const label = names.join(' and ');
  return implied ? { names, label, implied } : { names, label };
}

/** Whether the sentence names K1 or K3 (and so may be about those forms only). */
export function namesOtherVitaminK(sentence: string): boolean {
  return K_OTHER.test(sentence);
}

/** The pair both vitamins make, assumed for "these two nutrients" when the page says no more. */
export const PAIR: Subject = { names: ['vitamin D3', 'vitamin K2'], label: 'vitamin D3 and vitamin K2' };

/** Nutrients that are not ours; a sentence led by one of them is about it. */
const OTHER_NUTRIENT = String.raw`(?:magnesium|calcium|omega[\s-]?3s?|fish oils?|zinc|iron|iodine|selenium|potassium|boron|folate|folic acid|probiotics?|collagen|black pepper|piperine|turmeric|curcumin|epa|dha|coq10|melatonin|creatine|vitamin\s+(?:a|b\d{0,2}|c|e)(?![\p{L}\p{N}])|b12|vitamin k[\s-]?[13]|k[13]|phylloquinone|menadione)`;
const OTHER_MENTION = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${OTHER_NUTRIENT}(?![\p{L}\p{N}])`, 'iu');

/** Whether a text names a nutrient that is not ours anywhere: one regex test. */
export function mentionsOtherNutrient(text: string): boolean {
  return OTHER_MENTION.test(text);
}

/** Another nutrient leading the sentence, as its subject. */
const OTHER = new RegExp(
  String.raw`^(?:(?:the|your|extra|supplemental|dietary|taking|too much|enough|some|a|an)\s+)?${OTHER_NUTRIENT}(?![\p{L}\p{N}])`,
  'iu',
);
/** The first verb, roughly: where a sentence's subject ends. */
const FIRST_VERB =
  /(?:^|[^\p{L}])(?:is|are|was|were|has|have|had|can|may|might|could|will|would|should|must|does|do|did|plays?|helps?|supports?|works?|acts?|needs?|requires?|provides?|offers?|contains?|increases?|reduces?|lowers?|improves?|boosts?|promotes?|prevents?|protects?|keeps?|ensures?|directs?|regulates?|activates?|contributes?|leads?|causes?|appears?|seems?|remains?|becomes?|gets?|makes?|gives?|relies|binds|found|shown)(?![\p{L}])/iu;

const OUR_CLAUSE = new RegExp(
  String.raw`(?:[,;:]|\b(?:and|but|while|whereas))\s+(?:(?:and|but|while|whereas|the|your)\s+)?(?:${VOCABULARY.DK})(?:\s*\([^)]{0,30}\))?\s+(?:also\s+|then\s+|in turn\s+|instead\s+)?(?:is|are|has|can|may|reach(?:es)?|goes|go|gets?|travels?|switch(?:es)?|turns?|carries|carry|sends?|acts?|binds?|stays?|lasts?|helps?|supports?|plays?|keeps?|directs?|ensures?|activates?|promotes?|regulates?|increases?|improves?|moves?|prevents?|protects?|works?|makes?|needs?)(?![\p{L}])`,
  'iu',
);
/** Where calcium goes: "calcium ends up in arteries" is about what D and K2 do with it. */
const CALCIUM_PLACEMENT =
  /\b(?:absor\w*|uptake|goes|go|gets?|where|direct\w*|deposit\w*|ends? up|settl\w*|accumulat\w*|build[\s-]?up|placement|destination|out of|into (?:the )?(?:bones?|arter\w*|soft tissues?|blood vessels?))\b/i;
const PROVIDES = /\b(?:sources? of|rich in|high in)\b/i;
const CONTRAST = /^(?:unlike|compared (?:to|with)|whereas|in contrast to|as opposed to)\b/iu;
const LEADING_CLAUSE =
  /^(?:unlike|while|whereas|although|though|besides|compared (?:to|with)|like|as with|in contrast to|apart from|in addition to|along with|together with|when|if|just as|beyond)\b[^,;]{0,160}[,;]\s*/iu;

/** The other nutrient a sentence is about ("Magnesium plays a key role... activating vitamin D"), or null. */
export function otherNutrientSubject(sentence: string): string | null {
  // "Unlike K1, ...", "While magnesium ..., vitamin D ...": the opening clause is not the subject.
  // A contrast ("Unlike K1, ..., K2 is...") makes its claim about the vitamin it contrasts with,
  // and "fish oil is a source of vitamin D" is about the vitamin it provides.
  if (CONTRAST.test(sentence) || PROVIDES.test(sentence)) return null;
  const lead = LEADING_CLAUSE.exec(sentence);
  const main = lead ? sentence.slice(lead[0].length) : sentence;
  const verb = FIRST_VERB.exec(main);
  const head = verb ? main.slice(0, verb.index + 1) : main.slice(0, 40);
  const other = OTHER.exec(head.trimStart());
  if (!other) return null;
  // Calcium is what D and K2 handle: "calcium goes where it is needed" is about them.
  if (/^(?:calcium|phosph)/i.test(other[0].trim()) && CALCIUM_PLACEMENT.test(sentence)) return null;
  // "Calcium builds bone, and vitamin D helps absorb it": a later clause is about ours.
  if (OUR_CLAUSE.test(sentence)) return null;
  if (subjectOf(head)) return null;
  return other[0].trim().toLowerCase();
}

/**
 * How a sentence without the vocabulary points back to its subject: both vitamins, one of them,
 * a pronoun, the product the page sells ("our drops"), or shop copy without a subject
 * ("Supports healthy immune function", "BONE HEALTH — ...") that only the page can explain.
 */
export type Reference = 'pair' | 'single' | 'pronoun' | 'product' | 'elided' | 'testimony';

// A reviewer on a product page: "I've been taking these for two months", "after a few weeks on
// this", "since starting them", "I switched to this brand". The writer speaks in the first person
// and "these" or "this" is the product the page sells.
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:i|i'm|i've|i’m|i’ve|me|my)(?![\p{L}'’])/iu;
const TESTIMONY_REFERENCE =
  /(?:^|[^\p{L}])(?:(?:tak(?:e|es|ing)|took|taken|start(?:ed|ing)?|us(?:e|ed|ing)|tried|trying|on|since|after|stopp?(?:ed|ing)?)\s+(?:these|them|this(?=\s+(?:for|through|since|and|i|my|daily|every|each|now|regularly|every|stuff|brand|product|one|supplement|combo)(?![\p{L}])|\s*[,.!]|\s*$))|(?:switch(?:ed)?|chang(?:ed)?)\s+to\s+(?:this|these)|^["'(\[]*(?:these|this(?:\s+(?:stuff|product|supplement|brand|one))?)\s+(?:really\s+|definitely\s+|honestly\s+|have\s+|has\s+)?(?:helped|help|helps|gave|give|made|make|fixed|cured|worked|work|improved|changed|boosted|cleared|stopped|eased)|(?:gave|give|gives|giving|made|makes|left|leaves)\s+me\s+(?:\w+\s+){0,2}(?:headaches?|nause\w*|rash\w*|upset|insomnia|jittery|tired|palpitations|cramps?|heartburn|diarrh\w*|constipat\w*|sick|dizzy|energy|energised|energized))(?![\p{L}])/iu;

// Reviews drop the "I": "Haven't had a single cold all winter", "Sleeping better since week two".
const REVIEW_OPENING =
  /^["'(\[]*(?:(?:haven't|haven’t|have not)\s+(?:had|caught|felt|needed|been)|(?:feeling|sleeping|noticed|noticing|felt)\s+(?:\w+\s+){0,2}(?:better|more|less|fewer|great|amazing|stronger|calmer|a difference))(?![\p{L}])/iu;

/** Whether a first-person sentence credits "these" or "this" (the page's product) with something. */
function testimonyReference(sentence: string): boolean {
  return (FIRST_PERSON.test(sentence) && TESTIMONY_REFERENCE.test(sentence)) || REVIEW_OPENING.test(sentence);
}

const PAIR_REFERENCE =
  /(?:^|[^\p{L}])(?:(?:these|those|both|the)\s+(?:two\s+|2\s+)?(?:[\w-]{3,}\s+)?(?:vitamins|nutrients|micronutrients)|(?:taking|take|combining|combine|pairing|pair)\s+(?:them|both|the two)|them together|both\s+(?:of\s+them|vitamins|nutrients)|(?:this|the|that)\s+(?:[\w-]+\s+){0,2}(?:power[\s-]couple|pair|pairing|duo|partnership|combination|combo|couple|tandem|team|trio)|the two|(?:together|combined|in combination|taken together|as a pair),?\s+(?:they|these|the two|both))(?![\p{L}])/iu;
const SINGLE_REFERENCE =
  /(?:^|[^\p{L}])(?:this|that|the)\s+(?:[\w-]+\s+){0,2}(?:vitamin|nutrient|micronutrient|compound|molecule)(?![\p{L}])(?!\s*[a-z]\d)/iu;
// "Our formula", "this supplement", "the supplements": the product the page sells, whose D/K2
// the page names elsewhere.
const PRODUCT_REFERENCE =
  /(?:^|[^\p{L}])(?:(?:our|this|these|the)\s+(?:[\w-]+\s+)?(?:formula|product|supplements?|blend|softgels?|drops|capsules|complex|stack)|(?:the|your|its|any|possible|rare)\s+(?:possible\s+)?side[\s-]effects|side[\s-]effects (?:may|can|are|include)|(?:the|its|your|their|the body's|the skin's)\s+own\s+(?:production|synthesis|supply)|(?:this|it) is (?:the|a|an) (?:[\w-]+\s+){0,4}(?:supplement|formula|product)|\d+\s+(?:capsules?|softgels?|drops?|tablets?|gummies|pills?)\s+(?:a|per|each|every|daily))(?![\p{L}])(?!\s*[a-z]\d)/iu;
const PRONOUN_REFERENCE =
  /^(?:(?:yet|also|and|but|so|however|moreover|additionally|furthermore|plus|in addition|in fact|as a result|together|importantly|similarly|likewise|in turn|besides|instead|here|thus|therefore|first|second|third|finally|then|now)\s*,?\s+)?(?:it|they|its|their|it's|they're|it’s|they’re|(?:this|these)\s+(?:[\w-]+\s+)?(?:proteins?|process(?:es)?|effects?|mechanisms?|actions?|activation|means|is|helps?|can|may|allows?|ensures?|leads?|explains?|makes?|ways?|functions?|roles?))(?![\p{L}])/iu;

// Shop copy drops the subject: "Clinically proven to keep arteries flexible", "Taking very high
// doses for months can cause hypercalcaemia". The product or vitamin is understood from the page.
const ELIDED_SUBJECT = String.raw`(?:(?:clinically|scientifically|medically|doctor|expert)[\s-](?:proven|shown|tested|formulated|backed|studied)|(?:formulated|designed|proven|shown) to|(?:[\w,-]+\s+){0,3}?(?:(?:very|too|such|excessive|large|high)\s+)*(?:high|large|excessive|mega)[\s-]?doses|(?:doses|intakes?|amounts)\s+(?:over|above|beyond|exceeding|of more than|greater than)\s+\d|too much)(?![\p{L}])`;
const ELIDED = new RegExp(String.raw`^["'(\[]*(?:${ELIDED_SUBJECT})`, 'iu');
// Shop copy that starts with its verb ("Supports healthy immune function") or says whom the
// product suits ("Perfect for anyone who..."): the subject is the product.
const ELIDED_PRODUCT =
  /^["'(\[]*(?:(?:supports?|helps?|promotes?|contributes? to|maintains?|boosts?|strengthens?|protects?|aids?|nourishes|keeps?|fights?|reduces?|lowers?|improves?|may (?:help|support|contribute))\s|(?:perfect|ideal|great|made|designed|formulated|the best choice)\s+for\s)/iu;
// The leading marks exclude '&' and '+', which may also start a word: a line of them was read in
// every split between the two (cubic on a whole block).
/** A product bullet: an ALL-CAPS lead-in, a dash or colon, then the claim ("BONE HEALTH — ..."). */
export const CAPS_LEAD_IN =
  /^[^\p{L}\p{N}&+]*(?:[A-Z0-9&+][A-Z0-9&'/+.,!]*\s+){0,6}[A-Z][A-Z0-9&'/+.,!]{2,}\s*(?:[-–—]+|:)\s+\S/u;
const ELIDED_IN_BLOCK = new RegExp(String.raw`(?:^|[.!?]\s+)["'(\[]*(?:${ELIDED_SUBJECT})`, 'iu');

// An ASCII-only pre-test: much cheaper than the Unicode-aware patterns on long text.
const REFERENCE_HINT =
  /\b(?:formula|product|supplements?|blend|softgels?|drops|capsules|complex|stack|vitamins|nutrients|micronutrients|couple|pair|pairing|duo|partnership|combination|combo|tandem|team|trio|vitamin|nutrient|micronutrient|compound|molecule|the two|together|combined|combination|both|them|side[\s-]effects|own)\b/i;

/** Whether a text may refer to D/K2 by a phrase such as "these two nutrients": a cheap second gate. */
export function mayReferBack(text: string): boolean {
  return (
    testimonyReference(text) ||
    (REFERENCE_HINT.test(text) &&
      (PAIR_REFERENCE.test(text) || SINGLE_REFERENCE.test(text) || PRODUCT_REFERENCE.test(text))) ||
    ELIDED_IN_BLOCK.test(text) ||
    // Shop copy that starts with its verb, or a CAPS lead-in: the subject is the product.
    ELIDED_PRODUCT.test(text) ||
    CAPS_LEAD_IN.test(text)
  );
}
/** Whether and how a sentence refers back to a subject it does not name. */
export function referenceOf(sentence: string): Reference | null {
  // Before pairs: "stopped taking them" in a review means the product, not a pair just named.
  if (testimonyReference(sentence)) return 'testimony';
  if (PAIR_REFERENCE.test(sentence)) return 'pair';
  if (SINGLE_REFERENCE.test(sentence) || ELIDED.test(sentence.trimStart())) return 'single';
  const start = sentence.trimStart();
  // Before pronouns: "This is the best supplement for..." means the product, not the last sentence.
  if (PRODUCT_REFERENCE.test(sentence)) return 'product';
  // A CAPS feature bullet with nothing of D/K2 in it ("IMMUNE BOOSTER – ...") takes its subject
  // from the page only: on its own it could be any product's.
  if (ELIDED_PRODUCT.test(start) || CAPS_LEAD_IN.test(start)) return 'elided';
  if (PRONOUN_REFERENCE.test(start)) return 'pronoun';
  return null;
}

// Topics that only vitamin D or K2 sentences talk about: enough to resolve "these two nutrients"
// when the page gives no context (a sentence on its own, as the scan CLI sees it).
const K_TOPIC =
  /(?:arter\w*[^.]{0,40}(?:clear|flexib\w*|elastic\w*|supple|young|stiff\w*)|(?:clear|flexib\w*|elastic\w*|supple|stiff\w*)[^.]{0,40}arter\w*|calcium[^.]{0,80}(?:bones?|skelet|teeth|arter|vessel|deposit|soft tissue|belongs|right place|proper|destination|out of)|(?:direct|guid|shuttl|transport|keep|mov|deposit)\w*[^.]{0,40}calcium|calcif\w*|artery hardening|hardening of (?:the )?arteries|harden\w* arteries|arterial stiffness|osteocalcin|matrix gla|\bmgp\b|carboxyl\w*|\bclot\w*|coagul\w*|warfarin|anticoagul\w*)/iu;
// Too much of it raises blood calcium: hypercalcaemia is how vitamin D toxicity shows itself.
const D_TOPIC =
  /(?:sunlight|sunshine|\buvb\b|sun exposure|\b(?:the|winter|summer|weak|low) sun\b|calcium absorption|absorb\w* calcium|hypercalc\w*|\b\d[\d,.]*\s*iu\b|calcium in the blood too high|blood calcium|kidney stones?)/iu;
// What the D3 + K2 pair is sold for: "this duo supports bone density" needs no more context.
const PAIR_EFFECT =
  /(?:\bbones?\b|skelet\w*|osteo\w*|\bbmd\b|bone mineral|fractur\w*|calcium|\bheart\b|cardio\w*|coronary|arter\w*|vascular|immun\w*|\bteeth\b)/iu;
// "This duo", "this pairing" name a pair outright: any health outcome is then theirs. "These
// vitamins" could be any, so they still need a topic only D/K2 have.
const PAIR_NAMED =
  /(?:^|[^\p{L}])(?:(?:this|the|that)\s+(?:[\w-]+\s+){0,2}(?:power[\s-]couple|pair|pairing|duo|combination|combo|tandem)|(?:together|combined|in combination|taken together|as a pair),?\s+(?:they|these|the two|both))(?![\p{L}])/iu;
const ANY_OUTCOME = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${OUTCOME}(?![\p{L}\p{N}])`, 'iu');
const PAIR_TOPIC =
  /(?:synerg\w*|complement\w* each other|work\w* (?:\w+ )?together|better together|neither\b|on their own|(?:bones?|skelet\w*)[^.]{0,80}(?:heart|cardio\w*|arter\w*)|(?:heart|cardio\w*|arter\w*)[^.]{0,80}(?:bones?|skelet\w*))/iu;

function namedPairOutcome(sentence: string): boolean {
  return PAIR_NAMED.test(sentence) && ANY_OUTCOME.test(sentence);
}

/** The subject a referring sentence must be about, judged from its topic alone, or null. */
export function subjectFromTopic(sentence: string, reference: Reference): Subject | null {
  if (reference === 'pronoun' || reference === 'elided') return null;
  // A review that credits the product with a change in the body: on a D3/K2 page, a claim about it.
  if (reference === 'testimony') return ANY_OUTCOME.test(sentence) && CHANGE.test(sentence) ? PAIR : null;
  const k = K_TOPIC.test(sentence);
  const d = D_TOPIC.test(sentence);
  if (reference === 'pair')
    return k || d || PAIR_TOPIC.test(sentence) || PAIR_EFFECT.test(sentence) || namedPairOutcome(sentence)
      ? PAIR
      : null;
  if (k && !d) return { names: ['vitamin K2'], label: 'vitamin K2' };
  if (d && !k) return { names: ['vitamin D'], label: 'vitamin D' };
  if (k && d) return PAIR;
  // A D3 + K2 product's copy about what the pair is sold for (bones, heart, immunity).
  return reference === 'product' && PAIR_EFFECT.test(sentence) ? PAIR : null;
}
