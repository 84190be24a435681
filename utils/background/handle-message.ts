import { entryById } from '../../claims';
import type { BackgroundMessage } from '../messages';
import { handleReportClaim } from '../reports/background';
import { mayDraft } from '../reports/draft-limit';
import { isSiteDisabled, loadSettings } from '../settings';
import { rememberClaimSite } from './claim-sites';
import { clearTab, getTabFindings, setTabFindings, setTabMarksHidden } from './tab-state';
import { readProduct } from './product';
import { commandShortcuts, openCatalogue } from './tabs';
import { analyse } from './warm-up';

/**
 * Answers one validated message; kept apart from the listener so tests can call it directly.
 * `from.incognito`: the sender's tab is in a private window, whose sites are not remembered.
 * `from.content`: a content script sent it (not one of our pages), so its report drafts are rate-limited.
 */
export async function handleMessage(
  message: BackgroundMessage,
  tabId: number | undefined,
  from: { incognito?: boolean; content?: boolean } = {},
): Promise<unknown> {
  switch (message.type) {
    case 'analyze': {
      const findings = analyse(message.blocks);
      // The product panel's doses are read from the same blocks, after the page has its answer.
      if (tabId !== undefined) void readProduct(tabId, message.blocks).catch(() => undefined);
      return findings;
    }
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
      // The whole entry: the content script's check keeps only what the tooltip shows.
      return entryById(message.id) ?? null;
    case 'open-catalogue':
      await openCatalogue(message.id, tabId);
      return true;
    case 'set-tab-marks-hidden':
      await setTabMarksHidden(message.tabId, message.hidden);
      return null;
    case 'report-claim':
      // A few drafts (each a new tab) per tab at a time: a page cannot open tab after tab.
      if (from.content && !mayDraft(tabId)) return null;
      return handleReportClaim(message, tabId);
    case 'get-shortcuts':
      return commandShortcuts();
  }
}
