import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '../fixtures';

// Shared steps of the reporting tests: open the Reports view, report a claim as the tooltip does,
// set the endpoint, find a report's card.

/** The repository. */
export const ROOT = resolve(import.meta.dirname, '../../..');
/** Where the reporting tests keep their screenshots. */
export const SHOTS = resolve(ROOT, 'artifacts/screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Opens the Reports view (report.html without a draft). */
export async function reportsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/report.html`);
  await expect(page.getByTestId('reports-count')).toBeVisible();
  return page;
}

/** Starts a report as the tooltip does (a 'report-claim' message) and confirms it on the report page. */
export async function report(
  context: BrowserContext,
  from: Page,
  quote: string,
  extra: Record<string, unknown> = {},
): Promise<Page> {
  const opened = context.waitForEvent('page');
  await from.evaluate((request) => chrome.runtime.sendMessage(request), {
    type: 'report-claim',
    quote,
    prefix: 'Why it works: ',
    suffix: ' Buy now.',
    start: 12,
    end: 12 + quote.length,
    url: 'https://shop.example/d3k2?variant=2',
    title: 'D3 + K2 drops',
    claimId: null,
    grade: null,
    source: 'tooltip',
    ...extra,
  });
  const draft = await opened;
  await draft.waitForLoadState();
  await draft.getByRole('button', { name: 'Queue report' }).click();
  await expect(draft.getByTestId('draft-done')).toBeVisible();
  return draft;
}

/** Saves the endpoint in the Reports view. */
export async function setEndpoint(page: Page, url: string): Promise<void> {
  await page.getByLabel('Send reports to (optional)').fill(url);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#report-endpoint-help')).toContainText(`sent to ${url}`);
}

/** A report's card in the Reports view. */
export const card = (page: Page, text: string) => page.getByTestId('report').filter({ hasText: text });
