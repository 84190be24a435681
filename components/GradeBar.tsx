import { GRADE_STYLE, type GradeKey } from '../claims/grades';

/**
 * A bar of the page's grades, worst first, each part as wide as its share of the claims and
 * labelled with the grade's icon and count, so it reads without colour. Screen readers get the
 * tally in words.
 */
export function GradeBar({
  groups,
  tally,
}: {
  groups: readonly { key: GradeKey; items: readonly unknown[] }[];
  tally: string;
}) {
  if (!groups.length) return null;
  return (
    <div class="bar" role="img" aria-label={tally} title={tally} data-testid="grade-bar">
      {groups.map(({ key, items }) => (
        <span
          key={key}
          class={`bar-part grade-${key}`}
          style={{ flexGrow: items.length }}
          title={`${items.length} ${GRADE_STYLE[key].label.toLowerCase()}`}
        >
          <span class="bar-icon">{GRADE_STYLE[key].icon}</span>
          {items.length}
        </span>
      ))}
    </div>
  );
}
