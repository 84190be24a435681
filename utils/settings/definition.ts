// Imported from its own module, not '#imports': that barrel re-exports every utils/ and components/
// file.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { GRADE_KEYS, type GradeKey } from '../../claims/grades';

// The settings item as every context reads it: its key, version, shape and defaults, without zod,
// so the content script reads it through the same definition as the options page and the
// background (utils/settings/index.ts adds the zod schema for those).

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

type SettingsItem = WxtStorageItem<Settings, Record<string, unknown>>;
let item: SettingsItem | undefined;

/**
 * The stored settings item (sync storage, so preferences follow the reader), versioned for
 * migrations. Defined on first use: defining an item reads it at once (@wxt-dev/storage runs its
 * migrations then), and the content script reads settings only on pages with D/K2 terms.
 */
export function settingsItem(): SettingsItem {
  item ??= storage.defineItem<Settings, Record<string, unknown>>('sync:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 1,
  });
  return item;
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
