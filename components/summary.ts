import { GRADES } from '../claims/grades';
import { GRADE_STYLE, gradeKey, type GradeKey } from '../utils/grade-style';

/** Grade keys in display order: best supported first, unreviewed last. */
export const KEY_ORDER: readonly GradeKey[] = [...GRADES, 'unreviewed'];

/** Counts findings per grade key. */
export function countByGrade(
  findings: readonly { grade: (typeof GRADES)[number] | null }[],
): Map<GradeKey, number> {
  const counts = new Map<GradeKey, number>();
  for (const f of findings) counts.set(gradeKey(f.grade), (counts.get(gradeKey(f.grade)) ?? 0) + 1);
  return counts;
}

/** The page verdict in one line, e.g. "6 claims about vitamin D/K2: 1 established, 2 plausible". */
export function verdictLine(findings: readonly { grade: (typeof GRADES)[number] | null }[]): string {
  if (!findings.length) return 'No claims about vitamin D or K2 found on this page.';
  const counts = countByGrade(findings);
  const parts = KEY_ORDER.flatMap((k) => {
    const n = counts.get(k);
    return n ? [`${n} ${GRADE_STYLE[k].label.toLowerCase()}`] : [];
  });
  return `${findings.length} claim${findings.length === 1 ? '' : 's'} about vitamin D/K2: ${parts.join(', ')}`;
}
