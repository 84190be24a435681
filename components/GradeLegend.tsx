import { GRADES, GRADE_MEANING } from '../claims/grades';
import { GradeBadge } from './GradeBadge';

/** What each grade means, and what "not yet reviewed" means. */
export function GradeLegend() {
  return (
    <dl class="legend">
      {GRADES.map((g) => (
        <div key={g} class="legend-row">
          <dt>
            <GradeBadge grade={g} />
          </dt>
          <dd>{GRADE_MEANING[g]}</dd>
        </div>
      ))}
      <div class="legend-row">
        <dt>
          <GradeBadge grade="unreviewed" />
        </dt>
        <dd>
          A health claim about vitamin D or K2 that the catalogue does not cover yet. It gets no grade: we
          would rather say nothing than guess. You can report it so it gets reviewed.
        </dd>
      </div>
    </dl>
  );
}
