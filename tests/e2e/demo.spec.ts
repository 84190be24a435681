import type { Page } from '@playwright/test';
import { test, expect, extensionWorker } from './fixtures';
import { snap, tooltip } from './content-script/helpers';

// The demo shop (tests/pages/demo) is what `npm run demo` shows: these tests keep it honest.

/** The text of every range in each of our highlights, by highlight name. */
async function markedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('dk-') || name === 'dk-flash') return;
      out[name] = [...h].map((r) => (r instanceof Range ? r.toString().replace(/\s+/g, ' ') : ''));
    });
    return out;
  });
}

function marksContaining(marks: Record<string, string[]>, needle: string): string[] {
  return Object.entries(marks).flatMap(([name, texts]) =>
    texts.some((t) => t.includes(needle)) ? [name] : [],
  );
}

test('the demo shop: each kind of claim gets its grade, and shop text is left alone', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${server.url}/demo/`);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await expect.poll(async () => Object.keys(await markedTexts(page)).length).toBeGreaterThanOrEqual(5);
  const marks = await markedTexts(page);

  expect(marksContaining(marks, 'helps your body absorb calcium')).toEqual(['dk-established']);
  expect(marksContaining(marks, 'vitamin K can interfere with warfarin')).toEqual(['dk-established']);
  expect(marksContaining(marks, 'directs calcium to your bones')).toEqual(['dk-plausible']);
  expect(marksContaining(marks, 'help prevent heart disease')).toEqual(['dk-unproven']);
  expect(marksContaining(marks, 'science behind combining D3 with K2 is strong')).toEqual([
    'dk-contradicted',
  ]);
  // A health claim no catalogue entry covers is shown as "not yet reviewed", never given a grade.
  expect(marksContaining(marks, 'reduces wrinkles')).toEqual(['dk-unreviewed']);

  // Price, the supplement-facts table, directions, shipping and the FDA disclaimer (wrapped over
  // several source lines, so its text holds runs of spaces) are not claims.
  for (const plain of [
    'intended to diagnose',
    '$24.99',
    '125 mcg (5000 IU)',
    'menaquinone-7',
    'take one softgel daily',
    'Free shipping',
  ])
    expect(marksContaining(marks, plain), plain).toEqual([]);

  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  expect(errors).toEqual([]);
});

test('the demo shop: badge and popup list the same claims by grade', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/demo/`);
  await expect.poll(async () => Object.keys(await markedTexts(page)).length).toBeGreaterThanOrEqual(5);
  const byGrade = await markedTexts(page);
  // A customer's words in a review are marked apart and not counted.
  expect(byGrade['dk-customer']).toEqual(['I take D3 with K2 because it keeps calcium out of my arteries.']);
  const marked = Object.entries(byGrade)
    .filter(([name]) => name !== 'dk-customer')
    .flatMap(([, texts]) => texts).length;
  const beyond = ['contradicted', 'unproven', 'mixed'].reduce(
    (n, k) => n + (byGrade[`dk-${k}`]?.length ?? 0),
    0,
  );

  const worker = await extensionWorker(context);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  expect(tabId).toBeDefined();
  await expect
    .poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
    .toBe(String(beyond));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('verdict')).toHaveText(
    `${beyond} of this page’s health promises go beyond the evidence; 1 is not checked yet.`,
  );
  await expect(popup.getByTestId('grade-bar')).toHaveAttribute(
    'aria-label',
    new RegExp(
      `^${marked} claims about vitamin D/K2: \\d+ established, \\d+ plausible, .*unproven, .*contradicted`,
    ),
  );
  await expect(popup.getByRole('region', { name: 'Established' })).toContainText('absorb calcium from food');
  await expect(popup.getByRole('region', { name: 'Established' })).toContainText('warfarin');
  await expect(popup.getByRole('region', { name: 'Plausible' })).toContainText(
    'directs calcium to your bones',
  );
  await expect(popup.getByRole('region', { name: 'Unproven' })).toContainText('help prevent heart disease');
  await expect(popup.getByRole('region', { name: 'Contradicted' })).toContainText('science behind combining');
  await expect(popup.getByRole('region', { name: 'Not yet reviewed' })).toContainText('reduces wrinkles');
  const reviews = popup.getByRole('region', { name: 'In customer reviews' });
  await expect(reviews).toContainText('a customer’s words, not counted');
  await expect(popup.getByRole('region', { name: 'Plausible' })).not.toContainText('my arteries');

  // The review's card says whose words they are.
  await page.bringToFront();
  const review = page.locator('.review p', { hasText: 'my arteries' });
  await review.scrollIntoViewIfNeeded();
  const box = await review.boundingBox();
  if (box) await page.mouse.move(box.x + 40, box.y + 8, { steps: 3 });
  const tip = tooltip(page);
  await expect(tip).toContainText('A customer’s words in a review, not the shop’s own claim.');
  await snap(page, 'demo-review-card');
});

test('the demo shop under a deuteranopia simulation: every grade keeps a line style of its own', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.url}/demo/`);
  await expect.poll(async () => Object.keys(await markedTexts(page)).length).toBeGreaterThanOrEqual(5);
  // What a reader with red-green colour blindness sees: the marks must differ without their colour.
  await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'deuteranopia' });
  const looks = await page.evaluate(() => {
    const el = document.body;
    return ['established', 'plausible', 'mixed', 'unproven', 'contradicted', 'unreviewed', 'customer'].map(
      (key) => {
        const s = getComputedStyle(el, `::highlight(dk-${key})`);
        return `${s.textDecorationStyle} ${s.textDecorationThickness}`;
      },
    );
  });
  expect(new Set(looks).size).toBe(looks.length);
  // The five grades use the five line styles.
  expect(new Set(looks.slice(0, 5).map((l) => l.split(' ')[0])).size).toBe(5);
  await page.locator('.benefits').scrollIntoViewIfNeeded();
  await snap(page, 'demo-deuteranopia');
  await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
});
