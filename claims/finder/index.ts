import type { Entry } from '../schema';
import { mentionsSubject, notAClaimReason, isHedged, isNegated } from './claimness';
import { normalize } from './normalize';
import { bestRule, compileRules } from './rules';
import { splitSentences } from './sentences';
import type { Finding, TextBlock } from './types';
import { passesGate } from './gate';

export type { Finding, TextBlock } from './types';
export { passesGate } from './gate';

/** A finder bound to one catalogue; compile once, call `find` for every batch of blocks. */
export interface Finder {
  find(blocks: readonly TextBlock[]): Finding[];
}

/** Builds a finder over the given catalogue entries. */
export function createFinder(entries: readonly Entry[]): Finder {
  const rules = compileRules(entries);
  return {
    find(blocks) {
      const findings: Finding[] = [];
      for (const block of blocks) {
        if (!passesGate(block.text)) continue;
        for (const span of splitSentences(block.text)) {
          const raw = block.text.slice(span.start, span.end);
          const { text } = normalize(raw);
          if (!mentionsSubject(text) || notAClaimReason(text) !== null) continue;
          const match = bestRule(rules, text);
          findings.push({
            text: raw,
            start: block.start + span.start,
            end: block.start + span.end,
            claimId: match?.entry.id ?? null,
            grade: match?.entry.grade ?? null,
            ruleId: match?.rule.id ?? 'health-claim',
            reason:
              match?.rule.reason ??
              'Names vitamin D or K2 together with a health word, but no catalogue entry covers it.',
            hedged: isHedged(text),
            negated: isNegated(text),
          });
        }
      }
      return findings;
    },
  };
}
