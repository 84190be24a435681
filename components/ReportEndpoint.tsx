import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { ask, refreshReports, sendAnswerSchema } from '../utils/reports/client';
import { endpointProblem, originPattern, type Endpoint } from '../utils/reports/endpoint';

/** The reader's endpoint: where reports are sent, over HTTPS, with its host permission asked for here. */
export function ReportEndpoint({ endpoint, permission }: { endpoint: Endpoint | null; permission: boolean }) {
  const draft = useSignal(endpoint?.url ?? '');
  const message = useSignal<string | null>(null);

  const save = async (e: Event) => {
    e.preventDefault();
    const url = draft.value.trim();
    const problem = endpointProblem(url);
    if (problem) {
      message.value = problem;
      return;
    }
    // Asked first thing in the click: browsers grant permissions only from a user gesture.
    const granted = await browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
    if (!granted) {
      message.value = `Without permission to reach ${new URL(url).host}, reports cannot be sent there. Nothing was saved.`;
      return;
    }
    message.value = null;
    await ask({ type: 'reports-set-endpoint', url }, sendAnswerSchema);
    await refreshReports();
  };
  const clear = async () => {
    await ask({ type: 'reports-set-endpoint', url: null }, sendAnswerSchema);
    // Give back the host access asked for on Save (loopback is part of the manifest and stays).
    if (endpoint)
      await browser.permissions.remove({ origins: [originPattern(endpoint.url)] }).catch(() => false);
    draft.value = '';
    await refreshReports();
  };

  return (
    <form class="report-endpoint" onSubmit={(e) => void save(e)}>
      <label for="report-endpoint-url">Send reports to (optional)</label>
      <div class="report-endpoint-row">
        <input
          id="report-endpoint-url"
          type="url"
          inputMode="url"
          placeholder="https://example.org/claim-reports"
          value={draft.value}
          onInput={(e) => (draft.value = e.currentTarget.value)}
          aria-describedby="report-endpoint-help"
        />
        <button type="submit">Save</button>
        {endpoint && (
          <button type="button" onClick={() => void clear()}>
            Stop sending
          </button>
        )}
      </div>
      <p id="report-endpoint-help" class="report-help" role={message.value ? 'alert' : undefined}>
        {message.value ??
          (endpoint
            ? permission
              ? `Queued reports are sent to ${endpoint.url}, each once, retrying later if it cannot be reached.`
              : `Permission to reach ${new URL(endpoint.url).host} is missing: press Save to grant it.`
            : 'No endpoint: reports stay on this computer until you export them. HTTPS only; the browser asks you for access to that one site when you save.')}
      </p>
    </form>
  );
}
