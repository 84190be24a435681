import { test, expect } from '../fixtures';
import { resolve } from 'node:path';
import {
  SHOTS,
  badgeOf,
  checkBothSchemes,
  beyondEvidence,
  expectedTally,
  expectedVerdict,
  markCount,
  marksByGrade,
  openPopup,
  rgba,
} from './helpers';
import { pageRead, tabIdOf } from '../content-script/helpers';

// The popup, the badge and the switches, on pages served from 127.0.0.1.

test('the popup leads with its verdict, lists the claims worst first and scrolls the page to one', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/pages-long.html`);
  // The page holds claims of several grades and one the catalogue does not cover; the popup must
  // sum up exactly what is marked.
  await expect.poll(() => markCount(page)).toBeGreaterThanOrEqual(4);
  await page.waitForTimeout(500);
  const byGrade = await marksByGrade(page);
  const keys = byGrade.map(([k]) => k);
  expect(keys).toEqual(expect.arrayContaining(['established', 'plausible', 'unproven', 'unreviewed']));
  const total = byGrade.reduce((sum, [, n]) => sum + n, 0);
  const tabId = await tabIdOf(context, page);

  // Badge: the claims beyond the evidence, in the colour of the weakest grade on the page.
  expect(beyondEvidence(byGrade)).toBeGreaterThan(0);
  expect(beyondEvidence(byGrade)).toBeLessThan(total);
  await expect.poll(async () => (await badgeOf(context, tabId)).text).toBe(String(beyondEvidence(byGrade)));
  const weakest = keys.includes('contradicted') ? '#cf222e' : '#bc4c00';
  expect((await badgeOf(context, tabId)).color).toEqual(rgba(weakest));

  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('verdict')).toHaveText(expectedVerdict(byGrade));
  // Worst first: contradicted, unproven, mixed, not yet reviewed, plausible, established.
  const order = ['contradicted', 'unproven', 'mixed', 'unreviewed', 'plausible', 'established'];
  const worstFirst = [...byGrade].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  // The bar has one part per grade, worst first, each as wide as its share and labelled with its count.
  const bar = popup.getByTestId('grade-bar');
  await expect(bar).toHaveAttribute('aria-label', expectedTally(byGrade));
  const parts = bar.locator('.bar-part');
  await expect(parts).toHaveText(worstFirst.map(([, n]) => new RegExp(`^\\D+${n}$`)));
  const widths = await parts.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  worstFirst.forEach(([, n], i) => {
    expect(Math.abs((widths[i] ?? 0) / n - (widths[0] ?? 0) / (worstFirst[0]?.[1] ?? 1))).toBeLessThan(3);
  });
  const groups = popup.locator('section.group');
  await expect(groups.locator('h2')).toHaveText(
    worstFirst.map(([k, n]) => new RegExp(`${k === 'unreviewed' ? 'Not yet reviewed' : k} \\(${n}\\)`, 'i')),
  );
  // The switches and links stay in view however long the list.
  await expect(popup.getByRole('switch', { name: /Hide marks/ })).toBeInViewport();
  await expect(popup.getByTestId('catalogue-link')).toBeInViewport();
  const plausible = popup.getByRole('region', { name: 'Plausible' });
  await expect(plausible).toContainText('Vitamin K2 directs calcium to your bones and teeth.');
  // Each graded claim carries its one-line verdict and a link to its catalogue entry.
  await expect(plausible.locator('.claim-verdict')).toContainText(/\w+/);
  await expect(plausible.getByRole('link', { name: /Why\?/ })).toHaveAttribute(
    'href',
    /^\/catalogue\.html#[a-z0-9-]+$/,
  );
  const unreviewed = popup.getByRole('region', { name: 'Not yet reviewed' });
  await expect(unreviewed).toContainText('sleep better');
  await expect(unreviewed.getByRole('button', { name: 'Report this claim' })).toBeVisible();
  await checkBothSchemes(popup, 'popup-claims');
  // The popup scrolls inside its 600 px: look at its lower half too.
  await popup.locator('.popup-body').evaluate((e) => {
    e.scrollTo(0, e.scrollHeight);
  });
  await popup.screenshot({ path: resolve(SHOTS, 'popup-claims-bottom-light.png') });

  // Click a claim far down the page: the page scrolls until it is in view. Established claims are
  // folded away until asked for.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('#claim-warfarin')).not.toBeInViewport();
  const established = popup.getByRole('region', { name: 'Established' });
  await expect(established.getByRole('button', { name: /warfarin/ })).toBeHidden();
  await established.locator('summary').click();
  await established.getByRole('button', { name: /warfarin/ }).click();
  await page.bringToFront();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
  await expect(page.locator('#claim-warfarin')).toBeInViewport();
});

test('a page without claims says so plainly, with no badge', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/no-claims.html`);
  const tabId = await tabIdOf(context, page);
  // A quiet page shows nothing: its content script's answer says it was read.
  await expect.poll(() => pageRead(context, page)).toBe(true);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('verdict')).toHaveText(
    'No claims about vitamin D or K2 found on this page.',
  );
  await expect(popup.locator('section.group')).toHaveCount(0);
  await expect(popup.getByTestId('grade-bar')).toHaveCount(0);
  expect((await badgeOf(context, tabId)).text).toBe('');
  await checkBothSchemes(popup, 'popup-no-claims');
});

