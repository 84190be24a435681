// Imported from its own module, not '#imports': that barrel re-exports every utils/ and components/
// file, which put the popup's modules in an import cycle with this one.
import { storage } from 'wxt/utils/storage';
import { z } from '../claims/zod';
import { GRADE_KEYS } from '../claims/grades';
// The zod-free pieces live with the content script, which cannot afford zod; everything else reuses them.
import { PAGE_DEFAULT_SETTINGS, siteIsOff } from './page-settings';

// The reader's preferences, one versioned storage item shared by options, popup and content script.

/** What the reader can change on the options page and in the popup. */
export const settingsSchema = z.object({
  /** Which grades get marks on pages ("unreviewed" = not yet reviewed). */
  grades: z.record(z.enum(GRADE_KEYS), z.boolean()),
  /** How marks look: underline and tint, underline only, or tint only. */
  markStyle: z.enum(['both', 'underline', 'tint']),
  /** Host names (example.com) where the extension does nothing. */
  disabledSites: z.array(z.string()),
});

/** The reader's preferences. */
export type Settings = z.infer<typeof settingsSchema>;

/** Defaults: mark every grade, underline and tint, on every site (defined zod-free in page-settings.ts). */
export const DEFAULT_SETTINGS: Settings = PAGE_DEFAULT_SETTINGS;

/** The stored settings item (sync storage, so preferences follow the reader). */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, falling back to defaults (and saying so) when what is stored is corrupt. */
export async function loadSettings(): Promise<Settings> {
  const raw: unknown = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[D3/K2 Claim Check] stored settings were unreadable; using defaults.', parsed.error.issues);
  return DEFAULT_SETTINGS;
}

/** Whether the extension is switched off for a page's host: the content script's own rule. */
export const isSiteDisabled: (settings: Settings, url: string) => boolean = siteIsOff;

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
  return { ...settings, disabledSites: off ? [...others, site].sort() : others };
}

/** Saves settings after checking them, so a bug elsewhere cannot store something unreadable. */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(settings));
}

/** Reads, changes and saves the settings in one step. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

/** Calls back with the new settings whenever they change (in any context); returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw: unknown) => {
    const parsed = settingsSchema.safeParse(raw ?? DEFAULT_SETTINGS);
    onChange(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
