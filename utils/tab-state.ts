import { browser } from 'wxt/browser';
import type { TabFindings } from './messages';
import { GRADE_STYLE, weakestGrade } from './grade-style';

// What each tab shows, held by the background. Kept in memory and mirrored to session storage,
// because an MV3 service worker can be stopped between a page's scan and the popup opening.

const tabs = new Map<number, TabFindings>();
const key = (tabId: number) => `tab:${tabId}`;

/** Records a tab's findings and updates its badge. */
export async function setTabFindings(tabId: number, state: TabFindings): Promise<void> {
  tabs.set(tabId, state);
  await Promise.all([browser.storage.session.set({ [key(tabId)]: state }), updateBadge(tabId, state)]);
}

/** A tab's findings, or an empty state. */
export async function getTabFindings(tabId: number): Promise<TabFindings | null> {
  const cached = tabs.get(tabId);
  if (cached) return cached;
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabFindings | undefined;
  return stored ?? null;
}

/** Forgets a tab (closed or navigated) and clears its badge. */
export async function clearTab(tabId: number): Promise<void> {
  tabs.delete(tabId);
  await browser.storage.session.remove(key(tabId));
  await browser.action.setBadgeText({ tabId, text: '' });
}

async function updateBadge(tabId: number, state: TabFindings): Promise<void> {
  const count = state.findings.length;
  const weakest = weakestGrade(state.findings.map((f) => f.grade));
  await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
  if (weakest) await browser.action.setBadgeBackgroundColor({ tabId, color: GRADE_STYLE[weakest].color });
  await browser.action.setTitle({
    tabId,
    title: count
      ? `${count} vitamin D/K2 claim${count === 1 ? '' : 's'} on this page`
      : 'No vitamin D/K2 claims on this page',
  });
}
