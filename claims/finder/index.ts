import type { Entry } from '../schema';
import { claimness, isCitation, looksLikeHeading } from './claimness';
import { SubjectTracker, type Resolution } from './context';
import { passesGate } from './gate';
import { normalize, originalIndex } from './normalize';
import { CONCEPT, type Tag } from '../parts/lexicon';
import { readParts, type Part } from '../parts/read';
import { claimFeatures, type Candidate } from './features';
import { EFFECTS, OUTCOMES } from '../catalogue/tags';
import { gradeRank } from '../grades';
import { bestMatch, claimsUnreviewedOutcome, matchAll, subjectsOf, type Match } from './match';
import { claimProbability, type ClaimModel } from './model';
import { splitSentences, type Span } from './sentences';
import { mayReferBack, subjectOf } from './subject';
import type { Finding, FindingPart, TextBlock } from './types';

export type { Finding, TextBlock } from './types';
export { passesGate } from './gate';
export { selectBlocks, selectRuns } from './select';

/** Characters between two blocks beyond which they are not read as one passage. */
const GAP = 24;

/** A finder bound to one catalogue; compile once, call `find` for every batch of blocks. */
export interface Finder {
  find(blocks: readonly TextBlock[]): Finding[];
}

// Footnote markers carry no meaning for matching: "bones.[3]", "(41)", "risk.2,3,4".
const FOOTNOTES =
  /\[\d{1,4}(?:\s*[-–,]\s*\d{1,4})*\]|\(\d{1,4}(?:\s*[-–,]\s*\d{1,4})*\)|(?<=[.!?])\d{1,4}(?:[,-]\d{1,4})*$|\*+/g;

function findingParts(parts: readonly Part[]): FindingPart[] {
  return parts.map((p) => ({
    role: p.role,
    label: CONCEPT[p.tag].label,
    text: p.text,
    ...(p.negated ? { negated: true } : {}),
  }));
}

/** How a finder decides which candidates are claims. */
export interface FinderOptions {
  /** The claim model; without one, the hand-written tests decide (claimness.ts). */
  readonly model?: ClaimModel;
  /** Sees every candidate sentence with its features and decision: for training and for tracing. */
  readonly onCandidate?: (candidate: Candidate, features: readonly string[], claim: boolean) => void;
}

const OUTCOME_SET: ReadonlySet<Tag> = new Set(OUTCOMES);
const EFFECT_SET: ReadonlySet<Tag> = new Set(EFFECTS);
const weakerThanPlausible = (m: Match) => gradeRank(m.entry.grade) > gradeRank('plausible');

/**
 * The entry a sentence's parts make, if any: the best of the entries whose combinations hold,
 * unless that is a mechanism beside an outcome no entry grades (then the sentence's strongest
 * claim is one we have not reviewed). `names` are the subjects its context gave it.
 */
export function matchParts(
  entries: readonly Entry[],
  parts: readonly Part[],
  names: readonly string[] = [],
): Match | null {
  const subjects = subjectsOf(parts, names);
  const match = bestMatch(matchAll(entries, parts, subjects));
  if (match && !weakerThanPlausible(match) && claimsUnreviewedOutcome(entries, parts, subjects, OUTCOME_SET))
    return null;
  return match;
}

/** The entry one sentence makes on its own, as the finder would match it (for tests and tools). */
export function matchSentence(
  entries: readonly Entry[],
  sentence: string,
  names?: readonly string[],
): Match | null {
  const text = normalize(sentence).text.replace(FOOTNOTES, ' ');
  return matchParts(entries, readParts(text), names ?? subjectOf(text)?.names ?? []);
}

/** Priority from which a combination marks its sentence whatever the model says: the safety vetoes. */
export const VETO = 30;

/** One sentence as the finder judges it, with what its page gave it. */
interface InContext {
  /** The sentence exactly as in the document. */
  readonly raw: string;
  /** Normalised. */
  readonly text: string;
  /** Its offset in the document. */
  readonly at: number;
  readonly span: Span;
  readonly resolution: Resolution;
  /** What the last lead-in ("... that may:") says its items do. */
  readonly leadIn: readonly Part[] | null;
  /** It stands in a customer's review. */
  readonly review: boolean;
}

