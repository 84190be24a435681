import { signal } from '@preact/signals';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  watchSettings,
  type Settings,
} from '../utils/settings';

// The options page's state: the settings as last saved, and what the page says about saving.

/** The settings the page shows; every change is saved at once. */
export const optionsSettings = signal<Settings>(DEFAULT_SETTINGS);
/** Whether the page has read the stored settings yet (controls stay disabled until then). */
export const optionsLoaded = signal(false);
/** The last save's outcome, announced to screen readers. */
export const saveStatus = signal<'' | 'Saved.' | 'Could not save: your browser refused to store the change.'>(
  '',
);

/** Reads the stored settings and follows changes made elsewhere (the popup); returns the unwatch function. */
export async function loadOptions(): Promise<() => void> {
  const unwatch = watchSettings((s) => (optionsSettings.value = s));
  optionsSettings.value = await loadSettings();
  optionsLoaded.value = true;
  return unwatch;
}

/** Applies a change and saves it, saying whether it stuck. */
export async function changeSettings(change: (current: Settings) => Settings): Promise<void> {
  const next = change(optionsSettings.value);
  optionsSettings.value = next;
  try {
    await saveSettings(next);
    saveStatus.value = 'Saved.';
  } catch {
    saveStatus.value = 'Could not save: your browser refused to store the change.';
  }
}
