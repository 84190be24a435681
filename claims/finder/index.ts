import type { Entry } from '../schema';
import { claimness, isCitation, looksLikeHeading } from './claimness';
import { SubjectTracker, type Resolution } from './context';
import { passesGate } from './gate';
import { normalize, originalIndex } from './normalize';
import { bestRule, compileRules, type CompiledRule } from './rules';
import { splitSentences, type Span } from './sentences';
import { mayReferBack } from './subject';
import { isHedged, isNegated, tokensForQualifiers } from './tokens';
import type { Finding, TextBlock } from './types';

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

/** The text the catalogue's rules test: footnotes dropped, a carried subject written out. */
function matchingText(sentence: string, resolution: Resolution): string {
  const clean = sentence.replace(FOOTNOTES, ' ');
  const subject = resolution.subject;
  return !subject || (resolution.from === 'sentence' && !subject.listed)
    ? clean
    : `${subject.label}: ${clean}`;
}

function judge(
  rules: readonly CompiledRule[],
  raw: string,
  text: string,
  at: number,
  span: Span,
  resolution: Resolution,
): Finding | null {
  const subject = resolution.subject;
  if (!subject) return null;
  const verdict = claimness(text, { bare: span.bare, listItem: resolution.listItem });
  if (!verdict.claim) return null;
  const match = bestRule(rules, matchingText(text, resolution));
  const tokens = tokensForQualifiers(text);
  return {
    text: raw,
    start: at,
    end: at + raw.length,
    claimId: match?.entry.id ?? null,
    grade: match?.entry.grade ?? null,
    ruleId: match?.rule.id ?? 'health-claim',
    reason:
      match?.rule.reason ??
      `A health claim about ${subject.label} (${verdict.reason}) that no catalogue entry covers yet.`,
    hedged: isHedged(tokens),
    negated: isNegated(tokens),
    ...(resolution.from === 'sentence' && !subject.implied ? {} : { subject: subject.label }),
  };
}

/** Builds a finder over the given catalogue entries. */
export function createFinder(entries: readonly Entry[]): Finder {
  const rules = compileRules(entries);
  return {
    find(blocks) {
      const findings: Finding[] = [];
      const tracker = new SubjectTracker();
      let lastEnd = -1;
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
          if (!resolution.subject) continue;
          const start = originalIndex(n, span.start);
          const end = originalIndex(n, span.end - 1) + 1;
          const raw = block.text.slice(start, end);
          const finding = judge(rules, raw, text, block.start + start, span, resolution);
          if (finding) findings.push(finding);
        }
      }
      return findings;
    },
  };
}
