import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { exportFileSchema } from '../../../utils/reports/schema';
import { test, expect, extensionWorker } from '../fixtures';
import { startEndpoint, type Received } from './endpoint';
import { card, report, reportsPage, ROOT, setEndpoint, SHOTS } from './helpers';

// The queue in the real browser: sending exactly once, surviving an endpoint that is down,
// export, and corrupt storage.

test('a queued report reaches the endpoint exactly once, as previewed', async ({ context, extensionId }) => {
  const endpoint = await startEndpoint();
  try {
    const view = await reportsPage(context, extensionId);
    await setEndpoint(view, endpoint.url);
    const draft = await report(context, view, 'K2 unclogs arteries in 30 days.');
    await expect(draft.getByTestId('draft-done')).toContainText(`being sent to ${endpoint.url}`);
    await expect.poll(() => endpoint.received.length).toBe(1);
    await expect(card(view, 'unclogs').getByTestId('report-status')).toHaveText('Sent');
    const sent = endpoint.received[0] as Received;
    // What arrived is what the reader saw under "Exactly what is sent".
    await card(view, 'unclogs').getByText('Exactly what is sent').click();
    const shown: unknown = JSON.parse((await card(view, 'unclogs').locator('pre').textContent()) ?? '');
    expect(sent.body).toEqual(shown);
    expect(sent.idempotencyKey).toBe((shown as { id: string }).id);

    // Later triggers (a retry alarm, a new worker start, Send now) do not send it again.
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.alarms.create('reports-retry', { when: Date.now() }));
    await view.reload();
    await expect(view.getByRole('button', { name: 'Send now' }).first()).toBeDisabled();
    await view.waitForTimeout(1500);
    expect(endpoint.received).toHaveLength(1);
    await view.screenshot({ path: `${SHOTS}/report-view-sent.png`, fullPage: true });
  } finally {
    await endpoint.close();
  }
});

test('with the endpoint down a report stays queued, then goes out once when it is back', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const probe = await startEndpoint();
  const { port, url } = probe;
  await probe.close();
  const received: Received[] = [];

  const view = await reportsPage(context, extensionId);
  await setEndpoint(view, url);
  await report(context, view, 'D3 and K2 double your energy.');
  const item = card(view, 'double your energy');
  await expect(item.getByTestId('report-status')).toHaveText('Queued');
  await expect(item).toContainText(/Attempt 1 failed: no response .*Next try at/);
  const worker = await extensionWorker(context);
  const alarm = await worker.evaluate(() => chrome.alarms.get('reports-retry'));
  expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
  await view.screenshot({ path: `${SHOTS}/report-view-retrying.png`, fullPage: true });

  // The endpoint comes back at the same address; the retry alarm (30 s) sends the report.
  const back = await startEndpoint(port, received);
  try {
    await expect.poll(() => received.length, { timeout: 60_000 }).toBe(1);
    await expect(item.getByTestId('report-status')).toHaveText('Sent');
    expect((received[0]?.body as { quote: { exact: string } }).quote.exact).toBe(
      'D3 and K2 double your energy.',
    );
    await view.waitForTimeout(1500);
    expect(received).toHaveLength(1);
  } finally {
    await back.close();
  }
});

test('export all writes a file the maintainers’ command reads', async ({ context, extensionId }) => {
  const view = await reportsPage(context, extensionId);
  await report(context, view, 'MK-7 scrubs calcium out of your arteries.');
  await report(context, view, 'Vitamin K2 directs calcium into your bones.', {
    claimId: 'k2-directs-calcium-to-bone',
    grade: 'plausible',
    url: 'https://other.example/k2',
  });
  await expect(view.getByTestId('reports-count')).toHaveText('2 reports, 2 not sent');
  const download = view.waitForEvent('download');
  await view.getByRole('button', { name: 'Export all (JSON)' }).click();
  const file = await (await download).path();
  const exported = exportFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  expect(exported.reports.map((r) => r.quote.exact).sort()).toEqual([
    'MK-7 scrubs calcium out of your arteries.',
    'Vitamin K2 directs calcium into your bones.',
  ]);
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/reports.ts', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(cli.status).toBe(0);
  expect(cli.stdout).toContain('2 report(s) in 1 file(s): 2 distinct claim(s)');
  expect(cli.stdout).toContain('disputes: k2-directs-calcium-to-bone (plausible)');
});

test('corrupt stored reports are set aside with a message, and the good ones stay', async ({
  context,
  extensionId,
}) => {
  const view = await reportsPage(context, extensionId);
  await report(context, view, 'K2 is the missing link for strong bones.');
  const worker = await extensionWorker(context);
  await worker.evaluate(async () => {
    const { reports } = await chrome.storage.local.get<{ reports: unknown[] }>('reports');
    await chrome.storage.local.set({ reports: [...reports, 'garbage', { quote: 42 }] });
  });
  await view.reload();
  await expect(view.getByTestId('reports-quarantine')).toContainText(
    '2 stored items could not be read (damaged or from another version) and were set aside, not deleted.',
  );
  await expect(card(view, 'missing link')).toHaveCount(1);
  const quarantine = await worker.evaluate(
    async () => (await chrome.storage.local.get('reports-quarantine'))['reports-quarantine'],
  );
  expect((quarantine as { value: unknown }[]).map((q) => q.value)).toEqual(['garbage', { quote: 42 }]);
  await view.screenshot({ path: `${SHOTS}/report-view-quarantine.png`, fullPage: true });
});
