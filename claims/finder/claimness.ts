import { CATEGORY, CHANGE, EFFECT, EVIDENCE, HANDLING, MINERAL, OUTCOME } from './lexicon';
import { CAPS_LEAD_IN, subjectOf } from './subject';
import { wholeWords } from './vocabulary';

// Whether a sentence about vitamin D or K2 is a health claim at all, before asking which one.
// Each test is data with a reason, so a surprising decision can be traced.

const OUTCOME_RE = wholeWords(OUTCOME);
const MINERAL_RE = wholeWords(MINERAL);
const HANDLING_RE = wholeWords(HANDLING);
const EFFECT_RE = wholeWords(EFFECT);
const EVIDENCE_RE = wholeWords(EVIDENCE);
const CATEGORIES = CATEGORY.map((c) => ({ re: wholeWords(c.source), reason: c.reason }));
const ROLE = wholeWords(
  String.raw`(?:essential|vital|crucial|critical|necessary|indispensable)\s+(?:for|to|in)(?!\s+(?:understand|know|note|remember|consult|talk|speak|check|ask|read|learn|choose|find)\b)|play(?:s|ing|ed)?\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}roles?|(?:need|needs|needed|require[sd]?)\s+(?:to\s+take\s+|more\s+|enough\s+|adequate\s+|sufficient\s+)?(?:vit|vitamin|k2|d3|mk)\w*`,
);

