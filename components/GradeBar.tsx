import { GRADE_KEYS, GRADE_STYLE, type Grade } from '../claims/grades';
import { countByGrade, verdictLine } from '../utils/summary';

/**
 * A bar of the page's grades, each part as wide as its share of the claims. Hidden from screen
 * readers: the verdict line above it says the same in words.
 */
export function GradeBar({ findings }: { findings: readonly { grade: Grade | null }[] }) {
  if (!findings.length) return null;
  const counts = countByGrade(findings);
  return (
    <div class="bar" aria-hidden="true" title={verdictLine(findings)} data-testid="grade-bar">
      {GRADE_KEYS.map((k) => {
        const n = counts.get(k) ?? 0;
        return n ? (
          <span
            key={k}
            class={`bar-part grade-${k}`}
            style={{ flexGrow: n }}
            title={`${n} ${GRADE_STYLE[k].label.toLowerCase()}`}
          />
        ) : null;
      })}
    </div>
  );
}
