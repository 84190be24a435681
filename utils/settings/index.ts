// Imported from its own module, not '#imports': that barrel re-exports every utils/ and components/
// file.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { z } from '../../claims/zod';
import { GRADE_KEYS } from '../../claims/grades';
import { DEFAULT_SETTINGS, MARK_STYLES, SETTINGS_ITEM, isSiteDisabled, type Settings } from './definition';

// The reader's preferences, one versioned storage item (./definition.ts) shared by options, popup,
// background and content script. Here: the zod schema that checks it in every context but the
// content script (which cannot afford zod and checks it by hand, utils/page/read-settings.ts).

export { DEFAULT_SETTINGS, MARK_STYLES, isSiteDisabled, type Settings };

type SettingsItem = WxtStorageItem<Settings, Record<string, unknown>>;
let item: SettingsItem | undefined;

/** The settings item as WXT's storage reads and writes it (SETTINGS_ITEM), defined on first use. */
export function settingsItem(): SettingsItem {
  item ??= storage.defineItem<Settings, Record<string, unknown>>(SETTINGS_ITEM.key, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_ITEM.version,
    migrations: SETTINGS_ITEM.migrations,
  });
  return item;
}

/** Sites the extension can be switched off on. */
export const MAX_DISABLED_SITES = 1_000;

/** What the reader can change on the options page and in the popup (the shape of `Settings`). */
export const settingsSchema = z.object({
  grades: z.record(z.enum(GRADE_KEYS), z.boolean()),
  markStyle: z.enum(MARK_STYLES),
  // Bounded like a host name and a list a reader keeps by hand: settings are read on every page.
  disabledSites: z.array(z.string().max(253)).max(MAX_DISABLED_SITES),
});

/** Reads the settings, falling back to defaults (and saying so) when what is stored is corrupt. */
export async function loadSettings(): Promise<Settings> {
  const raw: unknown = await settingsItem().getValue();
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[D3/K2 Claim Check] stored settings were unreadable; using defaults.', parsed.error.issues);
  return DEFAULT_SETTINGS;
}

// Host names are checked loosely: letters, digits, dots and hyphens (IDN hosts arrive as punycode
// from URL), or an IPv4/IPv6 literal.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])$/;

/**
 * The site a page or a typed entry stands for: its host name, lower-case, without "www.", so
 * switching a site off covers its subdomains. Null for anything that is not a web host.
 */
export function siteOf(input: string): string | null {
  const text = input.trim().toLowerCase().replace(/^\*\./, '');
  if (!text) return null;
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  if (!HOST.test(host)) return null;
  return host.replace(/^www\./, '');
}

/** The settings with a site switched off (or back on); the list stays sorted and free of duplicates. */
export function withSiteDisabled(settings: Settings, site: string, off: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  // A full list takes no more sites (the options page shows the list; the reader can remove some).
  if (off && others.length >= MAX_DISABLED_SITES) return settings;
  return { ...settings, disabledSites: off ? [...others, site].sort() : others };
}

/** Saves settings after checking them, so a bug elsewhere cannot store something unreadable. */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem().setValue(settingsSchema.parse(settings));
}

/** Reads, changes and saves the settings in one step. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

/** Calls back with the new settings whenever they change (in any context); returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((raw: unknown) => {
    const parsed = settingsSchema.safeParse(raw ?? DEFAULT_SETTINGS);
    onChange(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
