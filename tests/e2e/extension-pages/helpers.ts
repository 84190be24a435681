import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionWorker } from '../fixtures';

// Helpers shared by the extension-pages specs (popup, options, catalogue page).

/** Where screenshots go (gitignored); look at them. */
export const SHOTS = resolve(import.meta.dirname, '../../../artifacts/screenshots/pages');

/** The badge of a tab: its text and its background colour as [r, g, b, a]. */
export async function badgeOf(
  context: BrowserContext,
  tabId: number,
): Promise<{ text: string; color: number[] }> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async (id) => {
    const [text, color] = await Promise.all([
      chrome.action.getBadgeText({ tabId: id }),
      chrome.action.getBadgeBackgroundColor({ tabId: id }),
    ]);
    return { text, color: [...color] };
  }, tabId);
}

/** A "#rrggbb" colour as the [r, g, b, 255] that chrome.action reports. */
export const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

/** How many ranges the page's highlights of ours hold in all. */
export async function markCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('dk-') && name !== 'dk-flash') n += h.size;
    });
    return n;
  });
}

/** Opens the popup as a page for a tab, at the popup's own size. */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Runs axe in the light and the dark scheme and expects no violation; screenshots both when named. */
export async function checkBothSchemes(page: Page, shot?: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).analyze();
    const violations = result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
    expect(violations, `axe in ${colorScheme} scheme`).toEqual([]);
    if (shot) await page.screenshot({ path: resolve(SHOTS, `${shot}-${colorScheme}.png`), fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const LABELS = {
  established: 'established',
  plausible: 'plausible',
  mixed: 'mixed',
  unproven: 'unproven',
  contradicted: 'contradicted',
  unreviewed: 'not yet reviewed',
} as const;

/** The page's marks per grade, read from its highlights, in scale order (grades with none left out). */
export async function marksByGrade(page: Page): Promise<[keyof typeof LABELS, number][]> {
  const sizes = await page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => (out[name] = h.size));
    return out;
  });
  return (Object.keys(LABELS) as (keyof typeof LABELS)[]).flatMap((k) => {
    const n = sizes[`dk-${k}`] ?? 0;
    return n ? [[k, n] as [keyof typeof LABELS, number]] : [];
  });
}

/** The tally a reader should get from the grade bar, spelled out independently of the popup's code. */
export function expectedTally(byGrade: [keyof typeof LABELS, number][]): string {
  const total = byGrade.reduce((sum, [, n]) => sum + n, 0);
  return `${total} claims about vitamin D/K2: ${byGrade.map(([k, n]) => `${n} ${LABELS[k]}`).join(', ')}`;
}

/** How many marked claims go beyond the evidence: contradicted, unproven and mixed. */
export function beyondEvidence(byGrade: [keyof typeof LABELS, number][]): number {
  return byGrade.reduce(
    (sum, [k, n]) => sum + (k === 'contradicted' || k === 'unproven' || k === 'mixed' ? n : 0),
    0,
  );
}

/**
 * The verdict sentence a reader should see for these marks, for a page where some but not all
 * claims go beyond the evidence (what the specs' pages hold).
 */
export function expectedVerdict(byGrade: [keyof typeof LABELS, number][]): string {
  const beyond = beyondEvidence(byGrade);
  const unchecked = byGrade.find(([k]) => k === 'unreviewed')?.[1] ?? 0;
  const first = `${beyond} of this page’s health promises ${beyond === 1 ? 'goes' : 'go'} beyond the evidence`;
  const rest = unchecked ? `; ${unchecked} ${unchecked === 1 ? 'is' : 'are'} not checked yet` : '';
  return `${first}${rest}.`;
}
