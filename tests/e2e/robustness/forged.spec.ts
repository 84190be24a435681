import { test, expect } from '../fixtures';
import { hoverText, tooltip } from '../content-script/helpers';
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

test('page code cannot open the tooltip or press its buttons: no report tab opens, no claim is hidden', async ({
  context,
  server,
}) => {
  const url = await serveHtml(
    context,
    server,
    '/forged-clicks.html',
    `<!doctype html><html><head><title>Shop</title></head><body><main>
      <p id="mech">${MECH}</p><p>${HEART}</p></main></body></html>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => marked(page), { timeout: 10_000 }).toEqual([MECH, HEART].sort());
  const tip = tooltip(page);
  // Synthetic pointer moves over the claim, as a real hover would make them.
  await mainWorld(
    page,
    `(() => {
      const r = document.createRange();
      r.selectNodeContents(document.querySelector('#mech').firstChild);
      const b = r.getClientRects()[0];
      for (let i = 0; i < 5; i++)
        window.dispatchEvent(new PointerEvent('pointermove', { clientX: b.left + 20 + i, clientY: b.top + b.height / 2, bubbles: true }));
    })()`,
  );
  await page.waitForTimeout(600);
  await expect(tip).toBeHidden();
  // The reader opens it; the page's code then presses its buttons through the shadow root.
  await hoverText(page, '#mech');
  await expect(tip).toBeVisible();
  const pressed = await mainWorld(
    page,
    `(() => {
      const root = document.querySelector('dk-claim-check')?.shadowRoot;
      if (!root) return 'no open root';
      const buttons = [...root.querySelectorAll('button')];
      const press = (label) => buttons.filter((b) => b.textContent.includes(label)).forEach((b) => b.click());
      for (let i = 0; i < 3; i++) press('Report');
      press('More');
      press('Hide');
      return buttons.length;
    })()`,
  );
  // The shadow root is open in the shipped build: the page did reach the buttons.
  expect(pressed).toBeGreaterThan(2);
  await page.waitForTimeout(1_000);
  expect(context.pages().filter((p) => p.url().includes('report.html'))).toEqual([]);
  await expect(tip).toBeVisible();
  await expect(tip.getByRole('button', { name: /^More/ })).toHaveAttribute('aria-expanded', 'false');
  expect(await marked(page)).toEqual([MECH, HEART].sort());
});
