/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Locator, Page, Worker } from '@playwright/test';
import { expect, extensionWorker } from '../fixtures';

// Shared steps of the in-page end-to-end tests (this folder's specs).

/** Where screenshots of each state go (gitignored); look at them after a run. */
export const SCREENSHOTS = resolve(import.meta.dirname, '../../../artifacts/screenshots');

/** Saves a screenshot of the page's viewport under artifacts/screenshots/. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
}

/** Registered highlights of a page or frame, with their ranges' text. */
export async function highlightTexts(target: Page | Frame): Promise<Record<string, string[]>> {
  return target.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = [...h].map((r) => (r as Range).toString());
    });
    return out;
  });
}

/** All marked texts of a page or frame (every grade). */
export async function markedTexts(target: Page | Frame): Promise<string[]> {
  const all = await highlightTexts(target);
  return Object.entries(all)
    .filter(([name]) => !['dk-current', 'dk-flash'].includes(name))
    .flatMap(([, texts]) => texts);
}

/** Collects the page's console errors, uncaught exceptions and our own warnings. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && m.text().includes('D3/K2 Claim Check')))
      errors.push(`${m.type()}: ${m.text()}`);
  });
  return errors;
}

/** The tab id of a page, asked of the extension's service worker. */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const worker = await extensionWorker(context);
  const id = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** Sends a message to the page's content script (top frame) from the service worker, as the popup or a command would. */
export async function sendToPage(context: BrowserContext, page: Page, message: object): Promise<unknown> {
  const worker = await extensionWorker(context);
  const tabId = await tabIdOf(context, page);
  return worker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id, msg, { frameId: 0 }), [
    tabId,
    message,
  ] as const);
}

/** Whether the page's content script says it has read the page (the popup's 'page-status' question). */
export async function pageRead(context: BrowserContext, page: Page): Promise<boolean> {
  return (await sendToPage(context, page, { type: 'page-status' }).catch(() => false)) === true;
}

/** The claim tooltip (Playwright's locators see into our open shadow root). */
export function tooltip(page: Page): Locator {
  return page.getByTestId('claim-tooltip');
}

/** Moves the pointer onto the middle of the first line of an element's text. */
export async function hoverText(page: Page, selector: string, frame?: string): Promise<void> {
  const box = await page.evaluate(
    ([sel, frameSel]) => {
      const doc = frameSel
        ? (document.querySelector(frameSel) as HTMLIFrameElement).contentDocument
        : document;
      const offset = frameSel
        ? (document.querySelector(frameSel) as HTMLElement).getBoundingClientRect()
        : null;
      let root: Document | ShadowRoot | null = doc;
      let el: Element | null = null;
      for (const part of sel.split(' >>> ')) {
        el = root?.querySelector(part) ?? null;
        root = el?.shadowRoot ?? null;
      }
      const text = el?.firstChild;
      if (!text) return null;
      const range = document.createRange();
      range.selectNodeContents(text);
      const r = range.getClientRects()[0];
      if (!r) return null;
      return {
        x: r.left + Math.min(r.width / 2, 120) + (offset ? offset.left + 1 : 0),
        y: r.top + r.height / 2 + (offset ? offset.top + 1 : 0),
      };
    },
    [selector, frame ?? null] as const,
  );
  if (!box) throw new Error(`no text for ${selector}`);
  await page.mouse.move(box.x - 40, box.y + 60);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}

/** Writes the settings item (as the options page and popup do) from the service worker. */
export async function writeSettings(worker: Worker, settings: object): Promise<void> {
  await worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
}

/** Accessibility violations axe-core finds in our UI (the tooltip's shadow root), as "rule: target" lines. */
export async function tooltipViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[data-dk-claim-check]').analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

/** Opens a page in a new tab, collecting its errors (see watchErrors) from the start. */
export async function openWatched(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  return { page, errors };
}

/** Waits until exactly these texts are marked, in any order: in `target`, or in every frame of a page with `frames`. */
export async function expectMarked(
  target: Page | Frame,
  texts: readonly string[],
  frames = false,
): Promise<void> {
  const read = async () =>
    frames && 'frames' in target
      ? (await Promise.all(target.frames().map(markedTexts))).flat()
      : markedTexts(target);
  await expect.poll(async () => (await read()).sort(), { timeout: 10_000 }).toEqual([...texts].sort());
}

/** Waits until the page has at least `n` marks. */
export async function waitForMarks(target: Page | Frame, n: number): Promise<void> {
  await expect
    .poll(async () => (await markedTexts(target)).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(n);
}
