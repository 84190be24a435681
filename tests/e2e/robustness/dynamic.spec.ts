import { test, expect, extensionWorker } from '../fixtures';
import { markedTexts, waitForMarks, watchErrors } from '../content-script/helpers';
import { countMessages, mainWorld } from './helpers';

// Pages that never stop changing: a ticker that rewrites gated text ten times a second, and a feed
// that appends claims as the reader scrolls.

test('a ticker rewriting D3 text ten times a second does not make us loop or burn CPU', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  const worker = await extensionWorker(context);
  await page.goto(`${server.url}/robust-ticker.html`);
  await waitForMarks(page, 1);
  await page.waitForTimeout(1_000);
  const counts = await countMessages(worker);
  // The highlights as painted now (the main world sees the page's one registry).
  await mainWorld(page, `window.dkPainted = [...CSS.highlights].filter(([name]) => name.startsWith('dk-'))`);
  await page.waitForTimeout(6_000);
  const seen = await counts();
  // Each rescan finds the same claim: its highlight is left alone, not painted again.
  const kept = `window.dkPainted.length > 0 && window.dkPainted.every(([name, h]) => CSS.highlights.get(name) === h)`;
  expect(await mainWorld(page, kept)).toBe(true);
  // Rescans back off while they find nothing new (0.5 s, 1 s, 2 s, 4 s...: the scheduler's unit test
  // in utils/page/__tests__/scan.test.ts): a handful in six seconds, not sixty, and each sends only
  // the changed text. (How much CPU that costs is for the benchmark to say: a busy machine makes any
  // work slow.)
  expect(seen['analyze'] ?? 0).toBeLessThanOrEqual(5);
  expect(seen['page-findings'] ?? 0).toBe(0);
  expect(await markedTexts(page)).toEqual(['Vitamin K2 directs calcium to your bones and teeth.']);
  expect(errors).toEqual([]);
});

test('claims appended as the reader scrolls are marked, with work bounded by what is new', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  const worker = await extensionWorker(context);
  await page.goto(`${server.url}/robust-scroll.html`);
  await waitForMarks(page, 1);
  const counts = await countMessages(worker);
  for (let post = 1; post <= 5; post++) {
    await page.mouse.wheel(0, 3_000);
    await expect(page.locator('body')).toHaveAttribute('data-posts', String(post));
    await waitForMarks(page, post + 1);
  }
  const texts = await markedTexts(page);
  expect(texts).toHaveLength(6);
  expect(texts).toContain('MK-7 keeps calcium out of your arteries.');
  const seen = await counts();
  // Only the new posts are sent for analysis: earlier ones are answered from the cache.
  expect(seen['analyze'] ?? 0).toBeLessThanOrEqual(5);
  expect(errors).toEqual([]);
});
