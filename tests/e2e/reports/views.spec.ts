import { test, expect } from '../fixtures';
import { checkBothSchemes } from '../extension-pages/helpers';
import { startEndpoint } from './endpoint';
import { card, report, reportsPage, setEndpoint, SHOTS } from './helpers';

// The report page and the Reports view: what a report shows before it is queued, the view inside
// the options page, editing, copying and deleting, and axe in light and dark schemes.

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
  // In plain words: what is kept, and where the report goes.
  await expect(draft.getByTestId('report-summary')).toContainText(
    'Guidelines call this established physiology.',
  );
  await expect(draft.getByTestId('report-summary')).toContainText('https://shop.example/nordic');
  await expect(draft.getByTestId('report-where')).toHaveText(
    'It stays in this browser until you export it or send it: nothing leaves your computer now.',
  );
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
    // The JSON sits under "Technical details", the readable summary above it.
    await expect(draft.getByTestId('report-summary')).toBeVisible();
    await draft.getByText(/^Technical details/).click();
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
