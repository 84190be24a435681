import { GRADE_KEYS } from '../../claims/grades';
import { DEFAULT_SETTINGS, MARK_STYLES, settingsItem, type Settings } from '../settings/definition';
import { checks } from './message-checks';

// The content script's read-only view of the settings: the same versioned storage item as every
// other context (utils/settings/definition.ts), checked by hand instead of with zod, which is too
// heavy for a script that loads on every page (a unit test keeps the check in step with
// settingsSchema).

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

/** Reads the settings. */
export async function loadPageSettings(): Promise<Settings> {
  return parsePageSettings(await settingsItem().getValue());
}

/** Calls back with the new settings whenever they change; returns the unwatch function. */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((next: unknown) => {
    onChange(parsePageSettings(next));
  });
}

/** Exposed for the unit test that holds this check and settingsSchema together. */
export const isPageSettings = isSettings;
