import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { catalogueFinder, entryById, warmUpBatches } from '../claims';
import { forgetClaimSites, isClaimSite, rememberClaimSite } from '../utils/claim-sites';
import { backgroundMessageSchema, type BackgroundMessage } from '../utils/messages';
import {
  clearIfNewPage,
  clearTab,
  getTabFindings,
  setTabFindings,
  setTabMarksHidden,
} from '../utils/tab-state';
import { isSiteDisabled, loadSettings, watchSettings, type Settings } from '../utils/settings';
import { handleReportClaim, registerReports } from '../utils/reports/background';

/**
 * Answers one validated message; kept apart from the listener so tests can call it directly.
 * `from.incognito`: the sender's tab is in a private window, whose sites are not remembered.
 */
export async function handleMessage(
  message: BackgroundMessage,
  tabId: number | undefined,
  from: { incognito?: boolean } = {},
): Promise<unknown> {
  switch (message.type) {
    case 'analyze':
      analysed = true;
      return catalogueFinder().find(message.blocks);
    case 'page-findings':
      if (tabId === undefined) return null;
      // A report that raced the reader switching the site off must not bring the badge back.
      if (isSiteDisabled(await loadSettings(), message.url)) await clearTab(tabId);
      else {
        await setTabFindings(tabId, { url: message.url, findings: message.findings });
        if (message.findings.length && !from.incognito) await rememberClaimSite(message.url);
      }
      return null;
    case 'get-tab-findings':
      return getTabFindings(message.tabId);
    case 'get-entry':
      // The whole entry: the content script's schema keeps only what the tooltip shows.
      return entryById(message.id) ?? null;
    case 'open-catalogue':
      await openCatalogue(message.id, tabId);
      return true;
    case 'set-tab-marks-hidden':
      await setTabMarksHidden(message.tabId, message.hidden);
      return null;
    case 'report-claim':
      return handleReportClaim(message, tabId);
  }
}

/** Whether a page has been analysed since this worker started: no warm-up is needed after that. */
let analysed = false;
/** Whether the warm-up has started (once per worker). */
let warming = false;
/**
 * Whether the finder is compiled or being compiled. Read through a function: another tab may start
 * the warm-up while this one waits for storage. Exported for tests.
 */
export const isWarm = (): boolean => warming || analysed;

/**
 * A tab starts loading a page of a site where claims were found this session: compile the finder
 * now, while the page loads, a batch per task, rather than when the page asks (utils/claim-sites.ts).
 */
async function warmUpFor(url: string | undefined): Promise<void> {
  if (isWarm() || !url) return;
  const wanted = (await isClaimSite(url)) && !isSiteDisabled(await loadSettings(), url);
  if (!wanted || isWarm()) return;
  warming = true;
  const batches = warmUpBatches();
  const next = () => {
    const batch = batches.shift();
    if (!batch || analysed) return;
    try {
      catalogueFinder().find(batch);
    } catch {
      // Only a warm-up: the page's own analysis reports any error.
      return;
    }
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

/** Sends a "next/previous claim" command to the tab's content script; a page without one ignores it. */
async function forwardCommand(command: string, tabId: number | undefined): Promise<void> {
  const step = command === 'next-claim' ? 1 : command === 'previous-claim' ? -1 : 0;
  if (!step) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await browser.tabs.sendMessage(id, { type: 'step-claim', step }, { frameId: 0 }).catch(() => undefined);
}

/** Opens the catalogue page (at one entry) beside the tab that asked. */
async function openCatalogue(id: string | undefined, tabId: number | undefined): Promise<void> {
  const opener = tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  await browser.tabs.create({
    url: browser.runtime.getURL(`/catalogue.html${id ? `#${id}` : ''}`),
    ...(opener?.id !== undefined ? { openerTabId: opener.id, index: opener.index + 1 } : {}),
  });
}

/** Clears the badge of every open tab whose site the reader switched off, and forgets those sites. */
async function clearDisabledTabs(settings: Settings): Promise<void> {
  if (!settings.disabledSites.length) return;
  await forgetClaimSites((origin) => isSiteDisabled(settings, `${origin}/`));
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id !== undefined && tab.url && isSiteDisabled(settings, tab.url) ? [clearTab(tab.id)] : [],
    ),
  );
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const parsed = backgroundMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    return handleMessage(parsed.data, sender.tab?.id, { incognito: sender.tab?.incognito === true });
  });
  // A new page (or a reload) starts with a clean badge; its content script reports again.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    void clearIfNewPage(tabId, change.url);
    void warmUpFor(change.url ?? tab.url).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  // Reports: the report page's messages, the context menu, and the send queue's retry alarm.
  registerReports();
  // Keyboard commands step through the claims of the active tab's page (its top frame).
  browser.commands.onCommand.addListener((command, tab) => void forwardCommand(command, tab?.id));
  // Switching a site off empties its tabs' badges at once, not only after a reload.
  watchSettings((settings) => void clearDisabledTabs(settings));
});
