import { browser } from 'wxt/browser';
import { catalogueFinder } from '../claims';
import { backgroundMessageSchema, type BackgroundMessage } from '../utils/messages';
import { clearTab, getTabFindings, setTabFindings } from '../utils/tab-state';

/** Answers one validated message; kept apart from the listener so tests can call it directly. */
export async function handleMessage(message: BackgroundMessage, tabId: number | undefined): Promise<unknown> {
  switch (message.type) {
    case 'analyze':
      return catalogueFinder().find(message.blocks);
    case 'page-findings':
      if (tabId !== undefined) await setTabFindings(tabId, { url: message.url, findings: message.findings });
      return null;
    case 'get-tab-findings':
      return getTabFindings(message.tabId);
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const parsed = backgroundMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    return handleMessage(parsed.data, sender.tab?.id);
  });
  // A new page in the tab starts with a clean badge; its content script reports again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void clearTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
});
