import { test, expect, extensionWorker } from '../fixtures';
import { resolve } from 'node:path';
import { SHOTS, checkBothSchemes } from './helpers';

// The first-run page (opened on an install from a store; tests load the extension unpacked, so
// they open it themselves).

test('the first-run page shows the marks with a sample claim each, the shortcuts and the privacy promise', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  const samples = page.getByTestId('sample');
  await expect(samples).toHaveCount(7);
  // Each sample is drawn with a line of its own, so the marks differ without colour.
  const lines = await page
    .locator('.sample-mark')
    .evaluateAll((els) =>
      els.map(
        (el) => `${getComputedStyle(el).textDecorationStyle} ${getComputedStyle(el).textDecorationThickness}`,
      ),
    );
  expect(new Set(lines).size).toBe(7);
  // The shortcuts as the browser has them: this test browser assigns none on an unpacked load.
  const keys = await (await extensionWorker(context)).evaluate(() => chrome.commands.getAll());
  const next = keys.find((c) => c.name === 'next-claim')?.shortcut ?? '';
  await expect(page.getByTestId('shortcuts')).toContainText(next ? next : 'No keys are set');
  await expect(page.getByRole('region', { name: 'Your privacy' })).toContainText(
    'Everything runs in your browser',
  );
  await expect(page.getByRole('link', { name: 'how we grade' })).toHaveAttribute(
    'href',
    '/catalogue.html#how-we-grade',
  );
  await checkBothSchemes(page, 'welcome');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: resolve(SHOTS, 'welcome-390.png'), fullPage: true });
});
