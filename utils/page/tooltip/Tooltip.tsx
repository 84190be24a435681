import './Tooltip.css';
import { GRADE_PLAIN, GRADE_STYLE, gradeKey } from '../../../claims/grades';
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
  /** Whether "More" is open: the explanation, the sources and the links. */
  readonly expanded: boolean;
  /** The keyboard hint from the keys the browser has set, or null (none set, or a touch screen). */
  readonly shortcuts: string | null;
  readonly onToggleMore: () => void;
  readonly onReport: () => void;
  /** Opens the entry on the catalogue page (through the background: pages cannot link there). */
  readonly onOpenCatalogue: () => void;
  /** Opens "How we grade" on the catalogue page. */
  readonly onOpenGrading: () => void;
  readonly onHide: () => void;
  readonly onClose: () => void;
}

const REPORT_LABEL: Record<ReportState, string> = {
  idle: '',
  sending: 'Sending…',
  sent: 'Thanks: your report is ready to review.',
  unavailable: 'Reporting is not available yet in this version.',
};

/**
 * The card of one marked claim, shown beside it on the page: short at first (the grade and what it
 * means, any caution, the verdict), with "More" for the explanation and sources. The card grows
 * as a whole; only a viewport too short for it makes the whole card scroll.
 */
export function Tooltip(props: TooltipProps) {
  const { finding, entry } = props;
  const key = gradeKey(finding.grade);
  const style = GRADE_STYLE[key];
  const reviewed = finding.claimId !== null;
  const vars = { '--grade': style.color, '--grade-dark': style.dark };
  const details = reviewed && entry ? entry : null;
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
      <p class="meaning">{GRADE_PLAIN[key]}</p>
      {finding.voice === 'customer' && (
        <p class="voice">A customer’s words in a review, not the shop’s own claim.</p>
      )}
      {details?.caution && (
        <p class="caution">
          <strong>
            <span aria-hidden="true">⚠ </span>Caution:
          </strong>{' '}
          {details.caution}
        </p>
      )}
      {reviewed ? <Verdict entry={entry} /> : <Unreviewed />}
      {finding.hedged && <p class="note">The page words this claim cautiously (“may”, “can”).</p>}
      {details && (
        <>
          <button
            type="button"
            class="more-toggle"
            aria-expanded={props.expanded}
            aria-controls="dk-tooltip-more"
            onClick={props.onToggleMore}
          >
            {props.expanded ? 'Less' : 'More: why, and the sources'}
          </button>
          {props.expanded && (
            <More
              entry={details}
              catalogueUrl={props.catalogueUrl}
              onOpen={props.onOpenCatalogue}
              onOpenGrading={props.onOpenGrading}
            />
          )}
        </>
      )}
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
      <p class="hint">Esc closes{props.shortcuts && ` · ${props.shortcuts}`}</p>
    </div>
  );
}

/** The entry's one-line verdict, or why it is not there yet. */
function Verdict({ entry }: { entry: EntryDetails | null | undefined }) {
  return (
    <p class="verdict" id="dk-tooltip-verdict">
      {entry === undefined
        ? 'Loading the explanation…'
        : entry === null
          ? 'The explanation could not be loaded. Try reloading the page.'
          : entry.verdict}
    </p>
  );
}

/** "More": the explanation, the sources as links, the catalogue entry and how we grade. */
function More({
  entry,
  catalogueUrl,
  onOpen,
  onOpenGrading,
}: {
  entry: EntryDetails;
  catalogueUrl: string | null;
  onOpen: () => void;
  onOpenGrading: () => void;
}) {
  // A web page may not open extension pages itself; the background opens the tab.
  const viaBackground = (open: () => void) => (event: MouseEvent) => {
    event.preventDefault();
    // A click the page's script made up opens nothing.
    if (event.isTrusted) open();
  };
  return (
    <div class="more" id="dk-tooltip-more">
      <p class="explanation">{entry.explanation}</p>
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
        <p class="links">
          <a href={catalogueUrl} target="_blank" rel="noopener noreferrer" onClick={viaBackground(onOpen)}>
            Read the full entry in the catalogue
          </a>{' '}
          <span class="muted">(reviewed {entry.reviewed})</span>
          {' · '}
          <a
            href={catalogueUrl.replace(/#.*$/, '#how-we-grade')}
            target="_blank"
            rel="noopener noreferrer"
            onClick={viaBackground(onOpenGrading)}
          >
            How we grade
          </a>
        </p>
      )}
    </div>
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
