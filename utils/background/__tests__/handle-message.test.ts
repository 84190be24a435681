import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../handle-message';
import { DEFAULT_SETTINGS, saveSettings } from '../../settings';
import { dropMemoryCopy, isClaimSite } from '../claim-sites';
import { finding } from './finding';

let tabId = 500;
beforeEach(() => {
  fakeBrowser.reset();
  dropMemoryCopy();
  tabId++;
});

describe('background: sites whose pages had claims (warmed up on their next page)', () => {
  it('remembers the site of a page report with claims, not of one without', async () => {
    await handleMessage({ type: 'page-findings', url: 'https://shop.example/p', findings: [finding] }, tabId);
    await handleMessage({ type: 'page-findings', url: 'https://plain.example/p', findings: [] }, tabId + 1);
    expect(await isClaimSite('https://shop.example/q')).toBe(true);
    expect(await isClaimSite('https://plain.example/q')).toBe(false);
  });

  it('remembers nothing from a private window, nor from a site switched off', async () => {
    await handleMessage(
      { type: 'page-findings', url: 'https://private.example/p', findings: [finding] },
      tabId,
      { incognito: true },
    );
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['off.example'] });
    await handleMessage(
      { type: 'page-findings', url: 'https://off.example/p', findings: [finding] },
      tabId + 1,
    );
    expect(await isClaimSite('https://private.example/q')).toBe(false);
    expect(await isClaimSite('https://off.example/q')).toBe(false);
  });
});

describe('background: tab findings', () => {
  it('records a page report, badges the tab and answers the popup', async () => {
    await handleMessage({ type: 'page-findings', url: 'https://shop.example/p', findings: [finding] }, tabId);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('✓');
    expect(await handleMessage({ type: 'get-tab-findings', tabId }, undefined)).toMatchObject({
      url: 'https://shop.example/p',
      findings: [{ claimId: 'k2-directs-calcium-to-bone' }],
      marksHidden: false,
    });
  });

  it('ignores a page report from a site the reader switched off', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['shop.example'] });
    await handleMessage(
      { type: 'page-findings', url: 'https://www.shop.example/p', findings: [finding] },
      tabId,
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    expect(await handleMessage({ type: 'get-tab-findings', tabId }, undefined)).toBeNull();
  });

  it('remembers that the marks are hidden in a tab', async () => {
    await handleMessage({ type: 'page-findings', url: 'https://shop.example/p', findings: [finding] }, tabId);
    await handleMessage({ type: 'set-tab-marks-hidden', tabId, hidden: true }, undefined);
    expect(await handleMessage({ type: 'get-tab-findings', tabId }, undefined)).toMatchObject({
      marksHidden: true,
    });
  });
});

describe('background: catalogue links', () => {
  it('opens the catalogue page at an entry', async () => {
    const shop = await fakeBrowser.tabs.create({ url: 'https://shop.example/p' });
    await handleMessage({ type: 'open-catalogue', id: 'k2-directs-calcium-to-bone' }, shop.id);
    const tabs = await fakeBrowser.tabs.query({});
    const opened = tabs.find((t) => t.url?.includes('catalogue.html'));
    expect(opened?.url).toMatch(/\/catalogue\.html#k2-directs-calcium-to-bone$/);
  });
});
