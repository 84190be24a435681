import type { BrowserContext } from '@playwright/test';
import { test, expect, extensionWorker } from '../fixtures';
import { checkBothSchemes } from './helpers';

// The options page saves what the reader changes, at once, where the content script reads it.

async function storedSettings(context: BrowserContext): Promise<unknown> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
}

test('the options page saves grades, mark style and the sites where it is off', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('D3/K2 Claim Check settings');
  await expect(page.getByTestId('privacy')).toContainText(
    'No page text, page address or browsing history leaves your browser',
  );
  // What is kept for the session (tab claims, sites with claims) is said too.
  await expect(page.getByTestId('privacy')).toContainText('forgotten when you close it');
  await expect(page.locator('[data-slot="reports"]')).toBeVisible();
  await checkBothSchemes(page, 'options');

  // Which grades to mark.
  const established = page.getByRole('checkbox', { name: /Established/ });
  await expect(established).toBeChecked();
  await established.uncheck();
  await expect(page.getByTestId('save-status')).toHaveText('Saved.');
  // How marks look.
  await page.getByRole('radio', { name: /Underline only/ }).check();
  // Chromium underlines highlights: the Firefox build's note that every style tints is not shown.
  await expect(page.getByTestId('tint-only')).toHaveCount(0);
  // Sites: a bad entry is refused with a message, a pasted address is cut to its site.
  const input = page.getByRole('textbox', { name: 'Switch it off for' });
  await input.fill('not a site');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('alert')).toContainText('Type a site such as');
  await input.fill('https://www.shop.example.com/products/d3-k2?ref=1');
  await page.getByRole('button', { name: 'Add' }).click();
  await input.fill('other.example');
  await input.press('Enter');
  await expect(page.getByTestId('disabled-sites').getByRole('listitem')).toHaveText([
    /other\.example/,
    /shop\.example\.com/,
  ]);
  await expect
    .poll(() => storedSettings(context))
    .toMatchObject({
      grades: { established: false, plausible: true },
      markStyle: 'underline',
      disabledSites: ['other.example', 'shop.example.com'],
    });

  await page.getByRole('button', { name: 'Remove other.example' }).click();
  await expect.poll(() => storedSettings(context)).toMatchObject({ disabledSites: ['shop.example.com'] });

  // A fresh load shows what was saved.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Established/ })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: /Underline only/ })).toBeChecked();
  await expect(page.getByTestId('disabled-sites')).toHaveText(/shop\.example\.com/);
  await checkBothSchemes(page, 'options-edited');
});

test('the options page shows defaults when the stored settings are corrupt', async ({
  context,
  extensionId,
}) => {
  const worker = await extensionWorker(context);
  await worker.evaluate(() => chrome.storage.sync.set({ settings: { grades: 'everything', markStyle: 42 } }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('checkbox', { name: /Established/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Underline and tint/ })).toBeChecked();
  expect(errors).toEqual([]);
});

test('the extension has its own icon in every size the browsers ask for', async ({
  context,
  extensionId,
}) => {
  const worker = await extensionWorker(context);
  const icons = await worker.evaluate(() => chrome.runtime.getManifest().icons ?? {});
  expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
  const page = await context.newPage();
  for (const [size, path] of Object.entries(icons)) {
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    const { width, height } = await page.evaluate(() => {
      const img = document.querySelector('img');
      return { width: img?.naturalWidth ?? 0, height: img?.naturalHeight ?? 0 };
    });
    expect([width, height]).toEqual([Number(size), Number(size)]);
  }
});

test('the shipped build holds no host permission of its own: loopback is for test builds only', async ({
  context,
}) => {
  const worker = await extensionWorker(context);
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
});
