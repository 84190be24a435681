import type { WireFinding } from '../../messages';

/** A finding as a page reports it: the background's tests send it in their 'page-findings'. */
export const finding: WireFinding = {
  text: 'Vitamin K2 directs calcium to your bones.',
  start: 0,
  end: 41,
  claimId: 'k2-directs-calcium-to-bone',
  grade: 'plausible',
  ruleId: 'k2-directs-calcium',
  reason: 'Names K2 and says it moves calcium.',
  hedged: false,
  negated: false,
};

/** A finding of a grade (null: not yet reviewed), for tests that count grades. */
export const graded = (grade: WireFinding['grade'], text = 'K2 sends calcium to bone.'): WireFinding => ({
  text,
  start: 0,
  end: text.length,
  claimId: grade ? 'some-entry' : null,
  grade,
  ruleId: null,
  reason: null,
  hedged: false,
  negated: false,
});
