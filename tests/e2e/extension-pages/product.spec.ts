import { test, expect } from '../fixtures';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { SHOTS, checkBothSchemes, openPopup } from './helpers';
import { tabIdOf } from '../content-script/helpers';

// The popup's product panel (issue #19): what the page's product gives against the limits, and the
// cautions that apply to it, read in the background from the blocks the page sent.

/** The popup of a tab, once its product panel is there (the page reports when its scan is done). */
async function popupWithProduct(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  let popup = await openPopup(context, extensionId, tabId);
  await expect
    .poll(async () => {
      if (await popup.getByTestId('product-panel').isVisible()) return true;
      await popup.close();
      popup = await openPopup(context, extensionId, tabId);
      return false;
    })
    .toBe(true);
  return popup;
}

test('the demo shop: verdict, product panel and the worst claims on the first screen', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/demo/`);
  const tabId = await tabIdOf(context, page);
  const popup = await popupWithProduct(context, extensionId, tabId);
  const panel = popup.getByTestId('product-panel');
  await expect(panel).toContainText(
    '125 µg (5,000 IU) of D3 a serving: above the 4,000 IU adult upper limit; fine only on a doctor’s advice.',
  );
  await expect(panel).toContainText('100 µg of K2 a serving: vitamin K has no upper limit.');
  await expect(panel.getByRole('list', { name: 'Cautions' })).toContainText('warfarin');
  await expect(panel.getByRole('list', { name: 'Cautions' })).toContainText('Kidney disease');
  // The shop's "keep out of reach of children" does not make it a children's product.
  await expect(panel).not.toContainText('children');

  await popup.screenshot({ path: resolve(SHOTS, 'popup-demo-first-screen.png') });
  // Without scrolling: the verdict, the panel, and the contradicted and unproven claims.
  for (const width of [400, 390]) {
    await popup.setViewportSize({ width, height: 600 });
    await expect(popup.getByTestId('verdict')).toBeInViewport({ ratio: 1 });
    await expect(panel).toBeInViewport({ ratio: 1 });
    for (const name of ['Contradicted', 'Unproven'])
      await expect(popup.getByRole('region', { name }).locator('.claim').first()).toBeInViewport({
        ratio: 1,
      });
    await expect(popup.getByTestId('catalogue-link')).toBeInViewport({ ratio: 1 });
  }
  await popup.screenshot({ path: resolve(SHOTS, 'popup-demo-390.png') });
  await popup.setViewportSize({ width: 400, height: 600 });
  await checkBothSchemes(popup, 'popup-demo', false);
});

test('a 10,000 IU product: the panel says it is above the limit', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/product-10000.html`);
  const tabId = await tabIdOf(context, page);
  const popup = await popupWithProduct(context, extensionId, tabId);
  await expect(popup.getByTestId('product-panel')).toContainText(
    '250 µg (10,000 IU) of D3 a day: above the 4,000 IU adult upper limit; fine only on a doctor’s advice.',
  );
  // No K2 sold here: no warfarin caution.
  await expect(popup.getByTestId('product-panel')).not.toContainText('warfarin');
});
