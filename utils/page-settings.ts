import { browser } from 'wxt/browser';
import { GRADE_KEYS } from '../claims/grades';
import { checks } from './page-messages';
import type { Settings } from './settings';

// The content script's read-only view of the settings item of utils/settings.ts. That module pulls in
// the full zod, too heavy for a script that loads on every page, so this one checks the stored value
// by hand (a unit test keeps it in step with settingsSchema) and reads storage.sync directly (the
// item is 'sync:settings', i.e. the key 'settings').

const STORAGE_KEY = 'settings';
const STYLES: readonly unknown[] = ['both', 'underline', 'tint'];

function isSettings(v: unknown): v is Settings {
  const { isObj, isStr, isBool } = checks;
  if (!isObj(v) || !isObj(v.grades) || !STYLES.includes(v.markStyle) || !Array.isArray(v.disabledSites))
    return false;
  const grades = v.grades;
  const keys = Object.keys(grades);
  return (
    keys.length === GRADE_KEYS.length &&
    GRADE_KEYS.every((k) => isBool(grades[k])) &&
    (v.disabledSites as unknown[]).every(isStr)
  );
}

/** Defaults: mark every grade, underline and tint, on every site. utils/settings.ts reuses them. */
export const PAGE_DEFAULT_SETTINGS: Settings = {
  grades: {
    established: true,
    plausible: true,
    mixed: true,
    unproven: true,
    contradicted: true,
    unreviewed: true,
  },
  markStyle: 'both',
  disabledSites: [],
};

/** Parses stored settings; unreadable data falls back to the defaults, with one warning. */
export function parsePageSettings(raw: unknown): Settings {
  if (raw === undefined || raw === null) return PAGE_DEFAULT_SETTINGS;
  if (isSettings(raw))
    return { grades: { ...raw.grades }, markStyle: raw.markStyle, disabledSites: [...raw.disabledSites] };
  console.warn('[D3/K2 Claim Check] stored settings were unreadable; using defaults.');
  return PAGE_DEFAULT_SETTINGS;
}

/** Reads the settings. */
export async function loadPageSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(STORAGE_KEY);
  return parsePageSettings(stored[STORAGE_KEY]);
}

/** Calls back with the new settings whenever they change; returns the unwatch function. */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[STORAGE_KEY];
    if (area === 'sync' && change) onChange(parsePageSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Whether the extension is off for a page's host or one of its subdomains (utils/settings.ts reuses it). */
export function siteIsOff(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Exposed for the unit test that holds this check and settingsSchema together. */
export const isPageSettings = isSettings;
