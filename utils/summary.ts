import {
  GRADE_KEYS,
  GRADE_STYLE,
  gradeKey,
  isBeyondEvidence,
  type Grade,
  type GradeKey,
} from '../claims/grades';

// Pure summaries of a page's findings, shared by the popup, the badge and their tests.

type Graded = { readonly grade: Grade | null; readonly voice?: 'customer' };

/** The page's own claims: a customer's words in a review are not the shop's promise. */
export function shopFindings<F extends Graded>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.voice !== 'customer');
}

/** Counts findings per grade key. */
export function countByGrade(findings: readonly Graded[]): Map<GradeKey, number> {
  const counts = new Map<GradeKey, number>();
  for (const f of findings) counts.set(gradeKey(f.grade), (counts.get(gradeKey(f.grade)) ?? 0) + 1);
  return counts;
}

/** The tally in one line, in scale order, e.g. "6 claims about vitamin D/K2: 1 established, 2 plausible". */
export function verdictLine(findings: readonly Graded[]): string {
  if (!findings.length) return 'No claims about vitamin D or K2 found on this page.';
  const counts = countByGrade(findings);
  const parts = GRADE_KEYS.flatMap((k) => {
    const n = counts.get(k);
    return n ? [`${n} ${GRADE_STYLE[k].label.toLowerCase()}`] : [];
  });
  return `${findings.length} claim${findings.length === 1 ? '' : 's'} about vitamin D/K2: ${parts.join(', ')}`;
}

/**
 * The page's verdict in one plain sentence, from the shop's own claims: how many of its health
 * promises go beyond the evidence (contradicted, unproven, mixed) and how many are not checked yet,
 * e.g. "2 of this page's health promises go beyond the evidence; 1 is not checked yet."
 */
export function pageVerdict(findings: readonly Graded[]): string {
  const shop = shopFindings(findings);
  const reviews = findings.length - shop.length;
  if (!shop.length)
    return reviews
      ? `This page makes no health promise about vitamin D or K2 of its own; its customer reviews do.`
      : 'No claims about vitamin D or K2 found on this page.';
  const beyond = shop.filter((f) => isBeyondEvidence(f.grade)).length;
  const unchecked = shop.filter((f) => f.grade === null).length;
  const total = shop.length;
  const first =
    beyond === 0
      ? unchecked === total
        ? `${total === 1 ? 'This page’s one health promise is' : `This page’s ${total} health promises are`} not checked yet`
        : `None of this page’s health promises goes beyond the evidence`
      : beyond === total
        ? total === 1
          ? 'This page’s one health promise goes beyond the evidence'
          : `All ${total} of this page’s health promises go beyond the evidence`
        : `${beyond} of this page’s health promises ${beyond === 1 ? 'goes' : 'go'} beyond the evidence`;
  const rest =
    unchecked && unchecked < total ? `; ${unchecked} ${unchecked === 1 ? 'is' : 'are'} not checked yet` : '';
  return `${first}${rest}.`;
}

/** Findings of one grade, each with its index on the page (what "reveal" asks the tab for). */
export interface GradeGroup<F> {
  readonly key: GradeKey;
  readonly items: readonly { readonly finding: F; readonly index: number }[];
}

/**
 * Groups the shop's findings by grade in the given order (scale order unless told), keeping page
 * order inside a group and each finding's page index; empty groups are left out.
 */
export function groupByGrade<F extends Graded>(
  findings: readonly F[],
  order: readonly GradeKey[] = GRADE_KEYS,
): GradeGroup<F>[] {
  return order.flatMap((key) => {
    const items = findings.flatMap((finding, index) =>
      finding.voice !== 'customer' && gradeKey(finding.grade) === key ? [{ finding, index }] : [],
    );
    return items.length ? [{ key, items }] : [];
  });
}

/** The findings in customer reviews, each with its page index. */
export function customerItems<F extends Graded>(findings: readonly F[]): { finding: F; index: number }[] {
  return findings.flatMap((finding, index) => (finding.voice === 'customer' ? [{ finding, index }] : []));
}
