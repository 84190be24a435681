import { browser, type Browser } from 'wxt/browser';
import { CATALOGUE_VERSION } from '../../claims/catalogue';
import { createDraft, readDraft, removeDraft, reportFromDraft, saveDraft } from './draft';
import { getEndpoint, originPattern, setEndpoint } from './endpoint';
import { reportsMessageSchema, type ReportsMessage } from './messages';
import { addReport, deleteReport, loadQueue, readQuarantine, updateReport, withQueue } from './queue';
import { MAX_QUOTE, reportClaimMessageSchema, type ReportClaimMessage } from './schema';
import { reportRequest } from './request';
import { readSelectionContext, SELECTION_ARGS } from './selection';
import { RETRY_ALARM, scheduleRetry, sendDue } from './send';
import { quarantineItem } from './storage';
import { senderKind } from '../background/senders';

// Everything behind the "Report" buttons, wired into the background by registerReports().

/** The context menu item on selected text. */
export const MENU_ID = 'dk-report-selection';

const versions = () => ({ extension: browser.runtime.getManifest().version, catalogue: CATALOGUE_VERSION });

/**
 * Click one of "Report": the request becomes a draft and the report page opens beside the tab,
 * showing exactly what would be queued. Click two ("Queue report") is on that page.
 */
export async function handleReportClaim(
  request: ReportClaimMessage,
  tabId: number | undefined,
): Promise<{ draftId: string }> {
  const draft = await createDraft(request, versions());
  await saveDraft(browser.storage.session, draft);
  const tab = tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  await browser.tabs.create({
    url: browser.runtime.getURL(`/report.html?draft=${draft.id}`),
    ...(tab?.id !== undefined ? { openerTabId: tab.id, index: tab.index + 1 } : {}),
  });
  return { draftId: draft.id };
}

/** The context menu was clicked on a selection: report it, with its context when the page lets us read it. */
export async function handleSelectionReport(
  info: { selectionText?: string; frameId?: number; pageUrl?: string; frameUrl?: string },
  tab: { id?: number; url?: string; title?: string } | undefined,
): Promise<{ draftId: string } | null> {
  const text = info.selectionText?.trim();
  if (!text) return null;
  let context: ReturnType<typeof readSelectionContext> = null;
  if (tab?.id !== undefined) {
    try {
      const [result] = await browser.scripting.executeScript({
        target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
        func: readSelectionContext,
        args: SELECTION_ARGS,
      });
      context = result?.result ?? null;
    } catch (e) {
      // No access to this page (a store page, a PDF, no activeTab grant): the quote alone will do.
      console.info('[D3/K2 Claim Check] selection context unavailable:', e);
    }
  }
  const quote = {
    text: (context?.exact.trim() ? context.exact : text).slice(0, MAX_QUOTE),
    prefix: context?.prefix,
    suffix: context?.suffix,
    start: context?.start ?? null,
    end: context?.end ?? null,
  };
  const page = { url: info.frameUrl ?? tab?.url ?? info.pageUrl ?? '', title: tab?.title ?? null };
  const request = reportClaimMessageSchema.parse(reportRequest(quote, page, 'context-menu'));
  return handleReportClaim(request, tab?.id);
}

/** Answers one validated message from the report pages. */
export async function handleReportsMessage(message: ReportsMessage): Promise<unknown> {
  switch (message.type) {
    case 'reports-get-draft': {
      const draft = await readDraft(browser.storage.session, message.draftId);
      const reports = await withQueue(loadQueue);
      const existing = draft ? (reports.find((r) => r.key === draft.key) ?? null) : null;
      return { draft, existing, endpoint: await getEndpoint() };
    }
    case 'reports-confirm-draft': {
      const draft = await readDraft(browser.storage.session, message.draftId);
      if (!draft) return { ok: false, error: 'This report was already queued or has expired.' };
      const result = await addReport(reportFromDraft(draft, message.urlScope, message.note));
      await removeDraft(browser.storage.session, draft.id);
      void sendDue();
      return { ok: true, ...result };
    }
    case 'reports-list': {
      const endpoint = await getEndpoint();
      return {
        reports: await withQueue(loadQueue),
        quarantine: await readQuarantine(),
        endpoint,
        permission: endpoint ? await hasPermission(endpoint.url) : false,
      };
    }
    case 'reports-set-note':
      // A report on its way out keeps the note it left with.
      return updateReport(message.id, (r) =>
        r.delivery.status === 'queued' || r.delivery.status === 'failed'
          ? { ...r, note: message.note.trim() }
          : r,
      );
    case 'reports-delete':
      return deleteReport(message.id);
    case 'reports-send':
      return sendDue({ force: true, ...(message.ids ? { ids: message.ids } : {}) });
    case 'reports-set-endpoint':
      await setEndpoint(message.url);
      return sendDue();
    case 'reports-clear-quarantine':
      await quarantineItem.setValue([]);
      return true;
  }
}

function hasPermission(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false);
}

function createMenu(): void {
  // Recreated on install and startup: Firefox's event pages do not keep menus across restarts.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Report as a vitamin D/K2 claim',
      contexts: ['selection'],
    }),
  );
}

function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): void {
  if (info.menuItemId !== MENU_ID) return;
  void handleSelectionReport(info, tab).catch((e: unknown) => {
    console.warn('[D3/K2 Claim Check] could not start a report:', e);
  });
}

/** Registers the reports listeners; call once from the background's main. */
export function registerReports(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // The queue, the endpoint and what was set aside are for our own pages alone.
    if (senderKind(sender) !== 'page') return undefined;
    const parsed = reportsMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    return handleReportsMessage(parsed.data);
  });
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener(onMenuClick);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) void sendDue();
  });
  // Every start of the worker reconciles: set aside unreadable data, resume cut-off requests,
  // and re-plan the retry alarm from the times stored with the reports.
  void withQueue(loadQueue)
    .then(scheduleRetry)
    .then(() => sendDue())
    .catch((e: unknown) => {
      console.warn('[D3/K2 Claim Check] report queue check failed:', e);
    });
  // A native menu cannot be clicked by automation; the end-to-end tests call this instead.
  (globalThis as { dkReports?: unknown }).dkReports = { handleSelectionReport };
}
