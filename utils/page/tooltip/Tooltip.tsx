import './Tooltip.css';
import { GRADE_MEANING, GRADE_STYLE, gradeKey } from '../../../claims/grades';
import type { WireFinding } from '../../messages';
import type { EntryDetails } from '../message-checks';

/** What the tooltip's report button has done so far. */
export type ReportState = 'idle' | 'sending' | 'sent' | 'unavailable';

/** Everything the tooltip shows and the actions it offers. */
export interface TooltipProps {
  readonly finding: WireFinding;
  /** The catalogue entry: undefined while it loads, null when it could not be read. */
  readonly entry: EntryDetails | null | undefined;
  /** The entry on the extension's catalogue page. */
  readonly catalogueUrl: string | null;
  readonly report: ReportState;
  /** Where this claim is among the page's claims, e.g. 2 of 5. */
  readonly position: { index: number; total: number };
  readonly onReport: () => void;
  /** Opens the entry on the catalogue page (through the background: pages cannot link there). */
  readonly onOpenCatalogue: () => void;
  readonly onHide: () => void;
  readonly onClose: () => void;
}

const REPORT_LABEL: Record<ReportState, string> = {
  idle: '',
  sending: 'Sending…',
  sent: 'Thanks: your report is ready to review.',
  unavailable: 'Reporting is not available yet in this version.',
};

/** The explanation of one marked claim, shown beside it on the page. */
export function Tooltip(props: TooltipProps) {
  const { finding, entry } = props;
  const key = gradeKey(finding.grade);
  const style = GRADE_STYLE[key];
  const reviewed = finding.claimId !== null;
  const vars = { '--grade': style.color, '--grade-dark': style.dark };
  return (
    <div
      class={`tooltip grade-${key}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby="dk-tooltip-grade"
      aria-describedby="dk-tooltip-verdict"
      tabIndex={-1}
      style={vars}
      data-testid="claim-tooltip"
    >
      <div class="head">
        <p class="grade" id="dk-tooltip-grade">
          <span class="icon" aria-hidden="true">
            {style.icon}
          </span>
          <span class="word">{style.label}</span>
          <span class="visually-hidden">: vitamin D/K2 claim check</span>
        </p>
        <span
          class="count"
          aria-label={`Claim ${props.position.index} of ${props.position.total} on this page`}
        >
          {props.position.index} of {props.position.total}
        </span>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </div>
      {/* The middle scrolls when the viewport is short; grade and actions stay in view. */}
      <div class="body" tabIndex={0} role="region" aria-label="Explanation">
        {finding.grade && <p class="meaning">{GRADE_MEANING[finding.grade]}</p>}
        {reviewed ? (
          <Reviewed entry={entry} catalogueUrl={props.catalogueUrl} onOpen={props.onOpenCatalogue} />
        ) : (
          <Unreviewed />
        )}
        {finding.hedged && <p class="note">The page words this claim cautiously (“may”, “can”).</p>}
      </div>
      <div class="actions">
        <button type="button" class="action" onClick={props.onReport} disabled={props.report === 'sending'}>
          {reviewed ? 'Report a problem' : 'Report this claim'}
        </button>
        <button type="button" class="action" onClick={props.onHide}>
          Hide this claim
        </button>
      </div>
      {props.report !== 'idle' && (
        <p class="status" role="status">
          {REPORT_LABEL[props.report]}
        </p>
      )}
      <p class="hint">Esc closes · Alt+Shift+N / P: next / previous claim</p>
    </div>
  );
}

function Reviewed({
  entry,
  catalogueUrl,
  onOpen,
}: {
  entry: EntryDetails | null | undefined;
  catalogueUrl: string | null;
  onOpen: () => void;
}) {
  if (entry === undefined)
    return (
      <p class="verdict" id="dk-tooltip-verdict">
        Loading the explanation…
      </p>
    );
  if (entry === null)
    return (
      <p class="verdict" id="dk-tooltip-verdict">
        The explanation could not be loaded. Try reloading the page.
      </p>
    );
  return (
    <>
      <p class="verdict" id="dk-tooltip-verdict">
        {entry.verdict}
      </p>
      <p class="explanation">{entry.explanation}</p>
      {entry.caution && (
        <p class="caution">
          <strong>
            <span aria-hidden="true">⚠ </span>Caution:
          </strong>{' '}
          {entry.caution}
        </p>
      )}
      <section class="sources" aria-label="Sources">
        <h2>Sources</h2>
        <ul>
          {entry.sources.map((s, i) => (
            <li key={i}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.name}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {catalogueUrl && (
        <p class="more">
          <a
            href={catalogueUrl}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => {
              // A web page may not open extension pages itself; the background opens the tab.
              event.preventDefault();
              onOpen();
            }}
          >
            Read the full entry in the catalogue
          </a>{' '}
          <span class="muted">(reviewed {entry.reviewed})</span>
        </p>
      )}
    </>
  );
}

function Unreviewed() {
  return (
    <>
      <p class="verdict" id="dk-tooltip-verdict">
        Our catalogue does not cover this claim yet.
      </p>
      <p class="explanation">
        It makes a health claim about vitamin D or K2, but no entry grades it, so we do not guess a grade.
        Report it and it can be reviewed.
      </p>
    </>
  );
}
