import { GRADE_KEYS, GRADE_STYLE, gradeKey, type Grade, type GradeKey } from '../claims/grades';

// Pure summaries of a page's findings, shared by the popup, the badge title and their tests.

type Graded = { readonly grade: Grade | null };

/** Counts findings per grade key. */
export function countByGrade(findings: readonly Graded[]): Map<GradeKey, number> {
  const counts = new Map<GradeKey, number>();
  for (const f of findings) counts.set(gradeKey(f.grade), (counts.get(gradeKey(f.grade)) ?? 0) + 1);
  return counts;
}

/** The page verdict in one line, e.g. "6 claims about vitamin D/K2: 1 established, 2 plausible". */
export function verdictLine(findings: readonly Graded[]): string {
  if (!findings.length) return 'No claims about vitamin D or K2 found on this page.';
  const counts = countByGrade(findings);
  const parts = GRADE_KEYS.flatMap((k) => {
    const n = counts.get(k);
    return n ? [`${n} ${GRADE_STYLE[k].label.toLowerCase()}`] : [];
  });
  return `${findings.length} claim${findings.length === 1 ? '' : 's'} about vitamin D/K2: ${parts.join(', ')}`;
}

/** Findings of one grade, each with its index on the page (what "reveal" asks the tab for). */
export interface GradeGroup<F> {
  readonly key: GradeKey;
  readonly items: readonly { readonly finding: F; readonly index: number }[];
}

/** Groups findings by grade in display order, keeping page order inside a group; empty groups are left out. */
export function groupByGrade<F extends Graded>(findings: readonly F[]): GradeGroup<F>[] {
  return GRADE_KEYS.flatMap((key) => {
    const items = findings.flatMap((finding, index) =>
      gradeKey(finding.grade) === key ? [{ finding, index }] : [],
    );
    return items.length ? [{ key, items }] : [];
  });
}
