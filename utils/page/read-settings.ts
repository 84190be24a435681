import { browser } from 'wxt/browser';
import { GRADE_KEYS } from '../../claims/grades';
import {
  DEFAULT_SETTINGS,
  MARK_STYLES,
  SETTINGS_ITEM,
  migrateSettings,
  type Settings,
} from '../settings/definition';
import { checks } from './message-checks';

// The content script's read-only view of the settings: the same versioned item as every other
// context (utils/settings/definition.ts: key, version, migrations), read without WXT's storage
// library and checked by hand instead of with zod, both too heavy for a script that loads on every
// page. Unit tests keep it in step with the item as WXT reads it and with settingsSchema.

/** The item's key in sync storage, and the key WXT keeps its version under. */
const NAME = SETTINGS_ITEM.key.slice('sync:'.length);
const META = `${NAME}$`;
SETTINGS_ITEM.key satisfies `sync:${string}`;

function isSettings(v: unknown): v is Settings {
  const { isObj, isStr, isBool } = checks;
  if (
    !isObj(v) ||
    !isObj(v.grades) ||
    !(MARK_STYLES as readonly unknown[]).includes(v.markStyle) ||
    !Array.isArray(v.disabledSites)
  )
    return false;
  const grades = v.grades;
  const keys = Object.keys(grades);
  return (
    keys.length === GRADE_KEYS.length &&
    GRADE_KEYS.every((k) => isBool(grades[k])) &&
    (v.disabledSites as unknown[]).every(isStr)
  );
}

/** Parses stored settings; unreadable data falls back to the defaults, with one warning. */
export function parsePageSettings(raw: unknown): Settings {
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS;
  if (isSettings(raw))
    return { grades: { ...raw.grades }, markStyle: raw.markStyle, disabledSites: [...raw.disabledSites] };
  console.warn('[D3/K2 Claim Check] stored settings were unreadable; using defaults.');
  return DEFAULT_SETTINGS;
}

/** Reads the settings, migrating a value stored at an older version as WXT's item would. */
export async function loadPageSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get([NAME, META]);
  const raw: unknown = stored[NAME];
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS;
  const meta = stored[META];
  const version = checks.isObj(meta) && checks.isInt(meta.v) ? meta.v : 1;
  return parsePageSettings(migrateSettings(raw, version));
}

/**
 * Calls back with the new settings whenever they change; returns the unwatch function. A new value
 * was written through the item, at its version.
 */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[NAME];
    if (area === 'sync' && change) onChange(parsePageSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Exposed for the unit test that holds this check and settingsSchema together. */
export const isPageSettings = isSettings;
