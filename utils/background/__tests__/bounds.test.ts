import { describe, expect, it } from 'vitest';
import { MAX_PAGE_FINDINGS, MAX_URL_CHARS } from '../../message-limits';
import { backgroundMessageSchema } from '../../messages';
import { DEFAULT_SETTINGS, MAX_DISABLED_SITES, settingsSchema, withSiteDisabled } from '../../settings';
import { finding } from './finding';

// What the background keeps for every tab, and the settings every page reads, have a size bound.

const report = (count: number, url = 'https://shop.example/p') =>
  backgroundMessageSchema.safeParse({
    type: 'page-findings',
    url,
    findings: Array.from({ length: count }, () => ({ ...finding, prefix: '', suffix: '' })),
  }).success;

describe('size bounds', () => {
  it("a tab's reported findings and address are bounded", () => {
    expect(report(MAX_PAGE_FINDINGS)).toBe(true);
    expect(report(MAX_PAGE_FINDINGS + 1)).toBe(false);
    expect(report(1, `https://shop.example/${'a'.repeat(MAX_URL_CHARS)}`)).toBe(false);
  });

  it('the list of sites switched off is bounded, and a full list takes no more', () => {
    const sites = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `site${i}.example`);
    const full = { ...DEFAULT_SETTINGS, disabledSites: sites };
    expect(settingsSchema.safeParse(full).success).toBe(true);
    expect(settingsSchema.safeParse({ ...full, disabledSites: [...sites, 'one-more.example'] }).success).toBe(
      false,
    );
    expect(withSiteDisabled(full, 'one-more.example', true).disabledSites).toHaveLength(MAX_DISABLED_SITES);
    expect(withSiteDisabled(full, 'site1.example', false).disabledSites).toHaveLength(MAX_DISABLED_SITES - 1);
  });
});
