/// <reference types="chrome" />
import { test, expect, extensionWorker } from '../fixtures';
import { hoverText, markedTexts, snap, tabIdOf, tooltip, waitForMarks, watchErrors } from './helpers';
import { countMessages } from '../robustness/helpers';

// A single-page shop: the description loads late, links navigate with pushState, and a countdown
// ticker keeps rewriting text that mentions D3.

test('marks a description that loads late, and the claims of each pushState page', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  const worker = await extensionWorker(context);
  await page.goto(`${server.url}/page-shop.html`);
  await expect(page.locator('#lazy-claim')).toBeVisible();
  await expect
    .poll(() => markedTexts(page), { timeout: 10_000 })
    .toEqual(['Vitamin K2 directs calcium to your bones and teeth.']);
  const tabId = await tabIdOf(context, page);
  // One plausible claim: nothing beyond the evidence, so the badge shows a check mark.
  await expect
    .poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
    .toBe('✓');
  await snap(page, 'page-shop-lazy');

  await page.getByRole('link', { name: 'MK-7 capsules' }).click();
  await expect(page).toHaveURL(/p=mk7/);
  await expect
    .poll(() => markedTexts(page), { timeout: 10_000 })
    .toEqual(['Taking K2 with D3 helps prevent heart disease.']);
  // The background hears the new address and the new claims (badge and popup stay right).
  await expect
    .poll(() =>
      worker.evaluate(async (id) => {
        const stored = await chrome.storage.session.get(`tab:${id}`);
        const state = stored[`tab:${id}`] as { url: string; findings: { text: string }[] } | undefined;
        return state && { url: state.url, texts: state.findings.map((f) => f.text) };
      }, tabId),
    )
    .toEqual({
      url: `${server.url}/page-shop.html?p=mk7`,
      texts: ['Taking K2 with D3 helps prevent heart disease.'],
    });
  await hoverText(page, '#spa-claim');
  await expect(tooltip(page)).toContainText('Unproven');
  await snap(page, 'page-shop-pushstate-tooltip');
  expect(errors).toEqual([]);
});

test('a ticker that keeps changing does not make the extension rescan in a loop', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const worker = await extensionWorker(context);
  await page.goto(`${server.url}/page-shop.html`);
  await waitForMarks(page, 1);
  // Count the content script's messages from now on, in the service worker.
  const seen = await countMessages(worker);
  // The ticker rewrites "D3 flash sale ends in …" five times a second for three seconds.
  await page.waitForTimeout(3_000);
  const counts = await seen();
  expect(counts['analyze'] ?? 0).toBe(0);
  expect(counts['page-findings'] ?? 0).toBe(0);
  expect(await markedTexts(page)).toEqual(['Vitamin K2 directs calcium to your bones and teeth.']);
});
