import type { Part } from '../parts/read';
import type { Claimness } from './claimness';
import type { Match } from './match';

// What the claim model sees of a candidate sentence: its parts, the entry it matched, its shape on
// the page, and its words. Features are names; the model (model.ts) weighs them. The training
// script (scripts/train/claimness.ts) and the finder compute them with this one function.

/** A sentence that names or refers to D/K2, as the finder judges it. */
export interface Candidate {
  /** The sentence, normalised, footnote markers dropped. */
  readonly text: string;
  readonly parts: readonly Part[];
  readonly match: Match | null;
  /** A line of its own without a full stop. */
  readonly bare: boolean;
  /** An item under a lead-in ("Benefits of K2:"). */
  readonly listItem: boolean;
  /** Where its subject came from: named in it, carried from context, or read from its topic. */
  readonly subjectFrom: 'sentence' | 'context' | 'topic' | null;
  /** The subject is only implied by words such as "MGP" or "5,000 IU", not named. */
  readonly implied: boolean;
  /** The hand-written tests' verdict (claimness.ts): one feature among others. */
  readonly rules: Claimness;
}

const VITAMIN_TAGS = new Set(['VitD', 'VitD3', 'VitD2', 'VitK', 'VitK2', 'VitK1', 'MK7', 'MK4', 'Pair']);

/** Words as the model reads them: lower case, numbers as "#", vitamin names as their tag. */
function words(c: Candidate): string[] {
  let text = c.text;
  // Replace each vitamin name by its tag, right to left so offsets stay valid.
  for (const p of [...c.parts].sort((a, b) => b.start - a.start))
    if (VITAMIN_TAGS.has(p.tag)) text = `${text.slice(0, p.start)} ${p.tag} ${text.slice(p.end)}`;
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}#%$]+/u)
    .filter(Boolean)
    .map((w) => (/^\d[\d.,]*$/.test(w) ? '#' : w));
}

function lengthBin(n: number): string {
  if (n <= 3) return '≤3';
  if (n <= 6) return '≤6';
  if (n <= 10) return '≤10';
  if (n <= 20) return '≤20';
  if (n <= 35) return '≤35';
  return '>35';
}

const UNIT = /\d\s*(?:iu|mcg|µg|μg|mg|ng\/ml|nmol\/l)\b/i;
const PRICE = /[$€£]\s?\d|\b\d+[.,]\d\d\s?(?:usd|eur|gbp)\b/i;
const CITATION =
  /\bet al\b|\bdoi\b|https?:\/\/|www\.|\(\d{4}\)|\b(?:19|20)\d\d;\s?\d|\bvol\.|\bpp\.|\bjournal of\b|\baccessed\b/i;
