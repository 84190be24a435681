import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { graded as finding } from './finding';
import { clearIfNewPage, clearTab, getTabFindings, setTabFindings, setTabMarksHidden } from '../tab-state';

// Each test uses its own tab id: the background's memory map outlives fakeBrowser.reset().
let nextTab = 100;
let tabId: number;
beforeEach(() => {
  fakeBrowser.reset();
  tabId = nextTab++;
});

describe('tab state', () => {
  it('sets the badge text and colour, and clears both with the tab', async () => {
    await setTabFindings(tabId, {
      url: 'https://a.example/',
      findings: [finding('plausible'), finding('unproven')],
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId })).toEqual([188, 76, 0, 255]);
    expect((await getTabFindings(tabId))?.findings).toHaveLength(2);

    await clearTab(tabId);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    expect(await getTabFindings(tabId)).toBeNull();
  });

  it('mirrors to session storage, so a restarted worker still knows the tab', async () => {
    await setTabFindings(tabId, { url: 'https://a.example/', findings: [finding('mixed')] });
    const stored = await fakeBrowser.storage.session.get(`tab:${tabId}`);
    expect(stored[`tab:${tabId}`]).toMatchObject({
      url: 'https://a.example/',
      findings: [{ grade: 'mixed' }],
    });
  });

  it('ignores corrupt session data instead of failing', async () => {
    await fakeBrowser.storage.session.set({ [`tab:${tabId}`]: { url: 5, findings: 'lots' } });
    expect(await getTabFindings(tabId)).toBeNull();
  });

  it('works from memory where the browser has no session storage (old Firefox)', async () => {
    const storage = fakeBrowser.storage as { session?: unknown };
    const session = storage.session;
    delete storage.session;
    try {
      await setTabFindings(tabId, { url: 'https://b.example/', findings: [finding('established')] });
      expect((await getTabFindings(tabId))?.url).toBe('https://b.example/');
      await clearTab(tabId);
      expect(await getTabFindings(tabId)).toBeNull();
    } finally {
      storage.session = session;
    }
  });

  it('keeps "marks hidden" across rescans of the same page but not across pages', async () => {
    await setTabFindings(tabId, { url: 'https://a.example/', findings: [finding('mixed')] });
    await setTabMarksHidden(tabId, true);
    await setTabFindings(tabId, { url: 'https://a.example/', findings: [finding('mixed'), finding(null)] });
    expect((await getTabFindings(tabId))?.marksHidden).toBe(true);
    await setTabFindings(tabId, { url: 'https://a.example/other', findings: [] });
    expect((await getTabFindings(tabId))?.marksHidden).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });
});

describe('clearIfNewPage', () => {
  it('clears on a reload (no address) and on a new address, not on a jump to an #anchor', async () => {
    const page = { url: 'https://a.example/p?x=1', findings: [finding('mixed')] };
    await setTabFindings(tabId, page);
    await clearIfNewPage(tabId, 'https://a.example/p?x=1#reviews');
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('1');
    await clearIfNewPage(tabId, 'https://a.example/other');
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');

    await setTabFindings(tabId, page);
    await clearIfNewPage(tabId, undefined);
    expect(await getTabFindings(tabId)).toBeNull();
  });
});
