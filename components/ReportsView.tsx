import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { z } from '../claims/zod';
import {
  ask,
  refreshReports,
  reportsError,
  reportsState,
  sendAnswerSchema,
  watchReports,
} from '../utils/reports/client';
import { exportFileName, exportReports } from '../utils/reports/export';
import { ReportCard } from './ReportCard';
import { ReportEndpoint } from './ReportEndpoint';
import './reports.css';

function download(name: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

function run(action: Promise<unknown>): void {
  action.then(refreshReports, (e: unknown) => {
    reportsError.value = e instanceof Error ? e.message : String(e);
  });
}

/** Its own titled section (h1 on a page of its own), or, embedded in the options page that titles it, a plain block. */
function Frame({
  embedded,
  heading,
  children,
}: {
  embedded: boolean;
  heading: 'h1' | 'h2';
  children: ComponentChildren;
}) {
  const Heading = heading;
  return embedded ? (
    <div class="reports" data-testid="reports-view">
      {children}
    </div>
  ) : (
    <section class="reports" aria-labelledby="reports-heading" data-testid="reports-view">
      <Heading id="reports-heading">Your reports</Heading>
      {children}
    </section>
  );
}

/** The Reports view: every report with its state, the endpoint, export and send. Mounted by the options and report pages. */
export function ReportsView({
  embedded = false,
  heading = 'h2',
}: {
  embedded?: boolean;
  heading?: 'h1' | 'h2';
}) {
  useEffect(() => watchReports(), []);
  const state = reportsState.value;
  if (!state)
    return (
      <Frame embedded={embedded} heading={heading}>
        <p>{reportsError.value ?? 'Loading…'}</p>
      </Frame>
    );
  const { reports, quarantine, endpoint, permission } = state;
  const unsent = reports.filter((r) => r.delivery.status === 'queued' || r.delivery.status === 'failed');
  const newest = [...reports].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Frame embedded={embedded} heading={heading}>
      <p class="report-help">
        Claims you reported, with exactly what each report holds. Nothing leaves this computer unless you
        export it or set an endpoint.
      </p>
      {reportsError.value && (
        <p class="report-warning" role="alert">
          {reportsError.value}
        </p>
      )}
      {quarantine.length > 0 && (
        <div class="report-warning" role="alert" data-testid="reports-quarantine">
          <p>
            {quarantine.length} stored item{quarantine.length === 1 ? '' : 's'} could not be read (damaged or
            from another version) and {quarantine.length === 1 ? 'was' : 'were'} set aside, not deleted.
          </p>
          <button
            type="button"
            onClick={() => {
              download('dk-claim-reports-set-aside.json', quarantine);
            }}
          >
            Download set-aside data
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              run(ask({ type: 'reports-clear-quarantine' }, z.boolean()));
            }}
          >
            Discard it
          </button>
        </div>
      )}
      <ReportEndpoint endpoint={endpoint} permission={permission} />
      <div class="report-toolbar">
        <span class="report-count" data-testid="reports-count">
          {reports.length} report{reports.length === 1 ? '' : 's'}, {unsent.length} not sent
        </span>
        <button
          type="button"
          disabled={!reports.length}
          onClick={() => {
            download(exportFileName(), exportReports(reports));
          }}
        >
          Export all (JSON)
        </button>
        {endpoint && (
          <button
            type="button"
            disabled={!unsent.length}
            onClick={() => {
              run(ask({ type: 'reports-send' }, sendAnswerSchema));
            }}
          >
            Send now
          </button>
        )}
      </div>
      {reports.length ? (
        <ul class="report-list">
          {newest.map((r) => (
            <ReportCard key={r.id} report={r} hasEndpoint={endpoint !== null} />
          ))}
        </ul>
      ) : (
        <p class="report-empty">
          No reports yet. Use “Report” in a claim’s tooltip or in the toolbar popup, or select text on a page
          and choose “Report as a vitamin D/K2 claim” from the right-click menu.
        </p>
      )}
    </Frame>
  );
}
