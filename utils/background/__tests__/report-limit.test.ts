import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundMessageSchema } from '../../messages';
import { reportRequest } from '../../reports/request';
import { DRAFT_WINDOW_MS, mayDraft } from '../../reports/draft-limit';
import { handleMessage } from '../handle-message';
import { finding } from './finding';

// Each report draft opens a tab: a page that presses "Report" again and again gets one.

const request = backgroundMessageSchema.parse(
  reportRequest(
    { ...finding, prefix: '', suffix: '' },
    { url: 'https://shop.example/p', title: 'Shop' },
    'tooltip',
  ),
);
const reportTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((t) => t.url?.includes('report.html')).length;

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no manifest; the draft records the extension's version.
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ version: '0.1.0' }) });
});

describe('report drafts per tab', () => {
  it('opens two report tabs for five presses from the same tab, and one for another tab', async () => {
    const shop = await fakeBrowser.tabs.create({ url: 'https://shop.example/p' });
    const other = await fakeBrowser.tabs.create({ url: 'https://other.example/' });
    const fromContent = { content: true };
    for (let i = 0; i < 5; i++) await handleMessage(request, shop.id, fromContent);
    expect(await reportTabs()).toBe(2);
    await handleMessage(request, other.id, fromContent);
    expect(await reportTabs()).toBe(3);
    // Our own pages in a tab (the Reports view) are the reader's: not limited.
    const view = await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/options.html') });
    for (let i = 0; i < 2; i++) await handleMessage(request, view.id);
    expect(await reportTabs()).toBe(5);
  });

  it('lets a tab draft again once the window has passed, and our own pages (no tab) always', () => {
    expect(mayDraft(900, 0)).toBe(true);
    expect(mayDraft(900, 1)).toBe(true);
    expect(mayDraft(900, DRAFT_WINDOW_MS - 1)).toBe(false);
    expect(mayDraft(900, DRAFT_WINDOW_MS)).toBe(true);
    expect(mayDraft(undefined)).toBe(true);
    expect(mayDraft(undefined)).toBe(true);
  });
});