/** A test that rules a sentence out, with the reason shown when tracing a decision. */
interface Exclusion {
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
function testimony(sentence: string, outcome: boolean): boolean {
  return outcome
    ? CHANGE.test(sentence) || EFFECT_RE.test(sentence)
    : LEVEL.test(sentence) && CHANGE.test(sentence);
}
// A clinician's or writer's advice and targets: "I recommend K2 to every patient", "I target
// 80-100 ng/mL", "I keep my patients between...".
const ADVICE =
  /^["'(\[]*\s*i\s+(?:\w+\s+)?(?:recommend|suggest|advise|prescribe|tell (?:my |every |all )?(?:patients|clients)|target|aim (?:for|at|to)|keep (?:my |all )?(?:patients|clients))\b/i;

// A clinician's advice in reported speech: "my cardiologist told me not to take K2 while on
// Coumadin", "my pharmacist said K2 is fine with Eliquis". Only when it names the vitamin and a
// body word or medicine: "my doctor put me on 2,000 IU" is a story about a dose.
const REPORTED_ADVICE =
  /\b(?:doctor|doc|gp|physician|cardiologist|pharmacist|nurse|clinician|specialist|dermatologist|endocrinologist|ha?ematologist|rheumatologist|dentist|provider|midwife|dietitian|nutritionist|naturopath|consultant)s?\s+(?:\w+\s+){0,2}(?:said|says|told|tells|advised|advises|warned|warns|recommended|recommends|explained|explains|suggested|suggests|insisted|confirmed)\b/i;

const EXCLUSIONS: readonly Exclusion[] = [
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

// Study designs without a result: "participants received placebo or MK-7 for 3 years".
const METHOD =
  /\b(?:received|were given|randomi[sz]ed|(?:was|were) (?:measured|tested|studied|examined|investigated|assessed|evaluated|checked)|enrolled|participants|volunteers|followed (?:over|up)|placebo|at baseline|double-blind|cohort of|(?:trial|study) (?:of|in|with) \d[\d,]*)\b/i;
// A comparison with the control arm ("lost less bone than placebo", "fewer fractures") is a result.
const RESULT =
  /\b(?:found|show\w*|reduc\w*|decreas\w*|increas\w*|improv\w*|lower\w*|higher|associated|linked|effects?|benefit\w*|prevent\w*|protect\w*|role|confirm\w*|demonstrat\w*|result\w*|less|fewer|more|greater|smaller|slower|faster|better|worse|lost|gained|halved|doubled|slowed|reported|observed|significant\w*|saw|rose|rise|rising|fell|fall|progress\w*|as (?:fast|much|quickly|slowly|often|likely) as|no (?:difference|effect|benefit)|similar|fail\w*|hint\w*)\b/i;

// Titles and bare list items need a verb of effect, or must pair the vitamin with a benefit:
// "K2 for Your Skin", "the Secret to Clearer Skin", "for Stronger Bones".
const BETTER = String.raw`(?:strong|stronger|healthy|healthier|better|optimal|normal|good|great|clear|clearer|faster|younger|glowing|radiant|firmer|smoother|thicker|sharper|restful|flexible|fewer|less|improved|balanced|calmer)`;
const TITLE_CLAIM = wholeWords(
  String.raw`(?:fail\w* to \w+|(?:shown|proven) to|no (?:link|benefit|effect)|linked|tied|associated|cut(?:s|ting)?|slow\w*|halt\w*|stop\w*|support\w*|improv\w*|boost\w*|enhanc\w*|help\w*|strengthen\w*|protect\w*|prevent\w*|reduc\w*|lower\w*|fight\w*|combat\w*|promot\w*|increas\w*|build\w*|essential|critical|crucial|vital|key|important|effective\w*|bioactive|bioavailab\w*|found in|rich in|needed|necessary|direct\w*|activat\w*|regulat\w*|maintain\w*|keeps?|deliver\w*|aids?|better together|work\w* together|synerg\w*|beat\w*|banish\w*|tackl\w*|overcom\w*|defeat\w*|sooth\w*|calm\w*|reliev\w*|relief|eas(?:e|es|ing)|cur(?:e|es|ing)|treat\w*|heal(?:s|ed|ing)?|restor\w*|revers\w*|lift\w*|fuel\w*|energi[sz]\w*)|for\s+(?:your\s+|a\s+|the\s+)?(?:[\w'-]+\s+)?${OUTCOME}|${BETTER}\s+(?:[\w-]+\s+)?${OUTCOME}|(?:secret|key|answer|solution|remedy|cure)\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}${OUTCOME}|against\s+(?:[\w-]+\s+){0,2}${OUTCOME}|${OUTCOME}\s+(?:vitamin|nutrient|hero|secret|essential|superstar|powerhouse|booster|protector)`,
);
/** Benefits a title lists after its colon ("for Men: Testosterone, Strength and Recovery"). */
const BENEFIT = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:${OUTCOME}|strength|power|performance|beauty)(?![\p{L}\p{N}])`,
  'giu',
);

/** A title whose part after the colon is a short list of two or more benefits. */
function listsBenefits(title: string): boolean {
  const colon = title.indexOf(':');
  if (colon < 0) return false;
  const tail = title.slice(colon + 1);
  if (tail.split(/\s+/).length > 9 || !/,|&|\band\b/i.test(tail)) return false;
  return (tail.match(BENEFIT)?.length ?? 0) >= 2;
}

// A finite verb, roughly (no tagger in compromise/one): auxiliaries, "-ed" forms, common verbs.
const VERB =
  /(?:^|[^\p{L}])(?:is|are|was|were|be|been|has|have|had|can|may|might|could|will|would|should|must|does|do|did|\w{3,}ed|gave|made|felt|feel|feels|got|took|recommend|contain|provide|help|support|need|cause|prevent|protect|take|keep|lower|raise|reduce|improve|boost|work|make|helps|supports|plays|works|acts|needs|requires|provides|offers|contains|increases|reduces|lowers|improves|boosts|promotes|prevents|protects|keeps|ensures|directs|regulates|activates|contributes|leads|causes|appears|seems|remains|becomes|gets|makes|gives|relies|lasts|comes|goes|takes|shows|means|binds|moves|builds|fights|interacts|interferes|competes|depends|affects|influences|triggers|induces|produces|decreases|raises|enhances|strengthens|maintains|modulates|transports|shuttles|delivers|found|shown)(?![\p{L}])/iu;

// A sentence naming both vitamins that says one should go with, or changes, the other: "Anyone on
// high-dose D should add K2", "K2 makes vitamin D work better", "no advantage over D3 alone".
const PAIRING =
  /\b(?:(?:should|must|always|never|need\w*|important|essential|best|ideal|recommend\w*|advis\w*)\b[^.]{0,40}\b(?:take|takes|taking|taken|pair\w*|combin\w*|add|adds|adding|use|using|supplement\w*|together)|(?:pair\w*|combin\w*|adds?|added|adding)\b[^.]{0,30}\b(?:with|to|alongside|anything)|works?\s+(?:better|best)|makes?\b[^.]{0,30}\bwork|(?:boost|enhanc|maximi[sz]|improv|amplif|increas)\w*\s+(?:the\s+)?(?:effect\w*|benefits?|action|absorption|power|potency)\s+of|advantages?|hand in hand|natural (?:pair|partners?)|partners?)\b/i;

// A verb no list names, right after the vitamin: "K2 inhibits calcification." is a sentence.
const THIRD_PERSON =
  /(?:\b(?:[Kk][\s-]?2|[Dd][\s-]?3|MK[\s-]?\d|[Vv]itamin [DK]\d?)\s+(?:also\s+|often\s+)?(?:[a-z]{3,}s|is|are|has)|\b(?:[Kk][\s-]?2|[Dd][\s-]?3|MK[\s-]?\d|[Vv]itamin [DK]\d?)\s+(?:[a-z]+\s+)?(?:can|may|will|must|should)\s+[a-z]{3,})\b/;

// "The science is unequivocal", "the evidence is weak": a verdict on the evidence, claim or not.
const VERDICT = wholeWords(
  String.raw`(?:clear|unequivocal|settled|conclusive|inconclusive|overwhelming|strong|solid|robust|undeniable|compelling|consistent|weak|limited|mixed|lacking|thin|scant|sparse|disappoint\w*|encouraging|inconsistent|conflicting|contradictory|uncertain|unclear|modest|aren't there|not there|(?:far |much |even )?(?:thinner|weaker|stronger|shakier|firmer|more (?:robust|convincing|solid|consistent)|less (?:robust|convincing|solid|consistent))|patchy|shaky|flimsy)`,
);

// A bibliography entry: "J Bone Miner Res. 2019;34(2):11-20", "doi:10.1007/...", "PMID 123".
const CITATION =
  /\b(?:19|20)\d{2}\s*;\s*\d+\s*(?:\(\d+\))?\s*:\s*\d+|\bdoi:\s*10\.|\bdoi\.org\/|\bpmid:?\s*\d/i;

/** Whether a block is a bibliography entry, whose paper titles are not the page's claims. */
export function isCitation(block: string): boolean {
  return CITATION.test(block);
}

/** A line in Title Case without a claim verb ("Bone Health Outcomes"): a heading, even inside a list. */
export function looksLikeHeading(line: string): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 2 || words.some((w) => w.charAt(0) === w.charAt(0).toLowerCase())) return false;
  return !TITLE_CLAIM.test(line);
}

