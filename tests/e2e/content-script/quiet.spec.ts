import { test, expect, extensionWorker } from '../fixtures';
import { expectMarked, markedTexts, openWatched } from './helpers';
import { countMessages } from '../robustness/helpers';

// A page with nothing about vitamin D or K2 gets only a sweep and a watcher (its frames and shadow
// roots too); a claim in a shadow root, or one that comes later, in the page, a shadow root or a
// same-origin frame that loads later, still wakes the extension.

test('a page with no D/K2 text at load marks a claim added later', async ({ context, server }) => {
  const { page, errors } = await openWatched(context, `${server.url}/page-quiet.html?mode=append`);
  await expect(page.locator('#late-claim')).toBeVisible();
  await expectMarked(page, ['Vitamin K2 directs calcium to your bones and teeth.']);
  expect(errors).toEqual([]);
});

test('a page with no D/K2 text at load marks a claim in a frame that loads later', async ({
  context,
  server,
}) => {
  const { page, errors } = await openWatched(context, `${server.url}/page-quiet.html?mode=frame`);
  await expect.poll(() => page.frame({ url: /page-frame-inner\.html/ }) !== null).toBe(true);
  const frame = page.frame({ url: /page-frame-inner\.html/ });
  if (!frame) throw new Error('the frame did not load');
  await expectMarked(frame, ['Vitamin K2 directs calcium to your bones and teeth.']);
  expect(errors).toEqual([]);
});

for (const mode of ['shadow', 'shadow-later'])
  test(`a claim only in a shadow root is marked (${mode})`, async ({ context, server }) => {
    const { page, errors } = await openWatched(context, `${server.url}/page-quiet.html?mode=${mode}`);
    if (mode === 'shadow-later') {
      // Long enough for the sweep and the look for shadow roots to find nothing first.
      await page.waitForTimeout(1_500);
      await page.evaluate('window.addShadowClaim()');
    }
    await expect(page.locator('#card >>> #shadow-claim')).toBeVisible();
    await expectMarked(page, ['Taking K2 with D3 helps prevent heart disease.']);
    expect(errors).toEqual([]);
  });

test('a page with no D/K2 text stays unmarked and untouched', async ({ context, server }) => {
  const { page, errors } = await openWatched(context, `${server.url}/page-quiet.html`);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await page.waitForTimeout(1_200);
  expect(await markedTexts(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  expect(errors).toEqual([]);
});

test('frames and components that come and go without D/K2 text keep the page quiet', async ({
  context,
  server,
}) => {
  const counts = await countMessages(await extensionWorker(context));
  const { page, errors } = await openWatched(context, `${server.url}/page-quiet.html`);
  // Twenty components with shadow roots and twenty same-origin frames (half removed again), over two
  // seconds: each is looked into, none wakes the annotator, which would report to the background.
  await page.evaluate('window.busy(20)');
  await page.waitForTimeout(1_000);
  expect(await counts()).toEqual({});
  expect(await markedTexts(page)).toEqual([]);

  // A claim in a new component is still found (one written into a quiet frame: next test).
  await page.evaluate('window.addWidgetClaim()');
  await expectMarked(page, ['Vitamin K2 directs calcium to your bones and teeth.']);
  expect(errors).toEqual([]);
});

for (const [how, call] of [
  ['as text', 'window.writeFrameClaim()'],
  ['in a component', 'window.addFrameComponentClaim()'],
] as const)
  test(`a claim added later into a quiet same-origin frame is marked (${how})`, async ({
    context,
    server,
  }) => {
    const { page, errors } = await openWatched(context, `${server.url}/page-quiet.html`);
    await page.evaluate('window.addFrameForClaim()');
    // Long enough for the look for roots to find the frame, and find nothing in it.
    await page.waitForTimeout(1_500);
    await page.evaluate(call);
    // The frame has no URL of its own: read the marks of every frame.
    await expectMarked(page, ['Taking K2 with D3 helps prevent heart disease.'], true);
    expect(errors).toEqual([]);
  });

test('a component with a claim inside a plain element added later is marked, quiet or awake', async ({
  context,
  server,
}) => {
  const wrapped = 'Our D3 + K2 formula strengthens bones and prevents fractures.';
  const { page, errors } = await openWatched(context, `${server.url}/page-quiet.html`);
  await page.waitForTimeout(1_000);
  await page.evaluate('window.addWrappedWidgetClaim()');
  await expectMarked(page, [wrapped]);

  // Awake (a claim in the page's own text woke the annotator): the same is found by its discovery.
  const { page: awake, errors: awakeErrors } = await openWatched(
    context,
    `${server.url}/page-quiet.html?mode=append`,
  );
  const late = 'Vitamin K2 directs calcium to your bones and teeth.';
  await expectMarked(awake, [late]);
  await awake.evaluate('window.addWrappedWidgetClaim()');
  await expectMarked(awake, [wrapped, late]);
  expect([...errors, ...awakeErrors]).toEqual([]);
});
