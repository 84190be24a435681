import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../background';
import { handleMessage } from '../../utils/background/handle-message';
import { isWarm } from '../../utils/background/warm-up';
import { isClaimSite } from '../../utils/background/claim-sites';
import { DEFAULT_SETTINGS, saveSettings } from '../../utils/settings';
import { finding } from '../../utils/background/__tests__/finding';

// The background's own wiring, run as the browser runs it (its main() on the fake browser): a tab
// that starts loading a page of a site with claims warms the finder up, and switching a site off
// forgets it. A file of its own: the warm-up happens once per worker (per module here).

/** A tab starts loading a page, as Chromium tells the worker. */
async function loading(url: string, tabId = 7): Promise<void> {
  const tab = { id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
  await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading', url }, tab);
  // The warm-up reads the claim sites and the settings before it starts.
  await new Promise((ok) => setTimeout(ok, 20));
}

beforeAll(() => {
  fakeBrowser.reset();
  // The fake browser has no context menus or keyboard commands, which this file does not test.
  Object.assign(fakeBrowser.contextMenus.onClicked, { addListener: () => undefined });
  Object.assign(fakeBrowser.commands.onCommand, { addListener: () => undefined });
  background.main();
});

describe('background wiring', () => {
  it('forgets a site with claims once the reader switches it off', async () => {
    await handleMessage({ type: 'page-findings', url: 'https://gone.example/p', findings: [finding] }, 3);
    expect(await isClaimSite('https://gone.example/q')).toBe(true);
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['gone.example'] });
    await expect.poll(() => isClaimSite('https://gone.example/q')).toBe(false);
    await saveSettings(DEFAULT_SETTINGS);
  });

  it('warms the finder up when a page of a site with claims starts loading, and only then', async () => {
    await handleMessage({ type: 'page-findings', url: 'https://shop.example/p', findings: [finding] }, 5);
    await handleMessage({ type: 'page-findings', url: 'https://off.example/p', findings: [finding] }, 6);
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['off.example'] });
    await loading('https://plain.example/');
    expect(isWarm()).toBe(false);
    await loading('https://off.example/q');
    expect(isWarm()).toBe(false);
    await loading('https://shop.example/q');
    await expect.poll(isWarm).toBe(true);
  });
});
