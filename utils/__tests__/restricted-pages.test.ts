import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '../restricted-pages';

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
