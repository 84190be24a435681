import type { ReportOutcome } from './popup-state';
import type { ReportRequest } from '../utils/reports/request';

/** What became of a "Report" click: the report page opened, or (no reporting in this build) what would have gone. */
export function ReportPanel({ outcome, request }: { outcome: ReportOutcome; request: ReportRequest }) {
  if (outcome === 'opened')
    return (
      <p class="report-status" role="status">
        The report opened in a new tab: check it there, then queue it.
      </p>
    );
  // The message type is plumbing, not part of the report.
  const shown = Object.fromEntries(Object.entries(request).filter(([k]) => k !== 'type'));
  return (
    <div class="report-panel" data-testid="report-panel">
      <p class="report-status" role="status">
        Reporting is not available in this version, so nothing left your browser. This is what the report
        would hold:
      </p>
      <pre class="report-preview" data-testid="report-preview" tabIndex={0} aria-label="Report contents">
        {JSON.stringify(shown, null, 2)}
      </pre>
    </div>
  );
}