const IMPERATIVE =
  /^(?:take|store|shake|keep|consult|use|add|mix|swallow|place|ask|talk|speak|check|see|do not|don't|try|buy|order|shop|choose|get|look|read|learn|discover|click|subscribe|save)\b/i;
const PRONOUN_FIRST = /^(?:["'(]\s*)?(?:it|its|it's|they|their|this|these|that|those|he|she)\b/i;
const FRAMING =
  /\b(?:this|our|the) (?:comprehensive |complete |ultimate )?(?:article|post|blog|guide|page|review|section)\b|\b(?:we'll|we will|let's|let us|i'm going to|i will) (?:explore|look|discuss|dive|examine|cover|walk)\b|\b(?:explore|discuss|delve|learn about|find out|discover|wondering|what you need to know|here are|here's)\b/i;
const STUDY_METHOD =
  /\b(?:study|studies|researchers?|trials?|analysis|scientists)\b[^.]{0,60}\b(?:examined|evaluated|analy[sz]ed|investigated|assessed|looked at|measured|compared|explored?s?|being investigated|enrolled|recruited)\b|\bwhether\b/i;
const HOW_TO = /^(?:how|what|why|when|which|who|where)\b|\bhow (?:to|much|many)\b/i;
const FIRST_PERSON = /\b(?:i|i'm|i've|my|me|we|we're|we've|our|us)\b/i;
const SECOND_PERSON = /\b(?:you|your|you're|yours)\b/i;

/** The feature names of a candidate. */
export function claimFeatures(c: Candidate): string[] {
  const f = new Set<string>(['bias']);
  const tokens = words(c);
  f.add(`len:${lengthBin(tokens.length)}`);
  const text = c.text.trim();
  const last = text.charAt(text.length - 1);
  f.add(last === '?' ? 'end:?' : last === ':' ? 'end::' : /[.!]/.test(last) ? 'end:.' : 'end:none');
  if (c.bare) f.add('bare');
  if (c.listItem) f.add('list-item');
  f.add(`subject:${c.subjectFrom ?? 'none'}`);
  if (c.implied) f.add('subject:implied');
  if (PRONOUN_FIRST.test(text)) f.add('pronoun-first');
  if (FRAMING.test(text)) f.add('framing');
  if (STUDY_METHOD.test(text)) f.add('study-method');
  if (HOW_TO.test(text)) f.add('how-to');
  if (/^\p{Lu}/u.test(text)) f.add('starts-capital');
  const capitals = text.match(/\b\p{Lu}\p{L}*/gu)?.length ?? 0;
  if (tokens.length >= 3 && capitals / tokens.length > 0.6) f.add('title-case');
  if (/^[^\p{Ll}]*$/u.test(text) && /\p{Lu}{3}/u.test(text)) f.add('all-caps');
  if (UNIT.test(text)) f.add('unit');
  if (PRICE.test(text)) f.add('price');
  if (CITATION.test(text)) f.add('citation');
  if (IMPERATIVE.test(text)) f.add('imperative');
  if (FIRST_PERSON.test(text)) f.add('first-person');
  if (SECOND_PERSON.test(text)) f.add('second-person');
  if (/["“”]/.test(text)) f.add('quote');
  if (/\S:\s+\S/.test(text.slice(0, -1))) f.add('colon-inside');
  if ((text.match(/,/g)?.length ?? 0) >= 3) f.add('many-commas');
  f.add(`rules:${c.rules.claim ? 'claim' : 'none'}`);
  f.add(`rules:${c.rules.reason}`);
  // Where the vitamin stands: claims mostly make it their subject ("K2 directs..."), asides and
  // framing name it late ("...such as vitamin D").
  const firstWho = c.parts.find((p) => p.role === 'who');
  if (firstWho) f.add(firstWho.start <= 30 ? 'who-early' : 'who-late');
  const firstAction = c.parts.find((p) => p.role === 'does');
  if (firstWho && firstAction)
    f.add(firstWho.start < firstAction.start ? 'who-before-action' : 'action-before-who');
  // The parts: which concepts, denied or not, and how many of each role.
  const roles = new Map<string, number>();
  for (const p of c.parts) {
    f.add(`${p.negated ? 'not' : 'tag'}:${p.tag}`);
    roles.set(p.role, (roles.get(p.role) ?? 0) + 1);
  }
  for (const role of ['who', 'does', 'what', 'how', 'evidence'])
    f.add(`role:${role}=${String(Math.min(roles.get(role) ?? 0, 3))}`);
  f.add(`roles:${['does', 'what'].filter((r) => roles.has(r)).join('+') || 'neither'}`);
  if (c.match) {
    f.add('match');
    f.add(`match:${c.match.entry.grade}`);
    f.add(`match:${c.match.entry.kind}`);
    f.add(`match:${c.match.entry.id}`);
    if ((c.match.combo.priority ?? 0) >= 15) f.add('match:priority');
  } else f.add('no-match');
  // Words and pairs of words.
  for (let i = 0; i < tokens.length; i++) {
    f.add(`w:${tokens[i] ?? ''}`);
    if (i + 1 < tokens.length) f.add(`b:${tokens[i] ?? ''}_${tokens[i + 1] ?? ''}`);
  }
  const first = tokens[0];
  if (first) f.add(`first:${first}`);
  return [...f];
}
