import { browser } from 'wxt/browser';
import { getEndpoint, originPattern } from './endpoint';
import { loadQueue, saveQueue, withQueue } from './queue';
import { toWire, type StoredReport } from './schema';

// Delivery is at-least-once from the browser's side and exactly-once at an endpoint that keeps
// report ids: a report is marked "sending" (and saved) before its request, so a second run never
// picks it up; only a request cut off by a shutdown is repeated, with the same id and
// Idempotency-Key. Failures wait longer each time (exponential backoff) on an alarm, which
// survives the service worker stopping; the wait is stored with the report, so it survives a
// closed browser too.

/** Retry policy. */
export const RETRY = {
  /** Wait after the first failure; doubles with each further failure. */
  firstDelayMs: 30_000,
  maxDelayMs: 6 * 60 * 60_000,
  /** After this many failed attempts a report is marked failed (kept; the reader can retry). */
  maxAttempts: 10,
  /** A request "sending" for longer than this was cut off (browser closed, worker stopped). */
  staleSendingMs: 2 * 60_000,
  timeoutMs: 20_000,
} as const;

/** The alarm that wakes the background for the next retry. */
export const RETRY_ALARM = 'reports-retry';

/** Delay before the next attempt after `failures` failed attempts (1 → 30 s, 2 → 60 s, ...). */
export function retryDelay(failures: number): number {
  return Math.min(RETRY.firstDelayMs * 2 ** Math.max(0, failures - 1), RETRY.maxDelayMs);
}

/** What one request came to. */
export type Outcome = { ok: true } | { ok: false; error: string; permanent: boolean };

/** Posts one report; never throws. */
export async function postReport(url: string, report: StoredReport): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': report.id },
      body: JSON.stringify(toWire(report)),
      credentials: 'omit',
      redirect: 'error',
      signal: AbortSignal.timeout(RETRY.timeoutMs),
    });
    // 409: the endpoint already has this id, which is what a repeated request should hear.
    if (response.ok || response.status === 409) return { ok: true };
    const retryable = response.status >= 500 || [408, 425, 429].includes(response.status);
    return {
      ok: false,
      error: `HTTP ${response.status} ${response.statusText}`.trim(),
      permanent: !retryable,
    };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `no response (${why})`, permanent: false };
  }
}

/** What sending needs from the outside world; tests replace parts of it. */
export interface SendDeps {
  post: (url: string, report: StoredReport) => Promise<Outcome>;
  hasPermission: (originPattern: string) => Promise<boolean>;
  now: () => number;
}

const defaultDeps: SendDeps = {
  post: postReport,
  hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
  now: () => Date.now(),
};

/** Which reports `sendDue` may take: due ones, or (force) the named ones whatever their wait. */
export interface SendOptions {
  force?: boolean;
  ids?: readonly string[];
}

/** Whether a report may be sent now. */
export function isDue(report: StoredReport, now: number, options: SendOptions = {}): boolean {
  const d = report.delivery;
  if (options.ids && !options.ids.includes(report.id)) return false;
  if (d.status === 'sending') return d.sendingSince === null || now - d.sendingSince > RETRY.staleSendingMs;
  if (d.status === 'sent') return false;
  if (options.force) return true;
  if (d.status === 'failed') return false;
  return d.nextAttemptAt === null || d.nextAttemptAt <= now;
}

/** Why nothing could be sent, or null when sending ran. */
export type SendBlock = 'no-endpoint' | 'no-permission' | null;

let sendChain: Promise<unknown> = Promise.resolve();

/**
 * Sends every due report, one at a time, then plans the next retry. Runs are chained, so two
 * triggers (alarm, click, new report) never send the same report concurrently.
 */
export function sendDue(options: SendOptions = {}, deps: SendDeps = defaultDeps): Promise<SendBlock> {
  const run = sendChain.then(() => sendRun(options, deps));
  sendChain = run.catch(() => undefined);
  return run;
}

async function sendRun(options: SendOptions, deps: SendDeps): Promise<SendBlock> {
  const endpoint = await getEndpoint();
  if (!endpoint) {
    await scheduleRetry(null);
    return 'no-endpoint';
  }
  if (!(await deps.hasPermission(originPattern(endpoint.url)))) {
    await scheduleRetry(null);
    return 'no-permission';
  }
  // Each report is tried at most once per run, so a forced run cannot loop on a failing endpoint.
  const tried = new Set<string>();
  for (;;) {
    const claimed = await claimNext(options, deps.now(), tried);
    if (!claimed) break;
    tried.add(claimed.id);
    const outcome = await deps.post(endpoint.url, claimed);
    await settle(claimed.id, outcome, deps.now());
  }
  await scheduleRetry(await withQueue(loadQueue));
  return null;
}

/** Marks the next due report "sending" and saves that before any request is made. */
function claimNext(
  options: SendOptions,
  now: number,
  tried: ReadonlySet<string>,
): Promise<StoredReport | null> {
  return withQueue(async () => {
    const reports = await loadQueue();
    const index = reports.findIndex((r) => !tried.has(r.id) && isDue(r, now, options));
    const report = reports[index];
    if (!report) return null;
    const claimed: StoredReport = {
      ...report,
      delivery: {
        ...report.delivery,
        status: 'sending',
        attempts: report.delivery.attempts + 1,
        sendingSince: now,
        nextAttemptAt: null,
      },
    };
    reports[index] = claimed;
    await saveQueue(reports);
    return claimed;
  });
}

/** Records a request's outcome on its report (if the reader has not deleted it meanwhile). */
function settle(id: string, outcome: Outcome, now: number): Promise<void> {
  return withQueue(async () => {
    const reports = await loadQueue();
    const index = reports.findIndex((r) => r.id === id);
    const report = reports[index];
    if (!report) return;
    const d = report.delivery;
    const giveUp = !outcome.ok && (outcome.permanent || d.attempts >= RETRY.maxAttempts);
    reports[index] = {
      ...report,
      delivery: outcome.ok
        ? { ...d, status: 'sent', sentAt: now, sendingSince: null, nextAttemptAt: null, lastError: null }
        : {
            ...d,
            status: giveUp ? 'failed' : 'queued',
            sendingSince: null,
            nextAttemptAt: giveUp ? null : now + retryDelay(d.attempts),
            lastError: outcome.error.slice(0, 500),
          },
    };
    await saveQueue(reports);
  });
}

/** Sets the retry alarm to the earliest planned attempt, or clears it when none is planned. */
export async function scheduleRetry(reports: readonly StoredReport[] | null): Promise<void> {
  const times = (reports ?? []).flatMap(({ delivery: d }) => {
    if (d.status === 'queued' && d.nextAttemptAt !== null) return [d.nextAttemptAt];
    // A request cut off by a shutdown is retried once it is clearly stale.
    if (d.status === 'sending' && d.sendingSince !== null) return [d.sendingSince + RETRY.staleSendingMs + 1];
    return [];
  });
  if (!times.length) {
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }
  await browser.alarms.create(RETRY_ALARM, { when: Math.min(...times) });
}
