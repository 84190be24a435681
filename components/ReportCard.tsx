import { useSignal } from '@preact/signals';
import { ask, refreshReports, reportsError, sendAnswerSchema } from '../utils/reports/client';
import { reportMarkdown } from '../utils/reports/markdown';
import { MAX_NOTE, toWire, type StoredReport } from '../utils/reports/schema';
import { z } from '../claims/zod';
import { ReportQuote, ReportVerdict } from './ReportQuote';

const STATUS_LABEL: Record<StoredReport['delivery']['status'], string> = {
  queued: 'Queued',
  sending: 'Sending…',
  sent: 'Sent',
  failed: 'Failed',
};

const time = (ms: number) => new Date(ms).toLocaleTimeString();

/** One line on where the report is on its way out. */
function deliveryLine(report: StoredReport, hasEndpoint: boolean): string {
  const d = report.delivery;
  if (d.status === 'sent') return `Sent ${d.sentAt ? new Date(d.sentAt).toLocaleString() : ''}.`;
  if (d.status === 'sending') return 'Being sent now.';
  const failed = d.attempts ? `Attempt ${d.attempts} failed${d.lastError ? `: ${d.lastError}` : ''}.` : '';
  if (d.status === 'failed')
    return `${failed} Not retried automatically; kept here until you retry or delete it.`;
  if (!hasEndpoint) return 'Kept on this computer. Set an endpoint above to send it, or export it.';
  return d.nextAttemptAt ? `${failed} Next try at ${time(d.nextAttemptAt)}.` : 'Waiting to be sent.';
}

/** A queued, sent or failed report, with its actions. */
export function ReportCard({ report, hasEndpoint }: { report: StoredReport; hasEndpoint: boolean }) {
  const note = useSignal(report.note);
  const confirming = useSignal(false);
  const copied = useSignal<string | null>(null);
  const status = report.delivery.status;
  const editable = status === 'queued' || status === 'failed';
  const wire = toWire(report);
  const act = (run: () => Promise<unknown>) => {
    run().then(refreshReports, (e: unknown) => {
      reportsError.value = e instanceof Error ? e.message : String(e);
    });
  };
  const copy = async () => {
    const md = reportMarkdown(wire);
    try {
      await navigator.clipboard.writeText(md);
      copied.value = 'Copied as Markdown.';
    } catch {
      copied.value = md;
    }
  };
  return (
    <li
      class="report-card"
      data-testid="report"
      data-status={status}
      aria-label={`Report: ${report.quote.exact}`}
    >
      <div class="report-head">
        <span class={`report-status status-${status}`} data-testid="report-status">
          {STATUS_LABEL[status]}
        </span>
        <span class="report-meta">
          {new Date(report.createdAt).toLocaleString()} · from the {report.source.replace('-', ' ')}
        </span>
      </div>
      <ReportQuote quote={report.quote} />
      <p class="report-line">
        <ReportVerdict match={report.match} />
      </p>
      <p class="report-line report-page-line">
        {report.page.url ? <span class="report-url">{report.page.url}</span> : <em>Page not included</em>}
        {report.page.title && <span class="report-title"> — {report.page.title}</span>}
      </p>
      <p class="report-line report-delivery">{deliveryLine(report, hasEndpoint)}</p>
      {editable ? (
        <label class="report-note">
          <span>Note</span>
          <textarea
            rows={2}
            maxLength={MAX_NOTE}
            value={note.value}
            placeholder="Optional: what is wrong, or a source"
            onInput={(e) => (note.value = e.currentTarget.value)}
          />
        </label>
      ) : (
        // A report on its way or delivered keeps the note it left with.
        report.note && (
          <p class="report-line">
            <strong>Note:</strong> {report.note}
          </p>
        )
      )}
      <div class="report-actions">
        {editable && note.value.trim() !== report.note && (
          <button
            type="button"
            onClick={() => {
              act(() => ask({ type: 'reports-set-note', id: report.id, note: note.value }, z.boolean()));
            }}
          >
            Save note
          </button>
        )}
        <button type="button" onClick={() => void copy()}>
          Copy as Markdown
        </button>
        {hasEndpoint && editable && (
          <button
            type="button"
            onClick={() => {
              act(() => ask({ type: 'reports-send', ids: [report.id] }, sendAnswerSchema));
            }}
          >
            {status === 'failed' ? 'Retry' : 'Send now'}
          </button>
        )}
        {confirming.value ? (
          <span class="report-confirm" role="group" aria-label="Confirm deletion">
            Delete this report?{' '}
            <button
              type="button"
              class="danger"
              onClick={() => {
                act(() => ask({ type: 'reports-delete', id: report.id }, z.boolean()));
              }}
            >
              Delete
            </button>{' '}
            <button type="button" onClick={() => (confirming.value = false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => (confirming.value = true)}>
            Delete…
          </button>
        )}
      </div>
      {copied.value &&
        (copied.value.startsWith('Copied') ? (
          <p class="report-line" role="status">
            {copied.value}
          </p>
        ) : (
          <label class="report-note">
            <span>Copying was not allowed here; select and copy this Markdown:</span>
            <textarea readOnly rows={6} value={copied.value} />
          </label>
        ))}
      <details class="report-json">
        <summary>Exactly what is sent</summary>
        <pre>{JSON.stringify(wire, null, 2)}</pre>
      </details>
    </li>
  );
}
