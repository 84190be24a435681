import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isSiteDisabled,
  loadSettings,
  saveSettings,
  settingsItem,
  settingsSchema,
  siteOf,
  updateSettings,
  watchSettings,
  withSiteDisabled,
  type Settings,
} from '..';

beforeEach(() => {
  fakeBrowser.reset();
});

it('checks with zod exactly the shape the zod-free definition declares', () => {
  expectTypeOf<ReturnType<typeof settingsSchema.parse>>().toEqualTypeOf<Settings>();
});

describe('siteOf', () => {
  it('reduces URLs and typed hosts to the host name without www', () => {
    expect(siteOf('https://www.Shop.example.com/p/d3-k2?x=1')).toBe('shop.example.com');
    expect(siteOf('  www.example.org ')).toBe('example.org');
    expect(siteOf('*.example.org')).toBe('example.org');
    expect(siteOf('http://127.0.0.1:8080/product.html')).toBe('127.0.0.1');
  });

  it('refuses what is not a web host', () => {
    expect(siteOf('')).toBeNull();
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('file:///home/me/page.html')).toBeNull();
    expect(siteOf('not a host')).toBeNull();
  });
});

describe('isSiteDisabled', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
  it('covers the site and its subdomains only', () => {
    expect(isSiteDisabled(settings, 'https://example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://shop.example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://notexample.com/a')).toBe(false);
    expect(isSiteDisabled(settings, 'garbage')).toBe(false);
  });
});

describe('withSiteDisabled', () => {
  it('adds once, keeps the list sorted, and removes', () => {
    let s = withSiteDisabled(DEFAULT_SETTINGS, 'b.com', true);
    s = withSiteDisabled(s, 'a.com', true);
    s = withSiteDisabled(s, 'b.com', true);
    expect(s.disabledSites).toEqual(['a.com', 'b.com']);
    expect(withSiteDisabled(s, 'a.com', false).disabledSites).toEqual(['b.com']);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('stored settings', () => {
  it('fall back to the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('fall back to the defaults when what is stored is corrupt, and say so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ settings: { grades: 'all', markStyle: 3 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('round-trip through save and update', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, markStyle: 'underline' });
    const next = await updateSettings((s) => withSiteDisabled(s, 'shop.example', true));
    expect(next.markStyle).toBe('underline');
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      markStyle: 'underline',
      disabledSites: ['shop.example'],
    });
  });

  it('refuse to save invalid settings', async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, markStyle: 'blink' as 'both' })).rejects.toThrow();
    expect(await settingsItem().getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('tell watchers about changes made elsewhere', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['x.org'] });
    unwatch();
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen.map((s) => s.disabledSites)).toEqual([['x.org']]);
  });
});
