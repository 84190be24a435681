import { browser } from 'wxt/browser';
import { isSiteDisabled, type Settings } from '../settings';
import { forgetClaimSites } from './claim-sites';
import { clearTab } from './tab-state';

// What the background does to the browser's tabs for the reader: keyboard commands go to the page,
// the catalogue opens beside it, and a site switched off loses its badge at once.

/** Sends a "next/previous claim" command to the tab's content script; a page without one ignores it. */
export async function forwardCommand(command: string, tabId: number | undefined): Promise<void> {
  const step = command === 'next-claim' ? 1 : command === 'previous-claim' ? -1 : 0;
  if (!step) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await browser.tabs.sendMessage(id, { type: 'step-claim', step }, { frameId: 0 }).catch(() => undefined);
}

/**
 * The keys set for the next and previous claim commands, as the browser shows them ("Alt+Shift+N"),
 * or '' where the reader (or the browser, when the suggested key was taken) left one unset.
 */
export async function commandShortcuts(): Promise<{ next: string; previous: string }> {
  const commands = await browser.commands.getAll().catch(() => []);
  const key = (name: string) => commands.find((c) => c.name === name)?.shortcut ?? '';
  return { next: key('next-claim'), previous: key('previous-claim') };
}

/** Opens the catalogue page (at one entry) beside the tab that asked. */
export async function openCatalogue(id: string | undefined, tabId: number | undefined): Promise<void> {
  const opener = tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  await browser.tabs.create({
    url: browser.runtime.getURL(`/catalogue.html${id ? `#${id}` : ''}`),
    ...(opener?.id !== undefined ? { openerTabId: opener.id, index: opener.index + 1 } : {}),
  });
}

/** Clears the badge of every open tab whose site the reader switched off, and forgets those sites. */
export async function clearDisabledTabs(settings: Settings): Promise<void> {
  if (!settings.disabledSites.length) return;
  await forgetClaimSites((origin) => isSiteDisabled(settings, `${origin}/`));
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id !== undefined && tab.url && isSiteDisabled(settings, tab.url) ? [clearTab(tab.id)] : [],
    ),
  );
}
