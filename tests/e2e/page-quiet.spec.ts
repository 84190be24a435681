import { test, expect, extensionWorker } from './fixtures';
import { expectMarked, markedTexts, openWatched } from './page-helpers';
import { countMessages } from './robust-helpers';

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

/** Whether our isolated world in the page's main frame has loaded the annotator's script. */
async function annotatorLoaded(page: import('@playwright/test').Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const worlds: { id: number; name: string; frameId: unknown }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    worlds.push({ id: context.id, name: context.name, frameId: context.auxData?.frameId });
  });
  // Enabling reports every existing context at once (those of the blank page before it, too).
  await cdp.send('Runtime.enable');
  const ours = worlds.filter((w) => w.name === 'D3/K2 Claim Check' && w.frameId === frameTree.frame.id);
  if (ours.length !== 1) throw new Error(`${ours.length} isolated worlds of ours in the main frame`);
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: ours[0]?.id,
    expression: `typeof globalThis[Symbol.for('dk-claim-check.annotator')] === 'function'`,
    returnByValue: true,
  });
  await cdp.detach();
  return result.value as boolean;
}

test('the annotator loads only on a page whose text passes the gate', async ({ context, server }) => {
  // No gate term anywhere in it, not even in a script: page-quiet.html's scripts name D3 and K2.
  const quiet = await context.newPage();
  await quiet.goto(`${server.url}/no-claims.html`);
  await quiet.waitForTimeout(1_200);
  expect(await annotatorLoaded(quiet)).toBe(false);
  const { page: claims, errors } = await openWatched(context, `${server.url}/pages-long.html`);
  await expect.poll(async () => (await markedTexts(claims)).length).toBeGreaterThan(0);
  expect(await annotatorLoaded(claims)).toBe(true);
  expect(errors).toEqual([]);
});
