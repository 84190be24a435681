import { CHANGE, EFFECT } from './lexicon';
import { wholeWords } from './vocabulary';

// The hand-written tests that rule a sentence about D/K2 out as a claim (a question, a price, a
// disclaimer, a title without a claim...), each with its reason. The claim model weighs their
// verdict as one feature (claimness.ts); without a model they decide.

const EFFECT_RE = wholeWords(EFFECT);

/** A test that rules a sentence out, with the reason shown when tracing a decision. */
export interface Exclusion {
  readonly re: RegExp;
  readonly reason: string;
  /** Only rules the sentence out when it names no body system or condition. */
  readonly unlessOutcome?: boolean;
  /** Only rules the sentence out unless it names a body system and an effect on it. */
  readonly unlessEffect?: boolean;
  /** Only rules the sentence out unless it is a testimony of an effect or a clinician's advice. */
  readonly unlessTestimony?: boolean;
  /** Only rules the sentence out when it names a body system besides the words it matched. */
  readonly unlessOtherOutcome?: boolean;
  /** Only rules out a title or label (a line without a full stop), never a sentence. */
  readonly titleOnly?: boolean;
}

// A reviewer's or clinician's words are a claim when they credit the vitamin with a change in the
// body ("my bone scan improved", "haven't had a cold since") or advise a dose to patients.
/** A change in the body or in a blood level, credited to the vitamin by the writer. */
const LEVEL = /\b(?:levels?|range|status|low|deficien\w*|ng\/ml|nmol\/l)\b/i;
export function testimony(sentence: string, outcome: boolean): boolean {
  return outcome
    ? CHANGE.test(sentence) || EFFECT_RE.test(sentence)
    : LEVEL.test(sentence) && CHANGE.test(sentence);
}
// A clinician's or writer's advice and targets: "I recommend K2 to every patient", "I target
// 80-100 ng/mL", "I keep my patients between...".
export const ADVICE =
  /^["'(\[]*\s*i\s+(?:\w+\s+)?(?:recommend|suggest|advise|prescribe|tell (?:my |every |all )?(?:patients|clients)|target|aim (?:for|at|to)|keep (?:my |all )?(?:patients|clients))\b/i;

// A clinician's advice in reported speech: "my cardiologist told me not to take K2 while on
// Coumadin", "my pharmacist said K2 is fine with Eliquis". Only when it names the vitamin and a
// body word or medicine: "my doctor put me on 2,000 IU" is a story about a dose.
export const REPORTED_ADVICE =
  /\b(?:doctor|doc|gp|physician|cardiologist|pharmacist|nurse|clinician|specialist|dermatologist|endocrinologist|ha?ematologist|rheumatologist|dentist|provider|midwife|dietitian|nutritionist|naturopath|consultant)s?\s+(?:\w+\s+){0,2}(?:said|says|told|tells|advised|advises|warned|warns|recommended|recommends|explained|explains|suggested|suggests|insisted|confirmed)\b/i;

/** The tests that rule a sentence out, in order; the first that applies gives the reason. */
export const EXCLUSIONS: readonly Exclusion[] = [
  // "Did you know K2 keeps calcium out of arteries?" asserts what it asks.
  { re: /^(?!did you know\b).*\?\s*["'”’)\]]*\s*$/i, reason: 'a question, not a statement' },
  { re: /\bnot been evaluated by the (?:food and drug administration|fda)\b/i, reason: 'the FDA disclaimer' },
  {
    re: /\bnot intended to (?:diagnose|treat|cure|prevent)\b|\bfor (?:educational|informational) purposes\b/i,
    reason: 'a disclaimer',
  },
  {
    re: /(?:[$€£]\s?\d|\d\s?(?:usd|eur|gbp)\b|\bper bottle\b|\bfree shipping\b|\bsubscri\w+|\badd to cart\b|\bin stock\b|\bcoupon\b|% off\b)/i,
    reason: 'price or shop terms',
  },
  { re: /\||\t/, reason: 'a table row' },
  {
    re: /\b(?:daily value|%\s*dv|amount per serving|serving size|servings per container|supplement facts|other ingredients)\b/i,
    reason: 'a line of the supplement facts',
  },
  // "Bloodwork came back with vitamin D at 62 ng/mL": one reading, not what the vitamin does.
  {
    // A rise told with numbers ("went from 14 to 45 ng/mL") says what the dose did.
    re: /^(?!.*\b(?:rose|risen|went (?:up|down)|jumped|doubled|climbed|increased|from \d[\d.,]*\s*(?:ng\/ml|nmol\/l)?\s*to\s*\d)|.*\b(?:now|it's|it’s|it is|up to|then)\s+(?:at\s+)?\d).*(?:\b(?:came back|tested|test(?:s|ed)? (?:showed|came)|results? (?:showed|came|were)|levels? (?:was|were|came|sat))\b[^.]{0,60}\b(?:at|of)\s+\d|\bmy\s+(?:25[\s-]?\(?oh\)?[\s-]?d\d?|vitamin d|d|levels?|numbers?|labs?)\s+(?:was|were|is|are|sat|came in)\s+(?:at\s+|around\s+|about\s+|only\s+)?\d[\d.,]*\s*(?:ng\/ml|nmol\/l))/i,
    reason: 'a personal lab reading',
    unlessOutcome: true,
  },
  // "K2 is a nutrient many people have never heard of, yet it may play a role in your health":
  // a teaser that makes a topic sound interesting, with no body system named.
  {
    re: /\b(?:never (?:even )?heard of|(?:little|lesser)[\s-]known|unsung|overlooked|forgotten|underrated|under-the-radar|few people (?:know|have heard))\b/i,
    reason: 'a teaser that introduces a topic',
    unlessOutcome: true,
  },
  // "The spray is absorbed through the inner cheek": how the format is taken, not what it does.
  {
    re: /\b(?:absorb(?:ed|s)?|dissolv(?:es?|ed|ing)|melts?|sprayed|delivered|taken)\s+(?:\w+\s+){0,2}(?:through|via|under|into|in|from)\s+(?:the\s+|your\s+)?(?:inner\s+|inside\s+of\s+(?:the\s+|your\s+)?)?(?:cheeks?|mouth|tongue|oral mucosa|mucosa|lining of the mouth|gums)\b/i,
    reason: 'describes how the product is taken',
    unlessOtherOutcome: true,
  },
  // "Certified for Sport, so athletes can trust what's in the bottle": a quality seal, not an effect.
  {
    re: /\b(?:nsf|usp|informed[\s-](?:sport|choice)|certified|certification|third[\s-]party tested|lab[\s-]tested|tested for (?:purity|potency|contaminants))\b/i,
    reason: 'a quality or certification claim about the product',
    unlessEffect: true,
  },
  {
    re: /^["'(\[]*\s*(?:my|i|i'm|i've|i'd|it was)\b/i,
    reason: 'a personal anecdote or story',
    unlessTestimony: true,
  },
  // "Myth: K2 is in every guideline" states what the page goes on to refute.
  {
    re: /^(?:myths?|misconceptions?|false)\s*(?:#?\d{1,2})?\s*[:\-]/i,
    reason: 'a myth quoted to be refuted',
  },
  {
    re: /https?:\/\/|\bwww\.\w|\baccessed (?:on )?(?:\d{1,2} )?[a-z]+ \d{1,2},? \d{4}|\bdoi:|\b\d{4};\s*\d+\s*\(\d+\)/i,
    reason: 'a reference or a link',
  },
  {
    re: /\b(?:more|further|additional) (?:research|studies|evidence|trials|data)\b[^.]{0,40}\b(?:is |are )?(?:still )?(?:needed|required|warranted|under ?way|ongoing|planned|in progress)\b/i,
    reason: 'a caveat that the evidence is incomplete',
    // "Some studies link D to IVF success, though more research is needed" still makes the claim.
    unlessEffect: true,
  },
  // "How to Get Vitamin K2 From Food", "What the experts say about vitamin D for your bones": a
  // title that names a topic to be explained. Only titles: a full sentence may still claim.
  {
    re: /^(?:how (?:to (?:get|choose|pick|buy|take|use|find|read|store|spot|tell|test|check|cook|eat|start|dose|time)|much|many|do|does|should|long)|what (?:[\w'-]+\s+){0,4}(?:says?|said|think|thinks|knows?|tells? us)|everything (?:you|to) |frequently asked)\b/i,
    reason: 'a title that names a topic',
    titleOnly: true,
  },
  // "Bright Bones D3 + K2 Capsules", "Heart Guard MK-7 Softgels (60 ct)": a product's name ends
  // in its dosage form; a benefit word inside a brand name is not a claim.
  {
    re: /\b(?:capsules?|caps|softgels?|soft gels?|tablets?|tabs|gummies|drops|liquid|spray|chewables?|lozenges?|powder|vegicaps|veggie caps)(?:\s*[(\[][^)\]]{0,20}[)\]])?\s*$/i,
    reason: 'a product name ending in its dosage form',
    titleOnly: true,
  },
  {
    re: /^when you think (?:about|of)\b|\bpay attention to\b|\bknow about\b|\btop the list\b/i,
    reason: 'a remark about awareness, not a claim',
    unlessEffect: true,
  },
  {
    re: /(?:^|\b(?:in )?)(?:this|the|our|today's|this week's)\s+(?:article|post|blog|guide|page|video|episode|review|section|chapter|overview|podcast|webinar|interview|newsletter)\b|\b(?:podcast|webinar|interview)\s*:|\b(?:answers?|ask) (?:your |our )?(?:\w+ )?questions\b|\bquestions (?:about|on)\b|\bread (?:our|the|these|customer)\b|\bwe(?:'ll| will| are going to|'re going to| are)?\s+(?:explore|cover|discuss|look at|examine|talking about|talk about|dive|review|explain)\b|\b(?:below|here|next),?\s+(?:we|you)\b|\b(?:below|here) (?:is|are|you(?:'ll)? find)\b|\bgeneral information\b|\blet'?s\s+(?:explore|look|examine|dive)\b|\bhere'?s (?:why|how|what)\b|\b(?:more|less) than you (?:might )?(?:think|reali[sz]e|expect)\b|\bto understand\b|\bdiscover (?:how|what|why)\b|\bto find out (?:why|how|what|whether|if)\b|\bread (?:on|more)\b|\blearn (?:how|what|why|more)\b|\bwhat (?:to|you need to|parents need to) know\b/i,
    reason: 'framing that announces a topic rather than stating a claim',
    unlessEffect: true,
  },
  {
    re: /^(?:(?:warnings?|caution|note|important|tip):\s*)?(?:take|use|adults?:|children:|directions|(?:recommended|suggested) (?:dose|dosage|use|intake)\s*:|dosage\s*:|suggested use|serving size|servings?|shake|store|keep out|mix|dissolve|swallow|consult|ask|talk to|speak to|check with|have your|see your|always|do not)(?!\w)/i,
    reason: 'serving directions or advice',
    unlessOutcome: true,
  },
  {
    re: /\b(?:harvested|extraction|lanolin|lichen|sheep'?s wool|purification|manufactur\w*|produced through|formulated|softgels?|capsules|tablets|gummies|flavou?r|vegan society|gluten|non-gmo|third-party|patented|branded|headquarter\w*|subsidiary|company|brand name|(?:soy|gluten|dairy|allergen)[\s-]free)\b/i,
    reason: 'a product or manufacturing description',
    unlessOutcome: true,
  },
  // "Vitamin D was discovered while scientists studied rickets": history, unless it states an effect.
  {
    re: /\b(?:was|were) (?:first )?(?:discovered|isolated|identified|named|described|synthesi[sz]ed)\b|\bin the (?:1[89]|20)\d0s\b/i,
    reason: 'a piece of history',
    unlessEffect: true,
  },
  // "Suitable for people with diabetes" says who may take the product, not what it does.
  {
    re: /\b(?:suitable|appropriate|not recommended) for\b/i,
    reason: 'says who the product suits',
    unlessEffect: true,
  },
  // "Many brands now combine D3 with K2" describes the market; "which is why brands pair them"
  // after a mechanism still states one.
  {
    re: /\b(?:brands|companies|manufacturers|makers|products|shops|retailers)\s+(?:now\s+|often\s+|increasingly\s+|also\s+|all\s+)?(?:combine|pair|sell|offer|add|bundle|include)\b/i,
    reason: 'a market remark',
    unlessOutcome: true,
  },
  // Shop navigation and market talk: "in our Heart Health range", "K2 sales rose".
  {
    re: /\b(?:in|from|of|to) our (?:[\w&'-]+\s+){0,3}(?:range|section|category|collection|department|aisle|line-?up)\b|\b(?:in|from|to) the (?:[\w&'-]+\s+){0,3}(?:section|category|collection|department|aisle)\b|^shop\b|\b(?:sales|revenue|searches|searched|popularity|market (?:for|share|size))\b/i,
    reason: 'shop navigation or a market remark',
  },
];
