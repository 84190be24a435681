import { browser } from 'wxt/browser';
import { tabStateSchema, type TabFindings, type TabState } from '../messages';
import { clearBadge, updateBadge } from './badge';

// What each tab shows, held by the background. Kept in memory and mirrored to session storage,
// because an MV3 service worker can be stopped between a page's scan and the popup opening.
// Firefox before 115 has no storage.session: there the memory map is all there is (its MV2
// background page lives as long as the browser, so nothing is lost).

const tabs = new Map<number, TabState>();
const key = (tabId: number) => `tab:${tabId}`;

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;
/** Session storage where the browser has it, else undefined (old Firefox). */
export function sessionArea(): Area | undefined {
  return (browser.storage as Partial<typeof browser.storage> | undefined)?.session;
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
  await clearBadge(tabId);
}

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
