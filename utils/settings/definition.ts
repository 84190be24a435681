import { GRADE_KEYS, type GradeKey } from '../../claims/grades';

// The settings item as every context reads it: its storage key, version and migrations, its shape
// and defaults. No zod and no storage library here: the content script reads the item through this
// definition by itself (utils/page/read-settings.ts); the other contexts read and write it through
// WXT's storage item built from it (utils/settings/index.ts), which adds the zod schema.

/** How marks look: underline and tint, underline only, or tint only. */
export const MARK_STYLES = ['both', 'underline', 'tint'] as const;

/** One of the mark styles. */
export type MarkStyle = (typeof MARK_STYLES)[number];

/** The reader's preferences (settingsSchema in utils/settings/index.ts checks the same shape). */
export interface Settings {
  /** Which grades get marks on pages ("unreviewed" = not yet reviewed). */
  grades: Record<GradeKey, boolean>;
  /** How marks look. */
  markStyle: MarkStyle;
  /** Host names (example.com) where the extension does nothing. */
  disabledSites: string[];
}

/** Defaults: mark every grade, underline and tint, on every site. */
export const DEFAULT_SETTINGS: Settings = {
  grades: Object.fromEntries(GRADE_KEYS.map((key) => [key, true])) as Record<GradeKey, boolean>,
  markStyle: 'both',
  disabledSites: [],
};

/**
 * The stored item: `sync:settings` (sync storage, so preferences follow the reader), at `version`.
 * WXT keeps the version in `settings$` ({ v }) and runs `migrations[n]` on a value stored at n - 1;
 * the content script applies the same migrations when it reads an older value.
 */
export const SETTINGS_ITEM = {
  key: 'sync:settings',
  version: 1,
  migrations: {} as Readonly<Record<number, (old: unknown) => unknown>>,
} as const;

/** A value stored at `storedVersion` (1 when there is no version), brought to the item's version. */
export function migrateSettings(value: unknown, storedVersion: number): unknown {
  let migrated = value;
  for (let v = storedVersion + 1; v <= SETTINGS_ITEM.version; v++)
    migrated = SETTINGS_ITEM.migrations[v]?.(migrated) ?? migrated;
  return migrated;
}

/** Whether the extension is switched off for a page's host or one of its subdomains. */
export function isSiteDisabled(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
