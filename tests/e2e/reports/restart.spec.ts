import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, extensionWorker, launchWithExtension } from '../fixtures';
import { startEndpoint, type Received } from './endpoint';

// "A closed browser leaves the report queued, never lost": the queue and its retry time live in
// storage, so a report that could not go out before the browser closed goes out after it restarts.

test('a report that failed before the browser closed is sent once after a restart', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'dk-profile-restart-'));
  const probe = await startEndpoint();
  const { port, url } = probe;
  await probe.close();

  let context = await launchWithExtension({ profile });
  let worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  const view = await context.newPage();
  await view.goto(`chrome-extension://${extensionId}/report.html`);
  await view.getByLabel('Send reports to (optional)').fill(url);
  await view.getByRole('button', { name: 'Save' }).click();
  const opened = context.waitForEvent('page');
  await view.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'report-claim',
      quote: 'K2 melts arterial plaque.',
      url: 'https://shop.example/k2',
      title: 'K2',
      source: 'tooltip',
    }),
  );
  const draft = await opened;
  await draft.getByRole('button', { name: 'Queue report' }).click();
  await expect(view.getByTestId('report').getByTestId('report-status')).toHaveText('Queued');
  await expect(view.getByTestId('report')).toContainText('Attempt 1 failed');
  await context.close();

  // The endpoint comes back while the browser is closed; the browser restarts on the same profile.
  const received: Received[] = [];
  const endpoint = await startEndpoint(port, received);
  try {
    context = await launchWithExtension({ profile });
    worker = await extensionWorker(context);
    await expect.poll(() => received.length, { timeout: 60_000 }).toBe(1);
    expect((received[0]?.body as { quote: { exact: string } }).quote.exact).toBe('K2 melts arterial plaque.');
    const after = await context.newPage();
    await after.goto(`chrome-extension://${extensionId}/report.html`);
    await expect(after.getByTestId('report-status')).toHaveText('Sent');
    await after.waitForTimeout(1000);
    expect(received).toHaveLength(1);
    await context.close();
  } finally {
    await endpoint.close();
  }
});
