import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setEndpoint } from '../endpoint';
import { addReport, loadQueue, updateReport, withQueue } from '../queue';
import { RETRY, RETRY_ALARM, retryDelay, scheduleRetry, sendDue, type Outcome, type SendDeps } from '../send';
import type { StoredReport } from '../schema';
import { makeReport } from './helpers';

const T0 = new Date('2026-11-21T12:00:00Z').getTime();

/** A fake endpoint: records each request and answers from a script of outcomes. */
function endpoint(...script: Outcome[]) {
  const received: StoredReport[] = [];
  const deps: SendDeps = {
    post: (_url, report) => {
      received.push(report);
      return Promise.resolve(script.shift() ?? { ok: true });
    },
    hasPermission: () => Promise.resolve(true),
    now: () => Date.now(),
  };
  return { received, deps };
}

const down: Outcome = { ok: false, error: 'no response (connection refused)', permanent: false };
const queue = () => withQueue(loadQueue);
const alarmTime = async () => (await fakeBrowser.alarms.get(RETRY_ALARM))?.scheduledTime;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  await setEndpoint('https://reports.example/in');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retryDelay', () => {
  it('doubles from 30 seconds and stops at 6 hours', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelay(30)).toBe(RETRY.maxDelayMs);
  });
});

describe('sending', () => {
  it('sends a queued report once and marks it sent', async () => {
    const { received, deps } = endpoint();
    await addReport(await makeReport());
    await sendDue({}, deps);
    await sendDue({}, deps);
    await sendDue({ force: true }, deps);
    expect(received).toHaveLength(1);
    expect((await queue())[0]?.delivery).toMatchObject({ status: 'sent', attempts: 1, sentAt: T0 });
    expect(await alarmTime()).toBeUndefined();
  });

  it('never sends a report twice when triggers overlap', async () => {
    const { received, deps } = endpoint();
    await addReport(await makeReport('K2 makes bones strong.'));
    await addReport(await makeReport('D3 cures winter blues.'));
    await Promise.all([sendDue({}, deps), sendDue({}, deps), sendDue({ force: true }, deps)]);
    expect(received.map((r) => r.quote.exact).sort()).toEqual([
      'D3 cures winter blues.',
      'K2 makes bones strong.',
    ]);
  });

  it('retries on an alarm with exponential backoff, and the report stays queued meanwhile', async () => {
    const { received, deps } = endpoint(down, down, { ok: true });
    const report = await makeReport();
    await addReport(report);

    await sendDue({}, deps);
    let [r] = await queue();
    expect(r?.delivery).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: T0 + 30_000 });
    expect(r?.delivery.lastError).toMatch(/connection refused/);
    expect(await alarmTime()).toBe(T0 + 30_000);

    // The alarm cannot fire early, but a run before the wait is over must not send.
    vi.setSystemTime(T0 + 29_000);
    await sendDue({}, deps);
    expect(received).toHaveLength(1);

    vi.setSystemTime(T0 + 30_000);
    await sendDue({}, deps);
    [r] = await queue();
    expect(r?.delivery).toMatchObject({ status: 'queued', attempts: 2, nextAttemptAt: T0 + 30_000 + 60_000 });
    expect(await alarmTime()).toBe(T0 + 90_000);

    vi.setSystemTime(T0 + 90_000);
    await sendDue({}, deps);
    [r] = await queue();
    expect(r?.delivery).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(received.map((x) => x.id)).toEqual([report.id, report.id, report.id]);
    expect(await alarmTime()).toBeUndefined();
  });

  it('a forced send ignores the wait but tries each report once per run', async () => {
    const { received, deps } = endpoint(down, down, down);
    await addReport(await makeReport());
    await sendDue({ force: true }, deps);
    expect(received).toHaveLength(1);
    await sendDue({ force: true }, deps);
    expect(received).toHaveLength(2);
  });

  it('gives up after the last attempt but keeps the report, which the reader can retry', async () => {
    const { received, deps } = endpoint(...Array.from({ length: RETRY.maxAttempts }, () => down));
    const report = await makeReport();
    await addReport(report);
    for (let i = 0; i < RETRY.maxAttempts; i++) {
      await sendDue({ force: true }, deps);
    }
    expect((await queue())[0]?.delivery).toMatchObject({ status: 'failed', attempts: RETRY.maxAttempts });
    await sendDue({}, deps);
    expect(received).toHaveLength(RETRY.maxAttempts);
    await sendDue({ force: true, ids: [report.id] }, deps);
    expect((await queue())[0]?.delivery.status).toBe('sent');
  });

  it('marks a report refused by the endpoint (4xx) as failed at once', async () => {
    const { deps } = endpoint({ ok: false, error: 'HTTP 400 Bad Request', permanent: true });
    await addReport(await makeReport());
    await sendDue({}, deps);
    expect((await queue())[0]?.delivery).toMatchObject({
      status: 'failed',
      lastError: 'HTTP 400 Bad Request',
    });
  });

  it('resends a request cut off by a shutdown only once it is stale, with the same id', async () => {
    const { received, deps } = endpoint();
    const report = await makeReport();
    await addReport(report);
    // The worker died after marking the report "sending": the browser was closed mid-request.
    await updateReport(report.id, (r) => ({
      ...r,
      delivery: { ...r.delivery, status: 'sending', attempts: 1, sendingSince: T0 },
    }));
    await scheduleRetry(await queue());
    expect(await alarmTime()).toBe(T0 + RETRY.staleSendingMs + 1);
    await sendDue({ force: true }, deps);
    expect(received).toHaveLength(0);
    vi.setSystemTime(T0 + RETRY.staleSendingMs + 1);
    await sendDue({}, deps);
    expect(received.map((r) => r.id)).toEqual([report.id]);
    expect((await queue())[0]?.delivery).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('sends nothing without an endpoint or its permission, and keeps the reports queued', async () => {
    const { received, deps } = endpoint();
    await addReport(await makeReport());
    await setEndpoint(null);
    expect(await sendDue({}, deps)).toBe('no-endpoint');
    await setEndpoint('https://reports.example/in');
    expect(await sendDue({}, { ...deps, hasPermission: () => Promise.resolve(false) })).toBe('no-permission');
    expect(received).toHaveLength(0);
    expect((await queue())[0]?.delivery).toMatchObject({ status: 'queued', attempts: 0 });
  });

  it('keeps the reader’s deletion when a request was in flight', async () => {
    const report = await makeReport();
    await addReport(report);
    const deps: SendDeps = {
      post: async () => {
        await withQueue(async () => {
          await fakeBrowser.storage.local.set({ reports: [] });
        });
        return { ok: true };
      },
      hasPermission: () => Promise.resolve(true),
      now: () => Date.now(),
    };
    await sendDue({}, deps);
    expect(await queue()).toEqual([]);
  });
});
