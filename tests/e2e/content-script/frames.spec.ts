import { test, expect } from '../fixtures';
import {
  highlightTexts,
  hoverText,
  markedTexts,
  sendToPage,
  snap,
  tooltip,
  waitForMarks,
  watchErrors,
} from './helpers';

// Text in an open shadow root and in a same-origin iframe is scanned, marked and explained.

test('marks claims in an open shadow root and a same-origin iframe', async ({ context, server }) => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/page-frames.html`);
  const frame = page.frame({ url: /page-frame-inner\.html/ });
  expect(frame).toBeTruthy();
  if (!frame) return;
  const before = await page.evaluate(() => document.body.innerHTML);
  const shadowBefore = await page.evaluate(() => document.getElementById('card')?.shadowRoot?.innerHTML);
  const frameBefore = await frame.evaluate(() => document.body.innerHTML);

  await waitForMarks(page, 2);
  const top = await highlightTexts(page);
  expect(top['dk-established']).toContain(
    'Vitamin K can interfere with blood-thinning medications like warfarin.',
  );
  // Ranges inside the shadow root live in the document's registry.
  expect(top['dk-unproven']).toContain('Taking K2 with D3 helps prevent heart disease.');
  // The iframe has its own registry.
  await waitForMarks(frame, 1);
  expect(await markedTexts(frame)).toEqual(['Vitamin K2 directs calcium to your bones and teeth.']);

  await hoverText(page, '#card >>> #shadow-claim');
  await expect(tooltip(page)).toContainText('Unproven');
  await snap(page, 'page-frames-shadow-tooltip');
  await page.keyboard.press('Escape');

  await hoverText(page, '#frame-claim', '#frame');
  await expect(tooltip(page)).toContainText('Plausible');
  // Placed in the top page, below or above the claim inside the frame.
  const tipBox = await tooltip(page).boundingBox();
  const frameBox = await page.locator('#frame').boundingBox();
  expect(tipBox && frameBox && tipBox.x >= 0).toBeTruthy();
  await snap(page, 'page-frames-iframe-tooltip');
  await page.keyboard.press('Escape');

  // Keyboard order follows the page: light DOM, shadow root, iframe.
  await sendToPage(context, page, { type: 'step-claim', step: 1 });
  await expect(tooltip(page)).toContainText('1 of 3');
  await expect(tooltip(page)).toContainText('Established');
  await sendToPage(context, page, { type: 'step-claim', step: 1 });
  await expect(tooltip(page)).toContainText('Unproven');
  await sendToPage(context, page, { type: 'step-claim', step: 1 });
  await expect(tooltip(page)).toContainText('Plausible');
  await expect(tooltip(page)).toContainText('3 of 3');

  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  expect(await page.evaluate(() => document.getElementById('card')?.shadowRoot?.innerHTML)).toBe(
    shadowBefore,
  );
  expect(await frame.evaluate(() => document.body.innerHTML)).toBe(frameBefore);
  expect(errors).toEqual([]);
});
