import { test, expect } from '../fixtures';
import { markedTexts, snap, waitForMarks, watchErrors } from './helpers';

// What the reader types is theirs: textareas, inputs and contenteditable regions are never scanned.

test('never marks text in a textarea, an input or a contenteditable region', async ({ context, server }) => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/page-editable.html`);
  await waitForMarks(page, 1);
  expect(await markedTexts(page)).toEqual(['Vitamin K2 directs calcium to your bones and teeth.']);

  // Typing more claims into the editors changes nothing either.
  await page
    .locator('#review')
    .fill('Vitamin K2 directs calcium to your bones. Taking K2 with D3 helps prevent heart disease.');
  await page.locator('#editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The science supporting vitamin D3 and K2 together is strong.');
  await page.waitForTimeout(1_500);
  expect(await markedTexts(page)).toEqual(['Vitamin K2 directs calcium to your bones and teeth.']);
  await expect(page.locator('#editor')).toContainText('together is strong.');
  await snap(page, 'page-editable');
  expect(errors).toEqual([]);
});