/** The shape of a sentence as it sat on the page. */
export interface Shape {
  /** A heading or a short line without a full stop. */
  readonly bare: boolean;
  /** An item of a list introduced by a lead-in such as "Key benefits:". */
  readonly listItem: boolean;
}

/** What the claim test decided, and why. */
export interface Claimness {
  readonly claim: boolean;
  readonly reason: string;
}

// Pages in other languages are not ours to grade (the catalogue and its rules are English).
const FOREIGN =
  /(?:^|[^\p{L}])(?:der|die|das|und|ist|mit|für|nicht|eine?|den|dem|zur|zum|im|von|les|le|la|au|aux|et|est|des|du|pour|avec|une|dans|el|los|las|y|es|con|para|por|una|del|al|il|di|che|per|sono|het|een|van|och|är|med|og|er|på|som|ett)(?![\p{L}])/giu;
// "vitamine" (French, Dutch, German plural) and "vitamina" (Spanish, Italian, Portuguese) are never
// English spellings: one of them with no English function word marks the sentence as foreign.
const FOREIGN_SPELLING = /(?:^|[^\p{L}])vitamin[ae](?![\p{L}])/iu;
const ENGLISH =
  /\b(?:the|and|is|are|of|to|in|for|with|your|you|it|its|that|this|helps?|may|can|from|by|as)\b/i;

