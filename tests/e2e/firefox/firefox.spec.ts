import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_ORIGIN, launchFirefox, type Firefox } from './driver';
import { SCREENSHOTS } from '../content-script/helpers';
import { startServer, type TestServer } from '../server';

// The Firefox build, in a stock Firefox (Debian's 140 ESR, the oldest release the manifest
// accepts). A Firefox content script sees page objects through Xray wrappers, which refuse some of
// what Chromium's isolated world allows (a document's adopted stylesheets, iterating a Highlight):
// these tests check that pages are marked, styled and explained as in Chromium, that the popup and
// the settings work, and that nothing leaves the browser.

test.describe.configure({ timeout: 60_000 });

let server: TestServer;
let firefox: Firefox;
test.beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, '../../pages'));
});
test.afterAll(async () => {
  await server.close();
});
test.beforeEach(async () => {
  firefox = await launchFirefox();
});
test.afterEach(async () => {
  await firefox.close();
});

/** The text of every range of our highlights, by highlight name (the flash excluded). */
const MARKED = `
  const out = {};
  CSS.highlights.forEach((h, name) => {
    if (name.startsWith('dk-') && name !== 'dk-flash') out[name] = [...h].map((r) => r.toString().replace(/\\s+/g, ' '));
  });
  return out;`;

/** The open tooltip's text, in our shadow root ('' when none is open). */
const TOOLTIP_TEXT = `return document.querySelector('dk-claim-check')?.shadowRoot
  ?.querySelector('[data-testid="claim-tooltip"]')?.textContent ?? '';`;

