import { gradeRank, type Grade } from '../claims/grades';

/** How each grade looks: colour (light and dark pages), icon and underline style, so grades differ without colour too. */
export const GRADE_STYLE: Record<
  Grade | 'unreviewed',
  { color: string; dark: string; icon: string; label: string; line: string }
> = {
  established: { color: '#1a7f37', dark: '#3fb950', icon: '✓', label: 'Established', line: 'solid' },
  plausible: { color: '#0969da', dark: '#58a6ff', icon: '◐', label: 'Plausible', line: 'dashed' },
  mixed: { color: '#9a6700', dark: '#d29922', icon: '±', label: 'Mixed', line: 'dotted' },
  unproven: { color: '#bc4c00', dark: '#f0883e', icon: '?', label: 'Unproven', line: 'wavy' },
  contradicted: { color: '#cf222e', dark: '#ff7b72', icon: '✕', label: 'Contradicted', line: 'double' },
  unreviewed: { color: '#6e7781', dark: '#8b949e', icon: '…', label: 'Not yet reviewed', line: 'dotted' },
};

/**
 * Whether highlights can underline text. Firefox (140, the oldest release we support) paints only
 * the colours of a `::highlight()`, not its text decoration: its build tints every mark whichever
 * style is chosen, and the options page says so.
 */
export const HIGHLIGHTS_UNDERLINE = !import.meta.env.FIREFOX;

/** The key a finding is styled and grouped by. */
export type GradeKey = Grade | 'unreviewed';

/** A finding's style key: its grade, or "unreviewed" when no entry covers it. */
export function gradeKey(grade: Grade | null): GradeKey {
  return grade ?? 'unreviewed';
}

/** The weakest grade among findings (contradicted is weakest); unreviewed only if nothing is graded. */
export function weakestGrade(grades: readonly (Grade | null)[]): GradeKey | null {
  let weakest: Grade | null = null;
  for (const g of grades) if (g && (weakest === null || gradeRank(g) > gradeRank(weakest))) weakest = g;
  if (weakest) return weakest;
  return grades.length ? 'unreviewed' : null;
}
