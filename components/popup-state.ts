import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  isSiteDisabled,
  loadSettings,
  siteOf,
  updateSettings,
  watchSettings,
  withSiteDisabled,
  type Settings,
} from '../utils/settings';
import { tabStateSchema } from '../utils/messages';
import { isRestrictedUrl } from '../utils/restricted-pages';
import type { MarkedFinding, Product } from '../utils/messages';
import { WORST_FIRST } from '../claims/grades';
import {
  customerItems,
  groupByGrade,
  pageVerdict as verdictOf,
  shopFindings,
  verdictLine,
} from '../utils/summary';
import type { ReportRequest } from '../utils/reports/request';

// The popup's state as small signals; everything derived is computed, never written by an effect.

/** The tab the popup speaks about. */
export interface PopupTab {
  readonly id: number;
  readonly url: string;
  readonly title: string | null;
}

/** What the popup shows: loading, a page the browser keeps us off, or the tab's findings. */
export type PopupState =
  | { readonly status: 'loading' }
  | { readonly status: 'no-tab' }
  | { readonly status: 'restricted'; readonly tab: PopupTab; readonly reason: 'browser' | 'file-access' }
  | {
      readonly status: 'ready';
      readonly tab: PopupTab;
      readonly findings: readonly MarkedFinding[];
      /** What the page's product gives, read by the background; absent where no dose was read. */
      readonly product?: Product;
      /** Whether the page was read at all (false: a tab open from before the extension started). */
      readonly checked: boolean;
    };

/** The popup's tab and findings, filled by loadPopup(). */
export const popupState = signal<PopupState>({ status: 'loading' });
/** The reader's settings, kept in step with storage while the popup is open. */
export const popupSettings = signal<Settings>(DEFAULT_SETTINGS);
/** Whether the reader hid the marks in this tab. */
export const marksHidden = signal(false);

/** The findings on the page (none while loading or on restricted pages). */
export const pageFindings = computed<readonly MarkedFinding[]>(() =>
  popupState.value.status === 'ready' ? popupState.value.findings : [],
);
/** The page verdict in one plain sentence: how many of its promises go beyond the evidence. */
export const pageVerdict = computed(() => verdictOf(pageFindings.value));
/** The shop's claims counted by grade in one line (the grade bar's words). */
export const pageTally = computed(() => verdictLine(shopFindings(pageFindings.value)));
/** The shop's claims grouped by grade, worst first. */
export const claimGroups = computed(() => groupByGrade(pageFindings.value, WORST_FIRST));
/** The claims in customer reviews, listed apart and not counted. */
export const reviewClaims = computed(() => customerItems(pageFindings.value));
/** The site of the popup's page ("shop.example"), or null where there is none (file: pages). */
export const pageSite = computed(() => {
  const s = popupState.value;
  return s.status === 'ready' ? siteOf(s.tab.url) : null;
});
/** Whether the reader switched the extension off for this page's site. */
export const pageSiteOff = computed(() => {
  const s = popupState.value;
  return s.status === 'ready' && isSiteDisabled(popupSettings.value, s.tab.url);
});

/** Which tab to speak about: ?tab=N (tests and the demo open the popup as a page), else the active tab. */
async function targetTab(search: string): Promise<PopupTab | null> {
  const forced = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(forced) && forced > 0
      ? await browser.tabs.get(forced).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? null };
}

/** Whether the reader let the extension read local files (Chrome asks for it separately). */
async function fileAccessAllowed(): Promise<boolean> {
  const ext = (browser as Partial<Pick<typeof browser, 'extension'>>).extension;
  try {
    return ext?.isAllowedFileSchemeAccess ? await ext.isAllowedFileSchemeAccess() : true;
  } catch {
    return true;
  }
}

/** Loads the tab, its findings and the settings into the signals; returns the unwatch function. */
export async function loadPopup(search = location.search): Promise<() => void> {
  const unwatch = watchSettings((s) => (popupSettings.value = s));
  popupSettings.value = await loadSettings();
  const tab = await targetTab(search);
  if (!tab) {
    popupState.value = { status: 'no-tab' };
    return unwatch;
  }
  if (isRestrictedUrl(tab.url)) {
    popupState.value = { status: 'restricted', tab, reason: 'browser' };
    return unwatch;
  }
  if (tab.url.startsWith('file:') && !(await fileAccessAllowed())) {
    popupState.value = { status: 'restricted', tab, reason: 'file-access' };
    return unwatch;
  }
  const raw: unknown = await browser.runtime
    .sendMessage({ type: 'get-tab-findings', tabId: tab.id })
    .catch(() => null);
  const parsed = tabStateSchema.nullable().safeParse(raw);
  const state = parsed.success ? parsed.data : null;
  marksHidden.value = !!state?.marksHidden;
  const findings = state?.findings ?? [];
  // Claims mean the page was read; without them, only the page can say whether it was.
  const checked = findings.length > 0 || (await pageWasRead(tab.id));
  popupState.value = {
    status: 'ready',
    tab,
    findings,
    checked,
    ...(state?.product ? { product: state.product } : {}),
  };
  return unwatch;
}

/**
 * Whether the tab's page was read. A page without D/K2 text never reports to the background, so the
 * content script itself is asked: it answers once its first sweep is done. No answer means no
 * content script there, such as a tab left open from before the extension was installed, updated
 * or restarted, or a page still loading.
 */
async function pageWasRead(tabId: number): Promise<boolean> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'page-status' }, { frameId: 0 });
    return answer === true;
  } catch {
    return false;
  }
}

/** Reloads the popup's tab (a page that was never read) and closes the popup. */
export async function reloadPage(): Promise<void> {
  const id = tabId();
  if (id === null) return;
  await browser.tabs.reload(id);
  window.close();
}

function tabId(): number | null {
  const s = popupState.value;
  return s.status === 'ready' ? s.tab.id : null;
}

/** Asks the page to scroll to one claim and flash it (the content script answers). */
export function revealClaim(index: number): void {
  const id = tabId();
  if (id !== null) void browser.tabs.sendMessage(id, { type: 'reveal', index }).catch(() => undefined);
}

/** Switches the extension off (or back on) for this page's site. */
export async function setSiteOff(off: boolean): Promise<void> {
  const current = pageSite.value;
  if (!current) return;
  popupSettings.value = await updateSettings((s) => withSiteDisabled(s, current, off));
}

/** Hides or shows the marks in this tab; the claims stay listed here. */
export async function setMarksHidden(hidden: boolean): Promise<void> {
  const id = tabId();
  if (id === null) return;
  marksHidden.value = hidden;
  await Promise.all([
    browser.tabs.sendMessage(id, { type: 'set-marks-hidden', hidden }).catch(() => undefined),
    browser.runtime.sendMessage({ type: 'set-tab-marks-hidden', tabId: id, hidden }).catch(() => undefined),
  ]);
}

/** What became of a report request: the report page opened, or nobody took it (no reporting in this build). */
export type ReportOutcome = 'opened' | 'unavailable';

/** Asks the background to open the report page for a claim; any answer but a draft id means it was not taken. */
export async function requestReport(request: ReportRequest): Promise<ReportOutcome> {
  const answer: unknown = await browser.runtime.sendMessage(request).catch(() => null);
  return typeof answer === 'object' && answer !== null && 'draftId' in answer ? 'opened' : 'unavailable';
}
