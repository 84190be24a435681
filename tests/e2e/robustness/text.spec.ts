import { test, expect, extensionWorker } from '../fixtures';
import { highlightTexts, markedTexts, snap, watchErrors } from '../content-script/helpers';
import { countMessages } from './helpers';

// Right-to-left scripts, other languages and odd Unicode inside the vocabulary.

test('an English claim inside an Arabic page is marked on exactly its text', async ({ context, server }) => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/robust-rtl.html`);
  await expect
    .poll(async () => (await markedTexts(page)).sort(), { timeout: 10_000 })
    .toEqual([
      'Taking K2 with D3 helps prevent heart disease.',
      'Vitamin K2 directs calcium to your bones and teeth.',
    ]);
  // The marks' line boxes lie on the English spans, not on the Arabic text around them.
  const inside = await page.evaluate(() => {
    const boxes = (id: string) => document.getElementById(id)?.getBoundingClientRect();
    const out: boolean[] = [];
    CSS.highlights.forEach((h, name) => {
      if (name === 'dk-current' || name === 'dk-flash') return;
      for (const r of h) {
        const range = r as Range;
        const el = range.startContainer.parentElement;
        const box = el && boxes(el.id);
        const rect = range.getBoundingClientRect();
        out.push(
          !!box &&
            rect.left >= box.left - 1 &&
            rect.right <= box.right + 1 &&
            rect.top >= box.top - 1 &&
            rect.bottom <= box.bottom + 1,
        );
      }
    });
    return out;
  });
  expect(inside).toEqual([true, true]);
  await snap(page, 'robust-rtl');
  expect(errors).toEqual([]);
});

test('a fully right-to-left (Hebrew) page mentioning D3 and K2 gets no marks and no errors', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  const counts = await countMessages(await extensionWorker(context));
  await page.goto(`${server.url}/robust-hebrew.html`);
  // "D3" and "K2" open the gate, so the text is read and analysed: the finder finds no claim in it.
  await expect.poll(async () => (await counts())['analyze'] ?? 0).toBeGreaterThan(0);
  await page.waitForTimeout(1_000);
  expect(await markedTexts(page)).toEqual([]);
  expect(errors).toEqual([]);
});

for (const language of ['german', 'french', 'spanish'])
  test(`a ${language} supplement page mentioning Vitamin D3 and K2 gets no marks`, async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    const counts = await countMessages(await extensionWorker(context));
    await page.goto(`${server.url}/robust-${language}.html`);
    await expect(page.locator('h1')).toContainText('D3');
    // The vocabulary opens the gate and the text is analysed; nothing in it reads as a claim.
    await expect.poll(async () => (await counts())['analyze'] ?? 0).toBeGreaterThan(0);
    await page.waitForTimeout(1_000);
    expect(await markedTexts(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

test('soft hyphens, zero-width characters, K₂, D₃ and MK‑7 are found and marked on their own text', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/robust-unicode.html`);
  const ids = ['soft', 'zero', 'sub', 'subd', 'nbh'];
  const expected = await page.evaluate(
    (list) => list.map((id) => document.getElementById(id)?.textContent ?? ''),
    ids,
  );
  await expect
    .poll(async () => (await markedTexts(page)).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(ids.length);
  // Each mark covers its paragraph's text exactly, odd characters included.
  expect((await markedTexts(page)).sort()).toEqual([...expected].sort());
  expect(Object.keys(await highlightTexts(page)).length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