test('a page not read yet says so, instead of "no claims", and offers to reload it', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  // The server holds back the end of the page: until it is parsed, no content script runs in the
  // tab, as in a tab left open from before the extension was installed or updated.
  await page.goto(`${server.url}/no-claims.html?hold=5000`, { waitUntil: 'commit' });
  const tabId = await tabIdOf(context, page);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('verdict')).toHaveText('This page has not been checked.');
  await expect(popup.getByTestId('reload-page')).toBeVisible();
  await expect(popup.locator('section.group')).toHaveCount(0);
  await checkBothSchemes(popup, 'popup-not-checked', false);

  // Once the page is read, the same question gets "no claims".
  await page.waitForLoadState('load');
  await expect.poll(() => pageRead(context, page)).toBe(true);
  const again = await openPopup(context, extensionId, tabId);
  await expect(again.getByTestId('verdict')).toHaveText(
    'No claims about vitamin D or K2 found on this page.',
  );

  // The button reloads the tab.
  const reloaded = page.waitForEvent('load');
  await popup.getByTestId('reload-page').click();
  await reloaded;
});

test('a browser page says the extension cannot read it', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('chrome://version/');
  const tabId = await tabIdOf(context, page);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('verdict')).toHaveText('This page can’t be checked.');
  await expect(popup.getByRole('switch')).toHaveCount(0);
  await checkBothSchemes(popup, 'popup-restricted');
});

