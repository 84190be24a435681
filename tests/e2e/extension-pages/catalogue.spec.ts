import { test, expect } from '../fixtures';
import { resolve } from 'node:path';
import { SHOTS, checkBothSchemes } from './helpers';

// The catalogue page: every entry, searchable, filterable, each reachable by its id.

test('the catalogue lists every entry with its grade, verdict, sources and review date', async ({
  context,
  extensionId,
}) => {
  // axe over the whole long page, twice, takes most of the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/catalogue.html`);
  const entries = page.getByTestId('entry');
  const total = await entries.count();
  expect(total).toBeGreaterThan(3);
  await expect(page.getByTestId('result-count')).toHaveText(`${total} claims.`);
  // Read every entry in one pass: an expect per entry and field outlasts the test's time on a busy machine.
  const rows = await entries.evaluateAll((els) =>
    els.map((el) => ({
      id: el.id,
      grade: el.querySelector('.grade-badge')?.textContent ?? '',
      verdict: el.querySelector('.entry-verdict')?.textContent.trim() ?? '',
      sources: el.querySelectorAll('.entry-sources li').length,
      reviewed: el.querySelector('time')?.getAttribute('datetime') ?? '',
    })),
  );
  for (const row of rows) {
    expect(row.id, row.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(row.grade, row.id).toMatch(/Established|Plausible|Mixed|Unproven|Contradicted/);
    expect(row.verdict, row.id).not.toBe('');
    expect(row.sources, row.id).toBeGreaterThan(0);
    expect(row.reviewed, row.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  // The legend explains every grade and what "not yet reviewed" means.
  await expect(page.locator('.legend .grade-badge')).toHaveCount(6);
  await expect(page.getByRole('heading', { name: 'Claims that are not yet reviewed' })).toBeVisible();
  await checkBothSchemes(page, 'catalogue', false);
  // One entry up close, in both schemes.
  const caution = entries.filter({ has: page.locator('.entry-caution') }).first();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await caution.screenshot({ path: resolve(SHOTS, `catalogue-entry-${colorScheme}.png`) });
  }
});

test('searching and filtering narrow the list, and "Show all" brings it back', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/catalogue.html`);
  const entries = page.getByTestId('entry');
  const total = await entries.count();

  await page.getByRole('searchbox', { name: 'Search' }).fill('warfarin');
  await expect(entries.first()).toBeVisible();
  const found = await entries.count();
  expect(found).toBeLessThan(total);
  for (const entry of await entries.all())
    expect((await entry.textContent())?.toLowerCase()).toContain('warfarin');
  await expect(page.getByTestId('result-count')).toContainText(`${found} of ${total} claims match.`);
  await page.screenshot({ path: resolve(SHOTS, 'catalogue-search-light.png') });

  // Every word must match, in any field: nonsense finds nothing and says so.
  await page.getByRole('searchbox', { name: 'Search' }).fill('warfarin zebra');
  await expect(entries).toHaveCount(0);
  await expect(page.getByText('No claim in the catalogue matches.')).toBeVisible();

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(entries).toHaveCount(total);

  await page.getByRole('combobox', { name: 'Grade' }).selectOption('contradicted');
  await expect(entries.first()).toBeVisible();
  await expect(page.locator('[data-testid="entry"] .grade-badge')).toHaveText(
    Array.from({ length: await entries.count() }, () => /Contradicted/),
  );
  await page.getByRole('combobox', { name: 'Grade' }).selectOption('all');
  await page.getByRole('combobox', { name: 'Topic' }).selectOption('heart');
  await expect(page.getByRole('heading', { level: 2, name: 'Heart and arteries' })).toBeVisible();
  await expect(page.locator('section.topic')).toHaveCount(1);
});

test('a link to catalogue.html#<id> shows that entry, even past a filter', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/catalogue.html`);
  const ids = await page.getByTestId('entry').evaluateAll((els) => els.map((e) => e.id));
  const last = ids.at(-1) ?? '';
  await page.goto(`chrome-extension://${extensionId}/catalogue.html#${last}`);
  await expect(page.locator(`[id="${last}"]`)).toBeInViewport();

  // With a filter that hides the entry, following a link to it clears the filter.
  const first = ids[0] ?? '';
  await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz');
  await page.evaluate((id) => (location.hash = id), first);
  await expect(page.locator(`[id="${first}"]`)).toBeInViewport();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
});

test('at phone width (390 px) a deep link lands on its entry below the sticky filter bar', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 760 });
  await page.goto(`chrome-extension://${extensionId}/catalogue.html`);
  const ids = await page.getByTestId('entry').evaluateAll((els) => els.map((e) => e.id));
  const target = ids[Math.floor(ids.length / 2)] ?? '';
  await page.goto(`chrome-extension://${extensionId}/catalogue.html#${target}`);
  const entry = page.locator(`[id="${target}"]`);
  await expect(entry).toBeInViewport();
  // Its heading is not under the bar.
  await expect
    .poll(async () => {
      const bar = await page.locator('.filters').boundingBox();
      const heading = await entry.locator('h3').boundingBox();
      return bar && heading ? heading.y - (bar.y + bar.height) : -1;
    })
    .toBeGreaterThanOrEqual(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: resolve(SHOTS, `catalogue-deep-link-390-${colorScheme}.png`) });
  }
});
