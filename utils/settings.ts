import { storage } from '#imports';
import { z } from 'zod';
import { GRADES } from '../claims/grades';

// The reader's preferences, one versioned storage item shared by options, popup and content script.

/** What the reader can change on the options page and in the popup. */
export const settingsSchema = z.object({
  /** Which grades get marks on pages ("unreviewed" = not yet reviewed). */
  grades: z.record(z.enum([...GRADES, 'unreviewed']), z.boolean()),
  /** How marks look: underline and tint, underline only, or tint only. */
  markStyle: z.enum(['both', 'underline', 'tint']),
  /** Host names (example.com) where the extension does nothing. */
  disabledSites: z.array(z.string()),
});

/** The reader's preferences. */
export type Settings = z.infer<typeof settingsSchema>;

/** Defaults: mark every grade, underline and tint, on every site. */
export const DEFAULT_SETTINGS: Settings = {
  grades: { established: true, plausible: true, mixed: true, unproven: true, contradicted: true, unreviewed: true },
  markStyle: 'both',
  disabledSites: [],
};

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

/** Whether the extension is switched off for a page's host. */
export function isSiteDisabled(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