function judge(entries: readonly Entry[], options: FinderOptions, sentence: InContext): Finding | null {
  const { raw, text, at, span, resolution, leadIn } = sentence;
  const subject = resolution.subject;
  if (!subject) return null;
  const clean = text.replace(FOOTNOTES, ' ');
  const own = readParts(clean);
  // A bullet under "... a formulation that may:" or "Beneficial for:" makes the lead-in's claim
  // about its own item ("support immune function", "postmenopausal women with osteoporosis").
  const parts =
    resolution.listItem && leadIn && !own.some((p) => p.role === 'does') ? [...own, ...leadIn] : own;
  const match = matchParts(entries, parts, subject.names);
  const rules = claimness(text, { bare: span.bare, listItem: resolution.listItem });
  const candidate: Candidate = {
    text: clean,
    parts,
    match,
    bare: span.bare,
    listItem: resolution.listItem,
    subjectFrom: resolution.from,
    implied: subject.implied === true,
    rules,
  };
  const features = options.model || options.onCandidate ? claimFeatures(candidate) : [];
  const model = options.model;
  const threshold = match ? model?.threshold : (model?.thresholdUnmatched ?? model?.threshold);
  const likely =
    model && threshold !== undefined ? claimProbability(model, features) >= threshold : rules.claim;
  // A safety misstatement is marked even where the sentence reads like a label; a question ("can I
  // take K2 and not worry about my INR?") asserts nothing, and is left to the model.
  const claim = likely || (match !== null && (match.combo.priority ?? 0) >= VETO && !/\?\W*$/.test(text));
  options.onCandidate?.(candidate, features, claim);
  if (!claim) return null;
  return {
    text: raw,
    start: at,
    end: at + raw.length,
    claimId: match?.entry.id ?? null,
    grade: match?.entry.grade ?? null,
    ruleId: match?.combo.id ?? 'health-claim',
    reason:
      match?.combo.reason ?? `A health claim about ${subject.label} that no catalogue entry covers yet.`,
    parts: findingParts(match?.parts ?? parts),
    // "may support", "could help": a hedge the sentence does not itself deny.
    hedged: parts.some((p) => p.tag === 'Hedge' && !p.negated),
    // "does not prevent", "no evidence that": the claim itself is denied.
    negated: parts.some((p) => p.negated && (p.role === 'does' || p.role === 'evidence')),
    ...(resolution.from === 'sentence' && !subject.implied ? {} : { subject: subject.label }),
    ...(sentence.review ? { voice: 'customer' as const } : {}),
  };
}

/** Builds a finder over the given catalogue entries. */
export function createFinder(entries: readonly Entry[], options: FinderOptions = {}): Finder {
  return {
    find(blocks) {
      const findings: Finding[] = [];
      const tracker = new SubjectTracker();
      let lastEnd = -1;
      // What the last lead-in ("Benefits:", "... that may:") says its items do.
      let leadIn: Part[] | null = null;
      for (const block of blocks) {
        // Blocks sent by the content script may skip text; context does not jump a gap. A few
        // characters (line breaks, whitespace between elements) are not a gap.
        if (lastEnd >= 0 && block.start > lastEnd + GAP) tracker.gap();
        lastEnd = block.start + block.text.length;
        const sectionItem = block.heading === true && tracker.inSection;
        if (!passesGate(block.text) && !tracker.carrying && !sectionItem && !mayReferBack(block.text)) {
          // Text without the vocabulary or a phrase such as "these two nutrients" costs a few
          // cheap regex tests (the gate, the reference hints, other nutrients) and is never split
          // or parsed.
          if (block.heading) tracker.plainHeading(block.text);
          else tracker.skipped(block.text);
          continue;
        }
        if (isCitation(block.text)) continue;
        const n = normalize(block.text);
        const spans = splitSentences(n.text);
        tracker.block(block.text.length, spans.length);
        for (const span of spans) {
          const text = n.text.slice(span.start, span.end);
          // A short line of its own reads as a heading, unless a lead-in made it a list item.
          // A bulleted line is an item, never a heading.
          const line = spans.length === 1 && span.bare && !span.leadIn && span.bullet !== true;
          const heading = block.heading === true || (line && (!tracker.inList || looksLikeHeading(text)));
          const first = span === spans[0];
          const resolution = tracker.resolve({
            text,
            heading,
            leadIn: span.leadIn,
            bare: span.bare,
            first,
            markup: block.heading === true,
            bullet: span.bullet === true,
          });
          if (span.leadIn) leadIn = readParts(text).filter((p) => EFFECT_SET.has(p.tag));
          else if (!resolution.listItem) leadIn = null;
          if (!resolution.subject) continue;
          const start = originalIndex(n, span.start);
          const end = originalIndex(n, span.end - 1) + 1;
          const raw = block.text.slice(start, end);
          const finding = judge(entries, options, {
            raw,
            text,
            at: block.start + start,
            span,
            resolution,
            leadIn,
            review: block.review === true,
          });
          if (finding) findings.push(finding);
        }
      }
      return findings;
    },
  };
}
