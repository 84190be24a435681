import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, settingsItem, settingsSchema } from '../../settings';
import { isPageSettings, loadPageSettings, parsePageSettings, watchPageSettings } from '../read-settings';

// The content script reads the settings without zod; these tests hold it to utils/settings/.

beforeEach(() => {
  fakeBrowser.reset();
});

const grades = fc.record({
  established: fc.boolean(),
  plausible: fc.boolean(),
  mixed: fc.boolean(),
  unproven: fc.boolean(),
  contradicted: fc.boolean(),
  unreviewed: fc.boolean(),
});
const settings = fc.record({
  grades,
  markStyle: fc.constantFrom('both', 'underline', 'tint'),
  disabledSites: fc.array(fc.domain(), { maxLength: 3 }),
});

describe('page settings', () => {
  it('defaults to marking every grade everywhere', () => {
    expect(Object.values(DEFAULT_SETTINGS.grades).every(Boolean)).toBe(true);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });

  it('accepts exactly what settingsSchema accepts', () => {
    const near = fc
      .tuple(settings, fc.constantFrom('grades', 'markStyle', 'disabledSites'), fc.anything())
      .map(([s, key, v]) => ({ ...s, [key]: v }));
    const extraGrade = settings.map((s) => ({ ...s, grades: { ...s.grades, great: true } }));
    fc.assert(
      fc.property(fc.oneof(settings, near, extraGrade, fc.anything()), (value) => {
        expect(isPageSettings(value)).toBe(settingsSchema.safeParse(value).success);
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads the stored item and falls back to the defaults, with one warning, when it is corrupt', async () => {
    expect(await loadPageSettings()).toEqual(DEFAULT_SETTINGS);
    const stored = { ...DEFAULT_SETTINGS, markStyle: 'tint' as const };
    await fakeBrowser.storage.sync.set({ settings: stored });
    expect(await loadPageSettings()).toEqual(stored);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parsePageSettings({ grades: 'all' })).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('reads what the settings item holds, as WXT reads it', async () => {
    const chosen = { ...DEFAULT_SETTINGS, markStyle: 'underline' as const, disabledSites: ['shop.example'] };
    await settingsItem().setValue(chosen);
    expect(await loadPageSettings()).toEqual(await settingsItem().getValue());
    // A value stored with its version (WXT's meta key) is read the same way.
    await fakeBrowser.storage.sync.set({ settings$: { v: 1 } });
    expect(await loadPageSettings()).toEqual(chosen);
  });

  it('calls back when the settings change in sync storage', async () => {
    const seen: unknown[] = [];
    const unwatch = watchPageSettings((s) => seen.push(s.markStyle));
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, markStyle: 'underline' } });
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, markStyle: 'tint' } });
    unwatch();
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, markStyle: 'tint' } });
    expect(seen).toEqual(['underline']);
  });
});
