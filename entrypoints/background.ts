import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../utils/background/handle-message';
import { mayAsk, senderKind, typeOf } from '../utils/background/senders';
import { clearIfNewPage, clearTab } from '../utils/background/tab-state';
import { clearDisabledTabs, forwardCommand } from '../utils/background/tabs';
import { warmUpFor } from '../utils/background/warm-up';
import { welcomeOnInstall } from '../utils/background/welcome';
import { backgroundMessageSchema } from '../utils/messages';
import { registerReports } from '../utils/reports/background';
import { watchSettings } from '../utils/settings';

// The background: grades the pages' text, keeps each tab's findings and badge, opens the catalogue
// and the report pages. Its work is in utils/background/ and utils/reports/; this file wires it.

export default defineBackground(() => {
  // Every message is checked against its schema on arrival, and against who may send it.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!mayAsk(typeOf(raw), sender)) return undefined;
    const parsed = backgroundMessageSchema.safeParse(raw);
    if (!parsed.success) {
      if (typeOf(raw) === 'analyze')
        console.warn('[D3/K2 Claim Check] refused an analysis:', parsed.error.message);
      return undefined;
    }
    return handleMessage(parsed.data, sender.tab?.id, {
      incognito: sender.tab?.incognito === true,
      content: senderKind(sender) === 'content',
    });
  });
  // A new page (or a reload) starts with a clean badge; its content script reports again.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    void clearIfNewPage(tabId, change.url);
    void warmUpFor(change.url ?? tab.url).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  // The first-run page, once, on an install.
  browser.runtime.onInstalled.addListener(
    (details) => void welcomeOnInstall(details.reason).catch(() => false),
  );
  // Reports: the report page's messages, the context menu, and the send queue's retry alarm.
  registerReports();
  // Keyboard commands step through the claims of the active tab's page (its top frame).
  browser.commands.onCommand.addListener((command, tab) => void forwardCommand(command, tab?.id));
  // Switching a site off empties its tabs' badges at once, not only after a reload.
  watchSettings((settings) => void clearDisabledTabs(settings));
});
