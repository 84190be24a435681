import type { Page } from '@playwright/test';
import { test, expect, extensionWorker } from '../fixtures';
import { hoverText, tabIdOf, tooltip } from '../content-script/helpers';
import { SELECTION_ARGS, readSelectionContext } from '../../../utils/reports/selection';

// The three ways of reporting, each to the report page, where the reader confirms (click two)
// and the report appears in the Reports view.

/** Confirms the draft on the report page that opened and returns it. */
async function confirmDraft(draft: Page, options: { note?: string; scope?: RegExp } = {}): Promise<void> {
  await draft.waitForLoadState();
  await expect(draft).toHaveURL(/\/report\.html\?draft=/);
  await expect(draft.getByRole('heading', { name: 'Report a claim' })).toBeVisible();
  if (options.scope) await draft.getByRole('radio', { name: options.scope }).check();
  if (options.note) await draft.getByLabel('Note (optional)').fill(options.note);
  await draft.getByRole('button', { name: 'Queue report' }).click();
  await expect(draft.getByTestId('draft-done')).toContainText('Queued');
}

test('context menu: a selected sentence the finder missed is read with its context and reported', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/report-claims.html`);
  // Select one sentence inside the paragraph, as a reader would with the mouse.
  const sentence = 'Our sunshine capsules melt away winter tiredness in a week.';
  await page.evaluate((s) => {
    const p = document.getElementById('missed');
    const text = p?.firstChild as Text;
    const start = text.data.indexOf(s);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + s.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, sentence);
  // What the menu's click runs in the page (a real click grants activeTab for it; automation
  // cannot, and the shipped build holds no host permission, so it is run here as the page would).
  const read = await page.evaluate(`(${readSelectionContext.toString()})(${SELECTION_ARGS.join(', ')})`);
  expect(read).toMatchObject({ exact: sentence, suffix: ' Free shipping on orders over $3' });
  expect((read as { prefix: string }).prefix).toMatch(/in men\. Customers love it\. $/);
  const tabId = await tabIdOf(context, page);
  const worker = await extensionWorker(context);
  // Automation cannot click a native menu: call what the menu item's click calls. Without the
  // click's activeTab grant the page cannot be read, and the quote alone makes the report.
  const opened = context.waitForEvent('page');
  await worker.evaluate(
    async ({ id, text }) => {
      const tab = await chrome.tabs.get(id);
      const hooks = (
        globalThis as unknown as {
          dkReports: { handleSelectionReport: (...a: unknown[]) => Promise<unknown> };
        }
      ).dkReports;
      return hooks.handleSelectionReport({ selectionText: text, frameId: 0, pageUrl: tab.url }, tab);
    },
    { id: tabId, text: sentence },
  );
  const draft = await opened;
  await draft.waitForLoadState();
  const preview = draft.getByTestId('report-preview');
  await expect(preview).toContainText(`"exact": "${sentence}"`);
  await expect(preview).toContainText('"source": "context-menu"');
  await expect(preview).toContainText(`"url": "${server.url}/report-claims.html"`);
  // Cutting the address to the site shows at once in what will be sent.
  await draft.getByRole('radio', { name: /site only/ }).check();
  await expect(preview).toContainText(`"url": "${server.url}"`);
  await expect(preview).not.toContainText('report-claims.html');
  await confirmDraft(draft, { note: 'A claim the finder did not mark' });

  const view = draft.getByTestId('reports-view');
  const card = view.getByTestId('report').filter({ hasText: sentence });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('report-status')).toHaveText('Queued');
  await expect(card.getByRole('textbox', { name: 'Note' })).toHaveValue('A claim the finder did not mark');
});

test('popup: a "not yet reviewed" claim is reported from the popup list', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/report-claims.html`);
  const tabId = await tabIdOf(context, page);
  const worker = await extensionWorker(context);
  await expect
    .poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
    .not.toBe('');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const item = popup.getByTestId('claim').filter({ hasText: 'testosterone' });
  const opened = context.waitForEvent('page');
  await item.getByRole('button', { name: 'Report this claim' }).click();
  const draft = await opened;
  await draft.waitForLoadState();
  const preview = draft.getByTestId('report-preview');
  await expect(preview).toContainText('"exact": "Vitamin D3 naturally boosts testosterone levels in men."');
  await expect(preview).toContainText('"source": "popup"');
  await expect(preview).toContainText('"claimId": null');
  await confirmDraft(draft);
  const card = draft.getByTestId('reports-view').getByTestId('report');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Not yet reviewed');

  // Reporting the same claim again from the popup keeps one report.
  const popup2 = await context.newPage();
  await popup2.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const again = context.waitForEvent('page');
  await popup2
    .getByTestId('claim')
    .filter({ hasText: 'testosterone' })
    .getByRole('button', { name: 'Report this claim' })
    .click();
  const second = await again;
  await second.waitForLoadState();
  await expect(second.getByTestId('draft-duplicate')).toContainText('You reported this quote from this page');
  await second.getByRole('button', { name: 'Keep one report' }).click();
  await expect(second.getByTestId('reports-view').getByTestId('report')).toHaveCount(1);
});

test('tooltip: "Report this claim" on an unreviewed mark and "Report a problem" on a graded one', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/report-claims.html`);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);

  await hoverText(page, '#unreviewed');
  let opened = context.waitForEvent('page');
  await tooltip(page).getByRole('button', { name: 'Report this claim' }).click();
  let draft = await opened;
  await draft.waitForLoadState();
  let preview = draft.getByTestId('report-preview');
  await expect(preview).toContainText('"exact": "Vitamin D3 naturally boosts testosterone levels in men."');
  await expect(preview).toContainText('"source": "tooltip"');
  await expect(preview).toContainText('"claimId": null');
  // The content script knows the text around the claim: the previous paragraph ends the prefix.
  await expect(preview).toContainText(/"prefix": "[^"]*recyclable\. "/);
  await confirmDraft(draft);
  await draft.close();

  // A graded claim: the reader disputes the verdict, and the report names the entry and grade.
  await page.bringToFront();
  await hoverText(page, '#matched');
  opened = context.waitForEvent('page');
  await tooltip(page).getByRole('button', { name: 'Report a problem' }).click();
  draft = await opened;
  await draft.waitForLoadState();
  preview = draft.getByTestId('report-preview');
  await expect(preview).toContainText('"claimId": "k2-directs-calcium-to-bone"');
  await expect(preview).toContainText('"grade": "plausible"');
  await expect(draft.getByText('Wrong verdict? Graded plausible')).toBeVisible();
  await confirmDraft(draft, { note: 'Should this not be established?' });
  await expect(draft.getByTestId('reports-view').getByTestId('report')).toHaveCount(2);
});
