import { test, expect } from '../fixtures';
import { isolatedHighlights, mainWorld, serveHtml } from './helpers';

// A page's own scripts try to switch the checker off on the page: WXT's "a newer copy of this
// content script started" event, which names the extension by its public id.

const MECH = 'Vitamin K2 directs calcium to your bones and teeth.';
const HEART = 'Taking K2 with D3 helps prevent heart disease.';
const LATE = 'Vitamin D3 cures cancer.';

const marked = async (page: import('@playwright/test').Page) =>
  Object.entries(await isolatedHighlights(page))
    .filter(([name]) => name !== 'dk-current' && name !== 'dk-flash')
    .flatMap(([, texts]) => texts)
    .sort();

test("a page that dispatches WXT's content-script-started event keeps its marks, and new claims are marked", async ({
  context,
  server,
  extensionId,
}) => {
  const url = await serveHtml(
    context,
    server,
    '/forged-started.html',
    `<!doctype html><html><head><title>Shop</title></head><body><main>
      <p>${MECH}</p><p>${HEART}</p></main></body></html>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => marked(page), { timeout: 10_000 }).toEqual([MECH, HEART].sort());
  // What the security review did: a foreign message id, as a newer copy of the script would send.
  const name = `${extensionId}:content:wxt:content-script-started`;
  await mainWorld(
    page,
    `for (const messageId of ['forged', 'again']) document.dispatchEvent(new CustomEvent(${JSON.stringify(name)}, { detail: { contentScriptName: 'content', messageId } }))`,
  );
  await mainWorld(page, `document.querySelector('main').insertAdjacentHTML('beforeend', '<p>${LATE}</p>')`);
  await expect.poll(() => marked(page), { timeout: 10_000 }).toEqual([MECH, HEART, LATE].sort());
});
