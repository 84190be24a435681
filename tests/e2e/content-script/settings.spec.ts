import { GRADE_KEYS } from '../../../claims/grades';
import { test, expect, extensionWorker } from '../fixtures';
import { highlightTexts, markedTexts, tabIdOf, waitForMarks, writeSettings } from './helpers';

// The reader's settings: the per-site switch, which grades get marks, and the mark style.

const ALL_GRADES = Object.fromEntries(GRADE_KEYS.map((key) => [key, true]));

test('a site switched off gets no marks, no UI and no badge', async ({ context, server }) => {
  const worker = await extensionWorker(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/page-product.html`);
  await waitForMarks(page, 6);
  const tabId = await tabIdOf(context, page);
  const badge = () => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  // The badge counts the claims beyond the evidence: one unproven, one contradicted.
  await expect.poll(badge).toBe('2');

  // Off and on again without a reload: the marks and the badge come back.
  await writeSettings(worker, { grades: ALL_GRADES, markStyle: 'both', disabledSites: ['127.0.0.1'] });
  await expect.poll(() => markedTexts(page)).toEqual([]);
  await expect.poll(badge).toBe('');
  // Our stylesheet left the page's adopted sheets too.
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  await writeSettings(worker, { grades: ALL_GRADES, markStyle: 'both', disabledSites: [] });
  await waitForMarks(page, 6);
  await expect.poll(badge).toBe('2');

  await writeSettings(worker, { grades: ALL_GRADES, markStyle: 'both', disabledSites: ['127.0.0.1'] });
  // Switching off takes effect at once, without a reload...
  await expect.poll(() => markedTexts(page)).toEqual([]);
  // ...and after one.
  await page.reload();
  await page.waitForTimeout(1_000);
  expect(await markedTexts(page)).toEqual([]);
  expect(await page.locator('[data-dk-claim-check]').count()).toBe(0);

  await writeSettings(worker, { grades: ALL_GRADES, markStyle: 'both', disabledSites: [] });
  await waitForMarks(page, 6);
});

test('only the chosen grades are marked, in the chosen style', async ({ context, server }) => {
  const worker = await extensionWorker(context);
  await writeSettings(worker, {
    grades: { ...ALL_GRADES, established: false, unreviewed: false },
    markStyle: 'underline',
    disabledSites: [],
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/page-product.html`);
  await waitForMarks(page, 3);
  const marks = await highlightTexts(page);
  expect(marks['dk-established']).toBeUndefined();
  expect(marks['dk-unreviewed']).toBeUndefined();
  expect(marks['dk-plausible']).toEqual(['Vitamin K2 directs calcium to your bones and teeth.']);
  // Underline only: the highlight has no background tint.
  const tinted = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('dk-plausible') ?? [])][0] as Range | undefined;
    const el = range?.startContainer.parentElement;
    return el ? getComputedStyle(el, '::highlight(dk-plausible)').backgroundColor : null;
  });
  expect(tinted).toBe('rgba(0, 0, 0, 0)');
});
