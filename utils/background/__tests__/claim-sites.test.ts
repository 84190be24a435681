import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  dropMemoryCopy,
  forgetClaimSites,
  isClaimSite,
  MAX_CLAIM_SITES,
  originOf,
  rememberClaimSite,
} from '../claim-sites';

// The sites whose pages had claims this session: the background compiles its finder while their
// next page loads.

beforeEach(() => {
  fakeBrowser.reset();
  dropMemoryCopy();
});

describe('claim sites', () => {
  it('knows a site by its origin, from any of its pages', async () => {
    await rememberClaimSite('https://shop.example/products/d3-k2?variant=2');
    expect(await isClaimSite('https://shop.example/collections/all')).toBe(true);
    expect(await isClaimSite('http://shop.example/')).toBe(false);
    expect(await isClaimSite('https://other.example/')).toBe(false);
  });

  it('ignores what is not a web page', async () => {
    await rememberClaimSite('chrome-extension://abc/popup.html');
    await rememberClaimSite('not a url');
    expect(originOf('file:///tmp/page.html')).toBeNull();
    expect(await isClaimSite('chrome-extension://abc/options.html')).toBe(false);
  });

  it('outlives a restart of the service worker (session storage)', async () => {
    await rememberClaimSite('https://shop.example/a');
    dropMemoryCopy();
    expect(await isClaimSite('https://shop.example/b')).toBe(true);
  });

  it(`keeps the ${MAX_CLAIM_SITES} most recent sites`, async () => {
    for (let i = 0; i <= MAX_CLAIM_SITES; i++) await rememberClaimSite(`https://s${i}.example/`);
    // Seen again: it moves to the front and is kept.
    await rememberClaimSite('https://s1.example/');
    await rememberClaimSite('https://new.example/');
    dropMemoryCopy();
    expect(await isClaimSite('https://s0.example/')).toBe(false);
    expect(await isClaimSite('https://s2.example/')).toBe(false);
    expect(await isClaimSite('https://s1.example/')).toBe(true);
    expect(await isClaimSite('https://new.example/')).toBe(true);
    expect(await isClaimSite(`https://s${MAX_CLAIM_SITES}.example/`)).toBe(true);
  });

  it('forgets the sites picked (switched off), in memory and in session storage', async () => {
    await rememberClaimSite('https://a.example/');
    await rememberClaimSite('https://b.example/');
    await forgetClaimSites((origin) => origin === 'https://a.example');
    expect(await isClaimSite('https://a.example/')).toBe(false);
    dropMemoryCopy();
    expect(await isClaimSite('https://a.example/')).toBe(false);
    expect(await isClaimSite('https://b.example/')).toBe(true);
  });

  it('treats corrupt stored data as no sites, and stores good data over it', async () => {
    await fakeBrowser.storage.session.set({ 'claim-sites': { not: 'a list' } });
    expect(await isClaimSite('https://shop.example/')).toBe(false);
    await rememberClaimSite('https://shop.example/');
    dropMemoryCopy();
    expect(await isClaimSite('https://shop.example/')).toBe(true);
  });
});
