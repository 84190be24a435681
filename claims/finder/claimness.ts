import { ADVICE, EXCLUSIONS, REPORTED_ADVICE, testimony } from './exclusions';
import { CATEGORY, EFFECT, EVIDENCE, HANDLING, MINERAL, OUTCOME } from './lexicon';
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
// It runs on whole blocks, so no two runs of spaces may meet: "\s*(?:\(\d+\))?\s*" backtracked
// quadratically on a long run of spaces (a hostile page stalled the background for seconds).
const CITATION =
  /\b(?:19|20)\d{2}\s*;\s*\d+\s*(?:\(\d+\)\s*)?:\s*\d+|\bdoi:\s*10\.|\bdoi\.org\/|\bpmid:?\s*\d/i;

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