function isForeign(sentence: string): boolean {
  if (ENGLISH.test(sentence)) return false;
  return FOREIGN_SPELLING.test(sentence) || (sentence.match(FOREIGN)?.length ?? 0) >= 2;
}

/** Whether a normalised sentence about D/K makes a health claim, and why (or why not). */
export function claimness(sentence: string, shape: Shape): Claimness {
  if (isForeign(sentence)) return { claim: false, reason: 'not in English' };
  // "✔ BONE HEALTH — 5000 IU to help...": the CAPS lead-in is a label; the claim, if any, is the
  // item after the dash ("MAXIMUM ABSORPTION – suspended in olive oil" makes none).
  const lead = CAPS_LEAD_IN.exec(sentence);
  if (lead && !shape.listItem) {
    const body = sentence.slice(lead[0].length - 1);
    const verdict = claimness(body, { bare: false, listItem: true });
    // "ENERGY & MOOD — 2000 IU of vitamin D3 for brighter days": the label names the benefit.
    if (verdict.claim || !OUTCOME_RE.test(lead[0]) || !subjectOf(body)) return verdict;
    return { claim: true, reason: 'a feature bullet whose label names a benefit of D/K2' };
  }
  const outcome = OUTCOME_RE.test(sentence) || (MINERAL_RE.test(sentence) && HANDLING_RE.test(sentence));
  for (const x of EXCLUSIONS) {
    if (x.unlessOutcome && outcome) continue;
    if (x.unlessEffect && outcome && EFFECT_RE.test(sentence)) continue;
    if (
      x.unlessTestimony &&
      (testimony(sentence, outcome) ||
        ADVICE.test(sentence) ||
        (outcome && REPORTED_ADVICE.test(sentence) && subjectOf(sentence) !== null))
    )
      continue;
    if (x.titleOnly && !shape.bare) continue;
    if (x.unlessOtherOutcome && OUTCOME_RE.test(sentence.replace(x.re, ' '))) continue;
    if (x.re.test(sentence)) return { claim: false, reason: x.reason };
  }
  if (METHOD.test(sentence) && !RESULT.test(sentence))
    return { claim: false, reason: 'a study design without a result' };
  const category = CATEGORIES.find((c) => c.re.test(sentence));
  const words = sentence.split(/\s+/).length;
  // A heading or label: a bare line, or a very short "sentence" without any verb.
  // A line is a sentence all the same when the vitamin is followed by a verb in lower case
  // ("K2 makes sure calcium goes into bone").
  const titleLike =
    !shape.listItem &&
    !THIRD_PERSON.test(sentence) &&
    // Titles start with a capital; a first-person line is advice or a testimony, not a title.
    !/^["'(\[]*\p{Ll}/u.test(sentence) &&
    !ADVICE.test(sentence) &&
    (shape.bare ? words <= 16 : words <= 6 && !VERB.test(sentence));
  // A category (a dose, a food source) makes a claim of a label long enough to state one.
  if (titleLike && !(category && words >= 8) && !TITLE_CLAIM.test(sentence) && !listsBenefits(sentence))
    return { claim: false, reason: 'a title or label without a claim verb' };
  if (outcome) return { claim: true, reason: 'names a body system, condition or mechanism' };
  if (category) return { claim: true, reason: category.reason };
  if (ROLE.test(sentence)) return { claim: true, reason: 'says the body needs it or it plays a role' };
  if (PAIRING.test(sentence) && (subjectOf(sentence)?.names.length ?? 0) > 1)
    return { claim: true, reason: 'says how one vitamin should go with the other' };
  if (ADVICE.test(sentence)) return { claim: true, reason: "a clinician's advice or target" };
  if (EVIDENCE_RE.test(sentence) && VERDICT.test(sentence))
    return { claim: true, reason: 'a verdict on the strength of the evidence' };
  if (EVIDENCE_RE.test(sentence) && EFFECT_RE.test(sentence))
    return { claim: true, reason: 'a statement about the evidence for an effect' };
  return { claim: false, reason: 'no health, body or evidence words' };
}