test('"Off on this site" survives a reload: no marks, no badge, and the popup says it is off', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/pages-long.html`);
  await expect.poll(() => markCount(page)).toBeGreaterThanOrEqual(4);
  await page.waitForTimeout(300);
  const marked = await markCount(page);
  const beyond = beyondEvidence(await marksByGrade(page));
  const tabId = await tabIdOf(context, page);
  let popup = await openPopup(context, extensionId, tabId);
  const siteOff = popup.getByRole('switch', { name: /Off on this site/ });
  await expect(siteOff).toBeVisible();
  await expect(siteOff).not.toBeChecked();
  await siteOff.check();
  await expect(popup.getByTestId('verdict')).toHaveText('Checking is off on 127.0.0.1.');
  await checkBothSchemes(popup, 'popup-site-off');
  // The badge empties at once, before any reload.
  await expect.poll(async () => (await badgeOf(context, tabId)).text).toBe('');

  await page.reload();
  await page.waitForLoadState('load');
  await page.waitForTimeout(800);
  expect(await markCount(page)).toBe(0);
  expect((await badgeOf(context, tabId)).text).toBe('');

  await popup.close();
  popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByRole('switch', { name: /Off on this site/ })).toBeChecked();
  await expect(popup.getByTestId('verdict')).toHaveText('Checking is off on 127.0.0.1.');

  // And back on: the site is checked again after a reload.
  await popup.getByRole('switch', { name: /Off on this site/ }).uncheck();
  await page.reload();
  await expect.poll(() => markCount(page)).toBe(marked);
  await expect.poll(async () => (await badgeOf(context, tabId)).text).toBe(String(beyond));
});

test('"Hide marks on this tab" hides the marks, keeps the list, and is remembered', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/pages-long.html`);
  await expect.poll(() => markCount(page)).toBeGreaterThanOrEqual(4);
  await page.waitForTimeout(300);
  const marked = await markCount(page);
  const tabId = await tabIdOf(context, page);
  let popup = await openPopup(context, extensionId, tabId);
  await popup.getByRole('switch', { name: 'Hide marks on this tab' }).check();
  await expect.poll(() => markCount(page)).toBe(0);
  await expect(popup.locator('[data-testid="claim"]')).toHaveCount(marked);

  await popup.close();
  popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByRole('switch', { name: 'Hide marks on this tab' })).toBeChecked();
  await popup.getByRole('switch', { name: 'Hide marks on this tab' }).uncheck();
  await expect.poll(() => markCount(page)).toBe(marked);
});

test('reporting an unreviewed claim from the popup opens the report with its quote and the text around it', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/pages-long.html`);
  await expect.poll(() => markCount(page)).toBeGreaterThanOrEqual(4);
  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Report this claim' }).click();
  const report = await opened;
  await expect(report).toHaveURL(/\/report\.html\?draft=/);
  await expect(report.locator('body')).toContainText('Vitamin D3 and K2 help you sleep better.');
  // The popup never sees the page: the context comes from what the content script reported.
  const around = report.locator('.report-context');
  await expect(around.first()).toContainText('is strong and settled.');
  await expect(around.last()).toContainText('Store in a cool');
  await report.screenshot({ path: resolve(SHOTS, 'report-from-popup.png') });
  await expect(popup.getByRole('status')).toContainText('The report opened in a new tab');
});

test('the popup links to the catalogue page and to how we grade', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/pages-long.html`);
  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));
  let opened = context.waitForEvent('page');
  await popup.getByRole('link', { name: 'Catalogue of graded claims' }).click();
  const catalogue = await opened;
  await expect(catalogue.getByRole('heading', { level: 1 })).toHaveText('The D3/K2 claim catalogue');
  opened = context.waitForEvent('page');
  await popup.getByRole('link', { name: 'How we grade' }).click();
  const grading = await opened;
  const section = grading.getByRole('region', { name: 'How we grade' });
  await expect(section).toBeInViewport();
  // Who, from what, when, and what the grades mean.
  for (const word of ['Who.', 'From what.', 'When.', 'What the grades mean.'])
    await expect(section).toContainText(word);
  await expect(section.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(section.locator('.legend .grade-badge')).toHaveCount(6);
});

test('the badge stays on a jump to an #anchor and clears when the tab moves to a page without claims', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/pages-long.html`);
  const tabId = await tabIdOf(context, page);
  await expect.poll(async () => (await badgeOf(context, tabId)).text).toMatch(/^[1-9]/);
  const badge = (await badgeOf(context, tabId)).text;

  await page.goto(`${server.url}/pages-long.html#claim-heart`);
  await page.waitForTimeout(500);
  expect((await badgeOf(context, tabId)).text).toBe(badge);

  await page.goto(`${server.url}/no-claims.html`);
  await expect.poll(async () => (await badgeOf(context, tabId)).text).toBe('');
});
