import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WireFinding } from '../messages';
import {
  badgeFor,
  clearIfNewPage,
  clearTab,
  getTabFindings,
  isRestrictedUrl,
  setTabFindings,
  setTabMarksHidden,
} from '../tab-state';
import { GRADE_STYLE } from '../../claims/grades';

const finding = (grade: WireFinding['grade'], text = 'K2 sends calcium to bone.'): WireFinding => ({
  text,
  start: 0,
  end: text.length,
  claimId: grade ? 'some-entry' : null,
  grade,
  ruleId: null,
  reason: null,
  hedged: false,
  negated: false,
});

// Each test uses its own tab id: the background's memory map outlives fakeBrowser.reset().
let nextTab = 100;
let tabId: number;
beforeEach(() => {
  fakeBrowser.reset();
  tabId = nextTab++;
});

describe('badgeFor', () => {
  it('counts claims and takes the colour of the weakest grade', () => {
    const badge = badgeFor({
      url: 'https://a.example/',
      findings: [finding('established'), finding('contradicted'), finding(null), finding('plausible')],
    });
    expect(badge.text).toBe('4');
    expect(badge.color).toBe(GRADE_STYLE.contradicted.color);
    expect(badge.title).toBe(
      '4 claims about vitamin D/K2: 1 established, 1 plausible, 1 contradicted, 1 not yet reviewed',
    );
  });

  it('is grey when nothing is graded, empty when nothing is found, and capped when huge', () => {
    expect(badgeFor({ url: '', findings: [finding(null)] }).color).toBe(GRADE_STYLE.unreviewed.color);
    expect(badgeFor({ url: '', findings: [] })).toEqual({ text: '', color: null, title: null });
    expect(badgeFor({ url: '', findings: Array.from({ length: 120 }, () => finding('mixed')) }).text).toBe(
      '99+',
    );
  });
});

describe('tab state', () => {
  it('sets the badge text and colour, and clears both with the tab', async () => {
    await setTabFindings(tabId, {
      url: 'https://a.example/',
      findings: [finding('plausible'), finding('unproven')],
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('2');
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

describe('isRestrictedUrl', () => {
  it('flags browser pages and the add-on stores, not ordinary pages', () => {
    expect(isRestrictedUrl('chrome://extensions/')).toBe(true);
    expect(isRestrictedUrl('about:addons')).toBe(true);
    expect(isRestrictedUrl('chrome-extension://abc/popup.html')).toBe(true);
    expect(isRestrictedUrl('https://chromewebstore.google.com/detail/x')).toBe(true);
    expect(isRestrictedUrl('https://addons.mozilla.org/en-US/firefox/')).toBe(true);
    expect(isRestrictedUrl('')).toBe(true);
    expect(isRestrictedUrl('https://shop.example/d3-k2')).toBe(false);
    expect(isRestrictedUrl('http://127.0.0.1:3000/product.html')).toBe(false);
    expect(isRestrictedUrl('file:///tmp/page.html')).toBe(false);
  });
});
