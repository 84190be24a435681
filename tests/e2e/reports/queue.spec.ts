import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { exportFileSchema } from '../../../utils/reports/schema';
import { test, expect, extensionWorker } from '../fixtures';
import { checkBothSchemes } from '../extension-pages/helpers';
import { startEndpoint, type Received } from './endpoint';

// The queue in the real browser: sending exactly once, surviving an endpoint that is down,
// export, corrupt storage, and the view inside the options page.

const ROOT = resolve(import.meta.dirname, '../../..');
const SHOTS = resolve(ROOT, 'artifacts/screenshots');
mkdirSync(SHOTS, { recursive: true });

async function reportsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/report.html`);
  await expect(page.getByTestId('reports-count')).toBeVisible();
  return page;
}

/** Starts a report as the tooltip does (a 'report-claim' message) and confirms it on the report page. */
async function report(
  context: BrowserContext,
  from: Page,
  quote: string,
  extra: Record<string, unknown> = {},
): Promise<Page> {
  const opened = context.waitForEvent('page');
  await from.evaluate((request) => chrome.runtime.sendMessage(request), {
    type: 'report-claim',
    quote,
    prefix: 'Why it works: ',
    suffix: ' Buy now.',
    start: 12,
    end: 12 + quote.length,
    url: 'https://shop.example/d3k2?variant=2',
    title: 'D3 + K2 drops',
    claimId: null,
    grade: null,
    source: 'tooltip',
    ...extra,
  });
  const draft = await opened;
  await draft.waitForLoadState();
  await draft.getByRole('button', { name: 'Queue report' }).click();
  await expect(draft.getByTestId('draft-done')).toBeVisible();
  return draft;
}

async function setEndpoint(page: Page, url: string): Promise<void> {
  await page.getByLabel('Send reports to (optional)').fill(url);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#report-endpoint-help')).toContainText(`sent to ${url}`);
}

const card = (page: Page, text: string) => page.getByTestId('report').filter({ hasText: text });

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

test('the Reports view sits in the options page and follows a dark scheme', async ({
  context,
  extensionId,
}) => {
  const view = await reportsPage(context, extensionId);
  const draft = await report(context, view, 'Vitamin D3 cures seasonal sadness.');
  await draft.screenshot({ path: `${SHOTS}/report-draft-done.png`, fullPage: true });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.locator('#reports');
  await expect(section.getByTestId('report')).toHaveCount(1);
  await expect(section.getByTestId('report-status')).toHaveText('Queued');
  await section.screenshot({ path: `${SHOTS}/report-options.png` });
  await options.emulateMedia({ colorScheme: 'dark' });
  await section.screenshot({ path: `${SHOTS}/report-options-dark.png` });
});

test('the report page shows exactly what will be queued before anything is', async ({
  context,
  extensionId,
}) => {
  const view = await reportsPage(context, extensionId);
  const opened = context.waitForEvent('page');
  await view.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'report-claim',
      quote: 'Vitamin K2 directs calcium to your bones and teeth.',
      prefix: 'Nordic D3 + K2 softgels ',
      suffix: ' Our bottles are recyclable.',
      start: 24,
      end: 75,
      url: 'https://shop.example/nordic?utm_source=news',
      title: 'Nordic D3 + K2 softgels',
      claimId: 'k2-directs-calcium-to-bone',
      grade: 'plausible',
      source: 'tooltip',
    }),
  );
  const draft = await opened;
  await draft.waitForLoadState();
  await expect(draft.getByText('Wrong verdict? Graded plausible')).toBeVisible();
  await draft.getByLabel('Note (optional)').fill('Guidelines call this established physiology.');
  await expect(draft.getByTestId('report-preview')).toContainText(
    '"note": "Guidelines call this established physiology."',
  );
  await draft.screenshot({ path: `${SHOTS}/report-draft.png`, fullPage: true });
  // Nothing is queued until the reader presses "Queue report".
  await view.reload();
  await expect(view.getByTestId('reports-count')).toHaveText('0 reports, 0 not sent');
});

test('the report page and the Reports view (sent, failed, retrying) pass axe in light and dark', async ({
  context,
  extensionId,
}) => {
  // The endpoint takes one report, refuses one (400) and is briefly unavailable for the third (503).
  const endpoint = await startEndpoint(0, [], (body) => {
    const exact = (body as { quote: { exact: string } }).quote.exact;
    return exact.includes('refused') ? 400 : exact.includes('later') ? 503 : 201;
  });
  try {
    const view = await reportsPage(context, extensionId);
    await setEndpoint(view, endpoint.url);
    await report(context, view, 'Vitamin D3 and K2 keep arteries flexible.');
    await report(context, view, 'This report is refused: K2 regrows teeth.', { url: 'https://b.example/' });
    await report(context, view, 'This one goes later: D3 cures colds.', { url: 'https://c.example/' });
    await expect(card(view, 'flexible').getByTestId('report-status')).toHaveText('Sent');
    await expect(card(view, 'refused').getByTestId('report-status')).toHaveText('Failed');
    await expect(card(view, 'refused')).toContainText('HTTP 400');
    await expect(card(view, 'later').getByTestId('report-status')).toHaveText('Queued');
    await expect(card(view, 'later')).toContainText(/HTTP 503.*Next try at/);
    await checkBothSchemes(view, 'report-view');

    const opened = context.waitForEvent('page');
    await view.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'report-claim',
        quote: 'Vitamin K2 directs calcium to your bones and teeth.',
        url: 'https://shop.example/nordic',
        title: 'Nordic D3 + K2 softgels',
        claimId: 'k2-directs-calcium-to-bone',
        grade: 'plausible',
        source: 'tooltip',
      }),
    );
    const draft = await opened;
    await draft.waitForLoadState();
    await expect(draft.getByTestId('report-preview')).toBeVisible();
    await checkBothSchemes(draft, 'report-draft');
  } finally {
    await endpoint.close();
  }
});

test('a report’s note can be edited, it can be copied as Markdown, and deleted', async ({
  context,
  extensionId,
}) => {
  const view = await reportsPage(context, extensionId);
  await report(context, view, 'Vitamin K2 keeps arteries as soft as a teenager’s.');
  const item = card(view, 'teenager');
  await item.getByRole('textbox', { name: 'Note' }).fill('Seen on three shops this week.');
  await item.getByRole('button', { name: 'Save note' }).click();
  await expect(item.getByRole('button', { name: 'Save note' })).toBeHidden();
  await view.reload();
  await expect(card(view, 'teenager').getByRole('textbox', { name: 'Note' })).toHaveValue(
    'Seen on three shops this week.',
  );

  // Headless Chromium cannot grant an extension page the clipboard: stand in for the browser's
  // clipboard, once accepting and once refusing, to see both what is copied and the fallback.
  await view.evaluate(() => {
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: {
        writeText: (text: string) => {
          w.copied.push(text);
          return w.copied.length > 1 ? Promise.reject(new Error('denied')) : Promise.resolve();
        },
      },
    });
  });
  await card(view, 'teenager').getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(card(view, 'teenager').getByRole('status')).toHaveText('Copied as Markdown.');
  const [markdown] = await view.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(markdown).toMatch(/^### Claim report [0-9a-f-]{36}\n/);
  expect(markdown).toContain('**Vitamin K2 keeps arteries as soft as a teenager’s.**');
  expect(markdown).toContain('- Page: <https://shop.example/d3k2?variant=2> — D3 + K2 drops');
  expect(markdown).toContain('> Seen on three shops this week.');
  await card(view, 'teenager').getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(
    card(view, 'teenager').getByRole('textbox', { name: /select and copy this Markdown/ }),
  ).toHaveValue(markdown ?? '');

  await card(view, 'teenager').getByRole('button', { name: 'Delete…' }).click();
  await card(view, 'teenager').getByRole('button', { name: 'Keep' }).click();
  await expect(card(view, 'teenager')).toHaveCount(1);
  await card(view, 'teenager').getByRole('button', { name: 'Delete…' }).click();
  await card(view, 'teenager').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(card(view, 'teenager')).toHaveCount(0);
  await expect(view.getByTestId('reports-count')).toHaveText('0 reports, 0 not sent');
});
