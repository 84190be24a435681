import { test, expect, extensionWorker } from '../fixtures';

/** Names of the page's registered highlights with their range counts. */
async function highlightCounts(page: import('@playwright/test').Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => (out[name] = h.size));
    return out;
  });
}

test('marks graded claims with highlights and leaves the DOM untouched', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/product.html`);
  const before = await page.evaluate(() => document.body.innerHTML);
  await expect
    .poll(() => highlightCounts(page))
    .toMatchObject({ 'dk-plausible': 1, 'dk-unproven': 1, 'dk-established': 1 });
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
});

test('the badge counts the claims beyond the evidence and the popup lists them by grade', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/product.html`);
  await expect.poll(() => highlightCounts(page)).toMatchObject({ 'dk-plausible': 1 });
  const worker = await extensionWorker(context);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  expect(tabId).toBeDefined();
  await expect
    .poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
    .toBe('1');

  // The popup reads the active tab: open it in a tab beside the page, with the page's tab id.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('verdict')).toHaveText(
    '1 of this page’s health promises goes beyond the evidence.',
  );
  await expect(popup.getByTestId('grade-bar')).toHaveAttribute(
    'aria-label',
    '3 claims about vitamin D/K2: 1 established, 1 plausible, 1 unproven',
  );
  await expect(popup.getByRole('region', { name: 'Plausible' })).toContainText('Vitamin K2 directs calcium');
});

test('a page without vitamin D/K2 text gets no marks and no badge', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/no-claims.html`);
  await page.waitForTimeout(500);
  expect(await highlightCounts(page)).toEqual({});
  const worker = await extensionWorker(context);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
});
