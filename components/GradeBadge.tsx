import { GRADE_STYLE, type GradeKey } from '../claims/grades';

/** A grade as a word with its colour and icon, so it reads without colour too. */
export function GradeBadge({ grade, count }: { grade: GradeKey; count?: number }) {
  const style = GRADE_STYLE[grade];
  return (
    <span class={`grade-badge grade-${grade}`}>
      <span class="grade-icon" aria-hidden="true">
        {style.icon}
      </span>
      {style.label}
      {count !== undefined && <span class="grade-count"> ({count})</span>}
    </span>
  );
}
