import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { z } from '../claims/zod';
import { ask, draftAnswerSchema, refreshReports } from '../utils/reports/client';
import { reportFromDraft } from '../utils/reports/draft';
import { scopeUrl } from '../utils/reports/key';
import { MAX_NOTE, storedReportSchema, toWire, URL_SCOPES, type UrlScope } from '../utils/reports/schema';
import { ReportQuote, ReportVerdict } from './ReportQuote';
import './reports.css';

const confirmAnswer = z.union([
  z.object({ ok: z.literal(true), added: z.boolean(), report: storedReportSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

const SCOPE_LABEL: Record<UrlScope, string> = {
  full: 'The full address',
  site: 'The site only',
  none: 'Leave the page out (no address, no title)',
};

/** Step two of reporting: shows exactly what will be queued, lets the reader cut the URL and add a note. */
export function ReportDraft({ draftId }: { draftId: string }) {
  const answer = useSignal<z.infer<typeof draftAnswerSchema> | null>(null);
  const error = useSignal<string | null>(null);
  const scope = useSignal<UrlScope>('full');
  const note = useSignal('');
  const done = useSignal<string | null>(null);

  useEffect(() => {
    ask({ type: 'reports-get-draft', draftId }, draftAnswerSchema).then(
      (a) => (answer.value = a),
      (e: unknown) => (error.value = String(e)),
    );
  }, [draftId]);

  if (error.value) return <p role="alert">Could not open this report: {error.value}</p>;
  if (!answer.value) return <p>Loading…</p>;
  const { draft, existing, endpoint } = answer.value;
  if (done.value)
    return (
      <section class="report-draft" aria-labelledby="draft-heading">
        <h1 id="draft-heading">Report queued</h1>
        <p role="status" data-testid="draft-done">
          {done.value}
        </p>
        <button
          type="button"
          onClick={() => {
            window.close();
          }}
        >
          Close this tab
        </button>
      </section>
    );
  if (!draft)
    return (
      <section class="report-draft">
        <h1>Report a claim</h1>
        <p>
          This report was already queued, or it expired when the browser closed. Your reports are listed
          below.
        </p>
      </section>
    );
  const preview = toWire(reportFromDraft(draft, scope.value, note.value));
  const alreadySent = existing?.delivery.status === 'sent';
  const queue = async () => {
    const result = await ask(
      { type: 'reports-confirm-draft', draftId, urlScope: scope.value, note: note.value },
      confirmAnswer,
    );
    if (!result.ok) error.value = result.error;
    else {
      done.value = result.added
        ? endpoint
          ? `Queued. It is being sent to ${endpoint.url}.`
          : 'Queued. It stays on this computer until you export it or set an endpoint below.'
        : 'You had already reported this quote from this page: that report was kept' +
          (note.value.trim() ? ' and now carries your note.' : '.');
      await refreshReports();
    }
  };
  return (
    <section class="report-draft" aria-labelledby="draft-heading">
      <h1 id="draft-heading">Report a claim</h1>
      <ReportQuote quote={preview.quote} />
      <p class="report-line">
        <ReportVerdict match={preview.match} />
      </p>
      {existing && (
        <p class="report-warning" role="status" data-testid="draft-duplicate">
          You reported this quote from this page on {new Date(existing.createdAt).toLocaleString()} (
          {existing.delivery.status}).{' '}
          {alreadySent
            ? 'It has been sent; it will not be sent again.'
            : 'Queuing it again keeps one report.'}
        </p>
      )}
      <fieldset class="report-scope">
        <legend>Page address to include</legend>
        {URL_SCOPES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="scope"
              value={s}
              checked={scope.value === s}
              onChange={() => (scope.value = s)}
            />{' '}
            {SCOPE_LABEL[s]}
            {s !== 'none' && ' '}
            {s !== 'none' && <span class="report-url">{scopeUrl(draft.request.url, s) ?? '(none)'}</span>}
          </label>
        ))}
      </fieldset>
      <label class="report-note">
        <span>Note (optional)</span>
        <textarea
          rows={3}
          maxLength={MAX_NOTE}
          value={note.value}
          placeholder="What is wrong with the verdict, or where the claim is discussed"
          onInput={(e) => (note.value = e.currentTarget.value)}
        />
      </label>
      <h2 class="report-subhead">What the report keeps</h2>
      <dl class="report-summary" data-testid="report-summary">
        <dt>The claim</dt>
        <dd>“{preview.quote.exact}”</dd>
        <dt>The page</dt>
        <dd>{scopeUrl(draft.request.url, scope.value) ?? 'Left out'}</dd>
        <dt>Our grade</dt>
        <dd>{preview.match.claimId ? (preview.match.grade ?? 'ungraded') : 'Not yet reviewed'}</dd>
        {note.value.trim() && (
          <>
            <dt>Your note</dt>
            <dd>{note.value.trim()}</dd>
          </>
        )}
      </dl>
      <p class="report-where" data-testid="report-where">
        {endpoint
          ? `Queuing sends it to ${endpoint.url}, and nowhere else.`
          : 'It stays in this browser until you export it or send it: nothing leaves your computer now.'}
      </p>
      <details class="report-technical">
        <summary>Technical details: exactly what will be {endpoint ? 'sent' : 'kept and exported'}</summary>
        <pre class="report-preview" data-testid="report-preview">
          {JSON.stringify(preview, null, 2)}
        </pre>
      </details>
      <div class="report-actions">
        <button type="button" class="primary" disabled={alreadySent} onClick={() => void queue()}>
          {existing ? 'Keep one report' : 'Queue report'}
        </button>
        <button
          type="button"
          onClick={() => {
            window.close();
          }}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
