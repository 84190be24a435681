/// <reference types="chrome" />
import type { Request } from '@playwright/test';
import { test, expect, extensionWorker } from '../fixtures';
import { hoverText, tooltip, waitForMarks } from '../content-script/helpers';

// Page text never leaves the browser: while the reader browses, marks claims and opens tooltips,
// the only network requests are the test pages' own, and none is made by the extension.

/** Who made a request: the service worker, one of our pages, or a web page (its content scripts included). */
const madeBy = (r: Request): string => {
  if (r.serviceWorker()) return 'service worker';
  const url = r.frame().url();
  return url.startsWith('chrome-extension://') ? `extension page ${url}` : `web page ${r.resourceType()}`;
};

test('browsing, marking and explaining makes no network request of its own', async ({
  context,
  server,
  extensionId,
}) => {
  const worker = await extensionWorker(context);
  const requests: { url: string; by: string; type: string; navigation: boolean }[] = [];
  const record = (r: Request) =>
    requests.push({
      url: r.url(),
      by: madeBy(r),
      type: r.resourceType(),
      navigation: r.isNavigationRequest(),
    });
  // Pages (their content scripts' requests included), our own pages and the service worker.
  context.on('request', record);
  worker.on('close', () =>
    requests.push({ url: 'worker closed', by: 'worker', type: '', navigation: false }),
  );
  // The service worker's own ways to reach the network, recorded from inside it as well.
  await worker.evaluate(() => {
    const log: string[] = [];
    (globalThis as unknown as { dkNet: string[] }).dkNet = log;
    const realFetch = globalThis.fetch.bind(globalThis);
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      log.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
      return realFetch(input, init);
    };
    const RealSocket = globalThis.WebSocket;
    globalThis.WebSocket = class extends RealSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        log.push(`websocket ${String(url)}`);
        super(url, protocols);
      }
    };
  });

  const pages = [
    'page-product.html',
    'page-shop.html',
    'page-frames.html',
    'robust-unicode.html',
    'robust-rtl.html',
    'robust-scroll.html',
    'no-claims.html',
  ];
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(`${server.url}/${path}`);
    if (path !== 'no-claims.html') await waitForMarks(page, 1);
    await page.waitForTimeout(500);
  }
  // A tooltip fetches its catalogue entry from the background: that is a message, not a request.
  await page.goto(`${server.url}/page-product.html`);
  await waitForMarks(page, 6);
  await hoverText(page, '#claim-heart');
  await tooltip(page).getByRole('button', { name: /^More/ }).click();
  await expect(tooltip(page)).toContainText('AVADEC');
  // The popup and the options page open, as the reader would open them beside the page.
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId ?? ''}`);
  await expect(popup.getByRole('main')).toBeVisible();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('main')).toBeVisible();
  await page.waitForTimeout(1_000);

  // Every request is for a test page or one of its resources, or reads a file packed in the
  // extension itself: nothing goes anywhere else.
  const elsewhere = requests.filter(
    (r) =>
      !r.url.startsWith(`${server.url}/`) &&
      !r.url.startsWith('data:') &&
      // Chrome's address for our own files (per session for the web-accessible ones).
      !r.url.startsWith('chrome-extension://'),
  );
  expect(elsewhere).toEqual([]);
  // Our own contexts (the service worker, the popup, options) read only the extension's own files.
  expect(
    requests.filter((r) => !r.by.startsWith('web page') && !r.url.startsWith('chrome-extension://')),
  ).toEqual([]);
  // The test pages fetch nothing themselves (no fetch, XHR, beacon or socket in tests/pages): any
  // such request from a web page's frame came from the content script.
  expect(
    requests.filter(
      (r) =>
        ['fetch', 'xhr', 'websocket', 'eventsource', 'ping'].includes(r.type) &&
        // The content script reads the tooltip's stylesheet from the extension's own files.
        !r.url.startsWith('chrome-extension://'),
    ),
  ).toEqual([]);
  expect(requests.filter((r) => r.url.startsWith(`${server.url}/`)).length).toBeGreaterThan(pages.length);
  const inside = await worker.evaluate(() => (globalThis as unknown as { dkNet: string[] }).dkNet);
  expect(inside).toEqual([]);
});

test('a page hears nothing from the extension: no window message names it', async ({ context, server }) => {
  const page = await context.newPage();
  // The page's own listener, as a shop's script (or a tracker) would register it.
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { dkHeard: string[] }).dkHeard = heard;
    window.addEventListener('message', (e: MessageEvent) => heard.push(JSON.stringify(e.data)));
  });
  await page.goto(`${server.url}/page-product.html`);
  await waitForMarks(page, 6);
  await hoverText(page, '#claim-heart');
  await tooltip(page).getByRole('button', { name: /^More/ }).click();
  await expect(tooltip(page)).toContainText('AVADEC');
  const onClaims = await page.evaluate(() => (window as unknown as { dkHeard: string[] }).dkHeard);
  await page.goto(`${server.url}/no-claims.html`);
  await page.waitForTimeout(500);
  const onPlain = await page.evaluate(() => (window as unknown as { dkHeard: string[] }).dkHeard);
  expect({ onClaims, onPlain }).toEqual({ onClaims: [], onPlain: [] });
});
