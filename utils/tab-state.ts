import { browser } from 'wxt/browser';
import { z } from '../claims/zod';
import { tabFindingsSchema, type TabFindings } from './messages';
import { GRADE_STYLE, weakestGrade } from '../claims/grades';
import { verdictLine } from './summary';

// What each tab shows, held by the background. Kept in memory and mirrored to session storage,
// because an MV3 service worker can be stopped between a page's scan and the popup opening.
// Firefox before 115 has no storage.session: there the memory map is all there is (its MV2
// background page lives as long as the browser, so nothing is lost).

/** One tab's state: its findings, plus whether the reader hid the marks on it. */
export const tabStateSchema = tabFindingsSchema.extend({ marksHidden: z.boolean().optional() });
/** One tab's state as the background keeps it. */
export type TabState = z.infer<typeof tabStateSchema>;

const tabs = new Map<number, TabState>();
const key = (tabId: number) => `tab:${tabId}`;

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;
/** Session storage where the browser has it, else undefined (old Firefox). */
export function sessionArea(): Area | undefined {
  return (browser.storage as Partial<typeof browser.storage> | undefined)?.session;
}

type Action = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> &
  Partial<Pick<typeof browser.action, 'setBadgeTextColor'>>;
/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarAction(): Action | undefined {
  const b = browser as Partial<Pick<typeof browser, 'action' | 'browserAction'>>;
  return b.action ?? (b.browserAction as Action | undefined);
}

/** Records a tab's findings and updates its badge; the "marks hidden" choice survives rescans of the same page. */
export async function setTabFindings(tabId: number, state: TabFindings): Promise<void> {
  const previous = await getTabFindings(tabId);
  const next: TabState = { ...state, marksHidden: previous?.url === state.url && !!previous.marksHidden };
  await save(tabId, next);
  await updateBadge(tabId, next);
}

/** Remembers that the reader hid (or showed) the marks in a tab, so the popup shows the switch as it is. */
export async function setTabMarksHidden(tabId: number, hidden: boolean): Promise<void> {
  const previous = await getTabFindings(tabId);
  await save(tabId, { url: previous?.url ?? '', findings: previous?.findings ?? [], marksHidden: hidden });
}

/** A tab's state, or null when its page reported nothing (no claims, not scanned, or restricted). */
export async function getTabFindings(tabId: number): Promise<TabState | null> {
  const cached = tabs.get(tabId);
  if (cached) return cached;
  const area = sessionArea();
  if (!area) return null;
  try {
    const raw: unknown = (await area.get(key(tabId)))[key(tabId)];
    if (raw === undefined) return null;
    const parsed = tabStateSchema.safeParse(raw);
    // Corrupt session data only costs the badge of one tab until the page reports again.
    if (!parsed.success) return null;
    tabs.set(tabId, parsed.data);
    return parsed.data;
  } catch {
    return null;
  }
}

/** Forgets a tab (closed or navigated) and clears its badge. */
export async function clearTab(tabId: number): Promise<void> {
  tabs.delete(tabId);
  await sessionArea()
    ?.remove(key(tabId))
    .catch(() => undefined);
  // The tab may already be gone (closed): nothing to clear then.
  await toolbarAction()
    ?.setBadgeText({ tabId, text: '' })
    .catch(() => undefined);
  await toolbarAction()
    ?.setTitle({ tabId, title: defaultTitle() })
    .catch(() => undefined);
}

// The manifest's name, which the toolbar shows when the tab has nothing to say.
const defaultTitle = () => 'D3/K2 Claim Check';

/** Whether two addresses are the same document: they differ at most in the #fragment. */
export function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

/**
 * Clears a tab that starts loading a new page. Chrome reports a reload as "loading" with no URL,
 * and a jump to an #anchor as "loading" with the same address: the page and its marks stay then.
 */
export async function clearIfNewPage(tabId: number, url: string | undefined): Promise<void> {
  if (url !== undefined) {
    const known = await getTabFindings(tabId);
    if (known && sameDocument(known.url, url)) return;
  }
  await clearTab(tabId);
}

async function save(tabId: number, state: TabState): Promise<void> {
  tabs.set(tabId, state);
  await sessionArea()
    ?.set({ [key(tabId)]: state })
    .catch(() => undefined);
}

/** The badge for a tab: its claim count, capped to fit, in the colour of the weakest grade. */
export function badgeFor(state: TabFindings): { text: string; color: string | null; title: string | null } {
  const count = state.findings.length;
  const weakest = weakestGrade(state.findings.map((f) => f.grade));
  return {
    text: count === 0 ? '' : count > 99 ? '99+' : String(count),
    color: weakest ? GRADE_STYLE[weakest].color : null,
    title: count ? verdictLine(state.findings) : null,
  };
}

async function updateBadge(tabId: number, state: TabFindings): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  const badge = badgeFor(state);
  try {
    await action.setBadgeText({ tabId, text: badge.text });
    if (badge.color) {
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      // Every grade colour is dark enough for white text; older browsers lack the call.
      await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
    await action.setTitle({
      tabId,
      title: badge.title ? `${defaultTitle()}: ${badge.title}` : defaultTitle(),
    });
  } catch {
    // The tab closed while we were updating it.
  }
}

// Pages no extension may read: browser-internal schemes and the add-on stores, where browsers
// block content scripts.
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/** Whether the browser keeps extensions off this page (chrome://, about:, the web stores...). */
export function isRestrictedUrl(url: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return true;
  }
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') return true;
  return STORE_PAGES.some((re) => re.test(url));
}