/** Waits until the current page has at least `n` marks. */
async function waitForMarks(n: number): Promise<void> {
  await expect
    .poll(async () => Object.values(await firefox.run<Record<string, string[]>>(MARKED)).flat().length, {
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(n);
}

async function demoMarks(): Promise<Record<string, string[]>> {
  await firefox.navigate(`${server.url}/demo/`);
  await waitForMarks(9);
  return firefox.run(MARKED);
}

const gradesOf = (marks: Record<string, string[]>, needle: string) =>
  Object.entries(marks).flatMap(([name, texts]) => (texts.some((t) => t.includes(needle)) ? [name] : []));

/** Our content script's warnings, and errors from the extension's own scripts, in the browser console. */
async function ourProblems(): Promise<string[]> {
  return (await firefox.consoleMessages()).filter(
    (m) => m.includes('D3/K2 Claim Check') || (m.includes(EXTENSION_ORIGIN) && /Error/.test(m)),
  );
}

test('Firefox: the demo shop is marked by grade, tinted, and a mark explains its claim', async () => {
  const marks = await demoMarks();
  expect(gradesOf(marks, 'helps your body absorb calcium')).toEqual(['dk-established']);
  expect(gradesOf(marks, 'directs calcium to your bones')).toEqual(['dk-plausible']);
  expect(gradesOf(marks, 'help prevent heart disease')).toEqual(['dk-unproven']);
  expect(gradesOf(marks, 'science behind combining D3 with K2 is strong')).toEqual(['dk-contradicted']);
  expect(gradesOf(marks, 'reduces wrinkles')).toEqual(['dk-unreviewed']);
  expect(gradesOf(marks, '$24.99')).toEqual([]);

  // Our sheet was adopted beside the page's own (none here), and it tints: Firefox paints no
  // underline in a highlight, so the default "underline and tint" must still show a colour.
  const sheets = await firefox.run<string[]>(
    `return [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n'));`,
  );
  expect(sheets).toHaveLength(1);
  expect(sheets[0]).toMatch(/::highlight\(dk-plausible\) \{\s*background-color: rgb/);
  expect(sheets[0]).not.toContain('text-decoration');

  // Hovering a mark opens its tooltip, in our shadow root.
  const at = await firefox.run<{ x: number; y: number }>(`
    const li = [...document.querySelectorAll('li')].find((l) => l.textContent.includes('directs calcium'));
    li.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(li);
    const box = range.getClientRects()[0];
    return { x: box.left + 40, y: box.top + box.height / 2 };`);
  await firefox.pointerTo(at.x, at.y);
  await expect.poll(() => firefox.run<string>(TOOLTIP_TEXT), { timeout: 5_000 }).toContain('Plausible');
  // The short card: its entry loaded, the explanation and sources behind "More".
  await expect.poll(() => firefox.run<string>(TOOLTIP_TEXT)).toContain('More: why, and the sources');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await firefox.screenshot(resolve(SCREENSHOTS, 'firefox-demo-tooltip.png'));

  expect(await ourProblems()).toEqual([]);
});

test('Firefox: the popup sums up the page, and the options page explains the tints', async () => {
  // The shop's own claims: a customer's words in a review are not counted.
  const marks = await demoMarks();
  expect(marks['dk-customer']).toHaveLength(1);
  const marked = Object.entries(marks)
    .filter(([name]) => name !== 'dk-customer')
    .flatMap(([, texts]) => texts).length;
  const page = await firefox.run<string>('return location.href;');
  await firefox.newTab();
  // Any extension page can ask for the demo's tab id; the popup then opens for that tab.
  await firefox.navigate(`${EXTENSION_ORIGIN}/popup.html`);
  const tabId = await firefox.run<number>(
    `return browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === arguments[0])?.id);`,
    page,
  );
  expect(typeof tabId).toBe('number');
  await firefox.navigate(`${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`);
  const verdict = `return document.querySelector('[data-testid="verdict"]')?.textContent ?? '';`;
  await expect
    .poll(() => firefox.run<string>(verdict), { timeout: 10_000 })
    .toMatch(/^\d+ of this page’s health promises go beyond the evidence; 1 is not checked yet\.$/);
  const tally = `return document.querySelector('[data-testid="grade-bar"]')?.getAttribute('aria-label') ?? '';`;
  expect(await firefox.run<string>(tally)).toMatch(
    new RegExp(`^${marked} claims about vitamin D/K2: \\d+ established, \\d+ plausible`),
  );
  const listed = await firefox.run<string>('return document.body.textContent;');
  for (const claim of ['absorb calcium from food', 'directs calcium to your bones', 'reduces wrinkles'])
    expect(listed).toContain(claim);
  await firefox.screenshot(resolve(SCREENSHOTS, 'firefox-popup.png'));

  // The options page says why every mark style is a tint here.
  await firefox.navigate(`${EXTENSION_ORIGIN}/options.html`);
  await expect
    .poll(() =>
      firefox.run<string>(`return document.querySelector('[data-testid="tint-only"]')?.textContent ?? '';`),
    )
    .toContain('cannot underline');

  expect(await ourProblems()).toEqual([]);
});

test('Firefox: switching the site off takes the marks and our stylesheet off the open page', async () => {
  await demoMarks();
  const demo = await firefox.currentTab();
  await firefox.newTab();
  await firefox.navigate(`${EXTENSION_ORIGIN}/options.html`);
  await firefox.run(
    `return browser.storage.sync.set({ settings: {
      grades: { established: true, plausible: true, mixed: true, unproven: true, contradicted: true, unreviewed: true },
      markStyle: 'both', disabledSites: ['127.0.0.1'] } });`,
  );
  await firefox.switchTo(demo);
  await expect.poll(() => firefox.run<Record<string, string[]>>(MARKED), { timeout: 5_000 }).toEqual({});
  // Our sheet left the page's adopted sheets (through the page's own view of the list).
  expect(await firefox.run<number>('return document.adoptedStyleSheets.length;')).toBe(0);
  expect(await ourProblems()).toEqual([]);
});

test('Firefox: a page that breaks built-ins and a strict-CSP page are marked, styled and explained', async () => {
  const mech = 'Vitamin K2 directs calcium to your bones and teeth.';
  const heart = 'Taking K2 with D3 helps prevent heart disease.';
  for (const path of ['robust-builtins.html', 'robust-csp.html?csp=strict']) {
    await firefox.navigate(`${server.url}/${path}`);
    await expect
      .poll(
        async () =>
          Object.values(await firefox.run<Record<string, string[]>>(MARKED))
            .flat()
            .sort(),
        {
          timeout: 15_000,
          message: path,
        },
      )
      .toEqual([mech, heart].sort());
    // The builtins page broke the list's own getter; it saved the real one for us.
    const rules = await firefox.run<string>(
      `const list = window.realAdoptedStyleSheets?.(document) ?? document.adoptedStyleSheets;
      return [...list].map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n')).join('\\n');`,
    );
    expect(rules, path).toContain('::highlight(dk-unproven)');
    // The claim's box (the builtins page broke createRange): hover its first words.
    const at = await firefox.run<{ x: number; y: number }>(`
      const box = document.getElementById('claim-heart').getBoundingClientRect();
      return { x: box.left + 40, y: box.top + box.height / 2 };`);
    await firefox.pointerTo(at.x, at.y);
    await expect
      .poll(() => firefox.run<string>(TOOLTIP_TEXT), { timeout: 5_000, message: path })
      .toContain('Unproven');
    // Styled: its CSS reached our shadow root (an unstyled tooltip has a transparent background).
    const background = await firefox.run<string>(`
      const tip = document.querySelector('dk-claim-check').shadowRoot.querySelector('[data-testid="claim-tooltip"]');
      return getComputedStyle(tip).backgroundColor;`);
    expect(background, path).not.toBe('rgba(0, 0, 0, 0)');
    await firefox.screenshot(resolve(SCREENSHOTS, `firefox-${path.split(/[.?]/)[0]}-tooltip.png`));
    await firefox.pointerTo(1, 1);
  }
  expect(await ourProblems()).toEqual([]);
});

test("Firefox: an iframe's claims are marked in the iframe, and the page keeps its own marks", async () => {
  await firefox.navigate(`${server.url}/page-frames.html`);
  const frameMarks = MARKED.replaceAll(
    'CSS.highlights',
    "document.getElementById('frame').contentWindow.CSS.highlights",
  );
  await expect
    .poll(() => firefox.run<Record<string, string[]>>(frameMarks), { timeout: 15_000 })
    .toEqual({ 'dk-plausible': ['Vitamin K2 directs calcium to your bones and teeth.'] });
  // The light DOM's claim and the shadow root's, in the top document's registry: an iframe's
  // marks once replaced them there (a Firefox content script reading the iframe's CSS.highlights
  // got the top window's).
  await expect
    .poll(() => firefox.run<Record<string, string[]>>(MARKED), { timeout: 5_000 })
    .toEqual({
      'dk-established': ['Vitamin K can interfere with blood-thinning medications like warfarin.'],
      'dk-unproven': ['Taking K2 with D3 helps prevent heart disease.'],
    });
  expect(await ourProblems()).toEqual([]);
});

test('Firefox: browsing, marking and explaining makes no network request of its own', async () => {
  // Every HTTP request the browser makes, seen by the browser itself: who asked (the system, a
  // page, or our add-on, whose content scripts ask with an expanded principal that includes it).
  await firefox.chrome(`
    const log = [];
    window.dkRequests = log;
    Services.obs.addObserver({
      observe(subject) {
        const channel = subject.QueryInterface(Ci.nsIHttpChannel);
        const by = channel.loadInfo?.triggeringPrincipal;
        log.push({
          url: channel.URI.spec,
          by: !by || by.isSystemPrincipal ? 'browser' : by.isAddonOrExpandedAddonPrincipal ? 'ours' : 'page',
        });
      },
    }, 'http-on-modify-request');`);
  const requests = () => firefox.chrome<{ url: string; by: string }[]>('return window.dkRequests;');
  // The observer sees our requests: one made on purpose from an extension page is counted as ours.
  const probe = await firefox.currentTab();
  await firefox.navigate(`${EXTENSION_ORIGIN}/options.html`);
  await firefox.run(
    // no-cors: the shipped add-on holds no host permission for the test server (loopback).
    "return fetch(arguments[0], { mode: 'no-cors' }).then((r) => r.type);",
    `${server.url}/no-claims.html?probe`,
  );
  expect(await requests()).toContainEqual({ url: `${server.url}/no-claims.html?probe`, by: 'ours' });
  await firefox.chrome('window.dkRequests.length = 0;');

  await firefox.switchTo(probe);
  for (const path of ['page-product.html', 'page-frames.html', 'robust-unicode.html', 'no-claims.html']) {
    await firefox.navigate(`${server.url}/${path}`);
    if (path !== 'no-claims.html') await waitForMarks(1);
  }
  // A tooltip's catalogue entry comes from the background as a message, not a request.
  await firefox.navigate(`${server.url}/page-product.html`);
  await waitForMarks(1);
  const at = await firefox.run<{ x: number; y: number }>(`
    const box = document.getElementById('claim-heart').getBoundingClientRect();
    return { x: box.left + 40, y: box.top + box.height / 2 };`);
  await firefox.pointerTo(at.x, at.y);
  await expect
    .poll(() => firefox.run<string>(TOOLTIP_TEXT), { timeout: 5_000 })
    .toContain('No trial has shown that K2 prevents heart attacks');

  const seen = await requests();
  expect(seen.filter((r) => r.by === 'ours')).toEqual([]);
  // The pages' requests are the test pages and their resources; the browser's own (its settings
  // service) are not ours to judge.
  expect(seen.filter((r) => r.by === 'page' && !r.url.startsWith(server.url))).toEqual([]);
  expect(seen.filter((r) => r.by === 'page').length).toBeGreaterThan(0);
});
