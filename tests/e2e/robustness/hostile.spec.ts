import { test, expect } from '../fixtures';
import { hoverText, snap, tooltip } from '../content-script/helpers';
import { isolatedHighlights, mainWorld } from './helpers';
import { STRICT_CSP } from '../server';

// Pages that fight back: broken built-ins and a Content-Security-Policy that forbids everything.

const MECH = 'Vitamin K2 directs calcium to your bones and teeth.';
const HEART = 'Taking K2 with D3 helps prevent heart disease.';

const marked = async (page: import('@playwright/test').Page) =>
  Object.entries(await isolatedHighlights(page))
    .filter(([name]) => name !== 'dk-current' && name !== 'dk-flash')
    .flatMap(([, texts]) => texts)
    .sort();

test("a page that overwrites built-ins is marked; its own broken built-ins stay the page's", async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('D3/K2 Claim Check')) warnings.push(m.text());
  });
  await page.goto(`${server.url}/robust-builtins.html`);
  // The content script runs in an isolated world with its own built-ins: the page's do not reach it.
  await expect.poll(() => marked(page), { timeout: 10_000 }).toEqual([MECH, HEART].sort());
  // The shared hover helper evaluates in the page's world, which this page broke: hover by box.
  const box = await page.locator('#claim-heart').boundingBox();
  if (!box) throw new Error('no box for the claim');
  await page.mouse.move(box.x + 20, box.y + box.height + 40);
  await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 4 });
  await expect(tooltip(page)).toContainText('Unproven');
  await snap(page, 'robust-builtins-tooltip');
  // Not ours to fix: the page's world still has the built-ins it broke.
  expect(await mainWorld(page, '[1, 2].map((x) => x).join()')).toBe('broken');
  expect(await mainWorld(page, "JSON.parse('[1]')")).toBe('broken');
  expect(await mainWorld(page, "String(document.body.appendChild(document.createElement('i')))")).toMatch(
    /threw: .*appendChild is broken/,
  );
  expect(warnings).toEqual([]);
});

test('a strict Content-Security-Policy page gets styled marks and a styled tooltip', async ({
  context,
  server,
}) => {
  // The test server sends STRICT_CSP for ?csp=strict, as it does for the Firefox test.
  const url = `${server.url}/robust-csp.html?csp=strict`;
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('D3/K2 Claim Check')) problems.push(m.text());
  });
  const response = await page.goto(url);
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  await expect.poll(() => marked(page), { timeout: 10_000 }).toEqual([MECH, HEART].sort());
  // The ::highlight() rules live in a constructed stylesheet, which style-src does not govern.
  const rules = await page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
  );
  expect(rules).toContain('::highlight(dk-unproven)');
  await hoverText(page, '#claim-heart');
  const tip = tooltip(page);
  await expect(tip).toContainText('Unproven');
  // Styled: its CSS reached the shadow root (an unstyled dialog has a transparent background).
  const look = await tip.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, position: s.position };
  });
  expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(look.position).not.toBe('static');
  await snap(page, 'robust-csp-tooltip');
  expect(problems).toEqual([]);
});
