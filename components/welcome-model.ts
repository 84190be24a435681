import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';

/** The keys the browser has set for the next/previous claim commands ('' unset); null until read. */
export const welcomeShortcuts = signal<{ next: string; previous: string } | null>(null);

/** Reads the keys the browser has set for the commands (an extension page may ask it directly). */
export async function loadWelcomeShortcuts(): Promise<void> {
  const commands = await browser.commands.getAll().catch(() => []);
  const key = (name: string) => commands.find((c) => c.name === name)?.shortcut ?? '';
  welcomeShortcuts.value = { next: key('next-claim'), previous: key('previous-claim') };
}
