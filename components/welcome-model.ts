import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { parseShortcuts } from '../utils/page/message-checks';

/** The keys the browser has set for the next/previous claim commands ('' unset); null until read. */
export const welcomeShortcuts = signal<{ next: string; previous: string } | null>(null);

/** Asks the background for the keys set for the commands, as the card's hint does. */
export async function loadWelcomeShortcuts(): Promise<void> {
  const raw: unknown = await browser.runtime.sendMessage({ type: 'get-shortcuts' }).catch(() => null);
  welcomeShortcuts.value = parseShortcuts(raw);
}
