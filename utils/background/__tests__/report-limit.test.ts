import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundMessageSchema } from '../../messages';
import { reportRequest } from '../../reports/request';
import { DRAFT_GAP_MS, mayDraft } from '../../reports/draft-limit';
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
  it('opens one report tab for three presses from the same tab, and one for another tab', async () => {
    const shop = await fakeBrowser.tabs.create({ url: 'https://shop.example/p' });
    const other = await fakeBrowser.tabs.create({ url: 'https://other.example/' });
    for (let i = 0; i < 3; i++) await handleMessage(request, shop.id);
    expect(await reportTabs()).toBe(1);
    await handleMessage(request, other.id);
    expect(await reportTabs()).toBe(2);
  });

  it('lets a tab draft again after the gap, and our own pages (no tab) always', () => {
    expect(mayDraft(900, 0)).toBe(true);
    expect(mayDraft(900, DRAFT_GAP_MS - 1)).toBe(false);
    expect(mayDraft(900, DRAFT_GAP_MS)).toBe(true);
    expect(mayDraft(undefined)).toBe(true);
    expect(mayDraft(undefined)).toBe(true);
  });
});
