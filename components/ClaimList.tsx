import { useSignal } from '@preact/signals';
import { entryById } from '../claims';
import { GRADE_STYLE, type GradeKey } from '../claims/grades';
import type { MarkedFinding } from '../utils/messages';
import { GradeBadge } from './GradeBadge';
import { ReportPanel } from './ReportPanel';
import { requestReport, type ReportOutcome } from './popup-state';
import { reportRequest } from '../utils/reports/request';
import type { GradeGroup } from '../utils/summary';

/** Grades whose claims are listed folded: they need no action from a shopper. */
const FOLDED: readonly GradeKey[] = ['established'];

/**
 * The page's claims grouped by grade, worst first (established folded away); click one to see it on
 * the page; unreviewed ones can be reported. Claims in customer reviews come last, apart.
 */
export function ClaimList(props: {
  groups: readonly GradeGroup<MarkedFinding>[];
  reviews: readonly { finding: MarkedFinding; index: number }[];
  page: { url: string; title: string | null };
  onReveal: (index: number) => void;
}) {
  const items = (list: readonly { finding: MarkedFinding; index: number }[]) => (
    <ul>
      {list.map(({ finding, index }) => (
        <ClaimItem key={index} finding={finding} index={index} page={props.page} onReveal={props.onReveal} />
      ))}
    </ul>
  );
  return (
    <div class="claim-groups">
      {props.groups.map(({ key, items: list }) => {
        const heading = (
          <h2>
            <GradeBadge grade={key} count={list.length} />
          </h2>
        );
        return (
          <section key={key} class={`group grade-${key}`} aria-label={GRADE_STYLE[key].label}>
            {FOLDED.includes(key) ? (
              <details>
                <summary>{heading}</summary>
                {items(list)}
              </details>
            ) : (
              <>
                {heading}
                {items(list)}
              </>
            )}
          </section>
        );
      })}
      {props.reviews.length > 0 && (
        <section class="group reviews" aria-label="In customer reviews">
          <details>
            <summary>
              <h2>
                In customer reviews ({props.reviews.length}){' '}
                <span class="muted">· a customer’s words, not counted</span>
              </h2>
            </summary>
            {items(props.reviews)}
          </details>
        </section>
      )}
    </div>
  );
}

function ClaimItem(props: {
  finding: MarkedFinding;
  index: number;
  page: { url: string; title: string | null };
  onReveal: (index: number) => void;
}) {
  const report = useSignal<ReportOutcome | 'asking' | null>(null);
  const { finding } = props;
  const entry = finding.claimId ? entryById(finding.claimId) : undefined;
  // The popup never sees the page: the text around the claim is what the content script sent.
  const request = reportRequest(finding, props.page, 'popup');
  return (
    <li class="claim-item" data-testid="claim">
      <button
        type="button"
        class="claim"
        onClick={() => {
          props.onReveal(props.index);
        }}
        title="Show this claim on the page"
      >
        “{finding.text}”
      </button>
      {entry ? (
        <p class="claim-verdict">
          {entry.verdict}{' '}
          <a href={`/catalogue.html#${entry.id}`} target="_blank" rel="noopener">
            Why?<span class="visually-hidden"> (the catalogue entry for this claim)</span>
          </a>
        </p>
      ) : (
        <div class="claim-verdict">
          <p class="claim-report">
            <span>No catalogue entry covers this claim yet.</span>
            <button
              type="button"
              class="small"
              disabled={report.value !== null}
              onClick={() => {
                report.value = 'asking';
                void requestReport(request).then((outcome) => (report.value = outcome));
              }}
            >
              Report<span class="visually-hidden"> this claim</span>
            </button>
          </p>
          {(report.value === 'opened' || report.value === 'unavailable') && (
            <ReportPanel outcome={report.value} request={request} />
          )}
        </div>
      )}
    </li>
  );
}
