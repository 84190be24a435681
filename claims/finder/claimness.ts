import { VOCABULARY } from './vocabulary';

// Whether a sentence is a health claim about vitamin D or K2 at all, before asking which one.
// Each test is data with a reason, so a surprising decision can be traced.

const SUBJECT = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${VOCABULARY.DK}`, 'iu');

/** Words that make a sentence about D/K2 a statement about health, the body or evidence. */
const HEALTH = new RegExp(
  String.raw`\b(?:bones?|skelet|osteo|fractur|heart|cardio|arter|vascular|coronary|calci|immun|infect|health|support|prevent|protect|risk|deficien|absor|mood|depress|energy|fatigue|cancer|skin|wrinkl|brain|cognit|teeth|dental|blood|clot|warfarin|anticoag|coumadin|safe|toxic|upper limit|overdose|hypercalc|kidney|density|inflamm|synerg|together|evidence|research|stud(?:y|ies)|science|scientific|clinical|trial|proven|recommend|guideline|essential|crucial|vital|benefit|improv|boost|enhanc|reduc|lower|strength|testosterone|insulin|diabet|sugar|sleep|muscle|half-life|bioavailab|levels?|sunlight|sun exposure|natto|ferment|activat|carboxyl|osteocalcin|mgp|gla)`,
  'i',
);

/** Lines that are directions, tables, prices or boilerplate rather than claims. */
const NOT_A_CLAIM: readonly { re: RegExp; reason: string }[] = [
  {
    re: /^\s*(?:take|use|adults?:?\s*take|directions|suggested use|serving size)\b/i,
    reason: 'serving directions',
  },
  { re: /\|/, reason: 'a table row' },
  { re: /(?:[$€£]\s?\d|\bper bottle\b|\bfree shipping\b|\bsubscribe\b)/i, reason: 'price or shop terms' },
  { re: /\bnot been evaluated by the food and drug administration\b/i, reason: 'the FDA disclaimer' },
  { re: /\bnot intended to diagnose\b/i, reason: 'the FDA disclaimer' },
];

/** Mentions vitamin D or K (any form) by name. */
export function mentionsSubject(sentence: string): boolean {
  return SUBJECT.test(sentence);
}

/** Why a sentence is not a claim, or null when it may be one. */
export function notAClaimReason(sentence: string): string | null {
  if (!HEALTH.test(sentence)) return 'no health, body or evidence words';
  for (const { re, reason } of NOT_A_CLAIM) if (re.test(sentence)) return reason;
  return null;
}

/** "may", "might", "could" and friends: the claim is hedged. */
export function isHedged(sentence: string): boolean {
  return /\b(?:may|might|could|can help|potentially|possibly|appears? to|suggest\w*|linked to|associated with)\b/i.test(
    sentence,
  );
}

/** "does not", "no evidence", "fails to": the sentence negates what it states. */
export function isNegated(sentence: string): boolean {
  return /\b(?:not|no|never|none|neither|nor|fail\w*|without|lack\w*|cannot|can't|doesn't|don't|didn't|isn't|aren't|won't)\b/i.test(
    sentence,
  );
}
