import { browser } from 'wxt/browser';
import { tabStateSchema, type Product, type TabFindings, type TabState } from '../messages';
import { clearBadge, updateBadge } from './badge';

// What each tab shows, held by the background. Kept in memory and mirrored to session storage,
// because an MV3 service worker can be stopped between a page's scan and the popup opening.
// Firefox before 115 has no storage.session: there the memory map is all there is (its MV2
// background page lives as long as the browser, so nothing is lost).

const tabs = new Map<number, TabState>();
const key = (tabId: number) => `tab:${tabId}`;
/** Where ./product.ts keeps the text a tab's product is read from; cleared with the tab. */
export const productTextKey = (tabId: number) => `product:${tabId}`;

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;
/** Session storage where the browser has it, else undefined (old Firefox). */
export function sessionArea(): Area | undefined {
  return (browser.storage as Partial<typeof browser.storage> | undefined)?.session;
}

const queues = new Map<number, Promise<unknown>>();
/**
 * Runs one read-modify-write of a tab's state after the ones before it: a page's findings and the
 * product read from its blocks arrive in messages handled concurrently, and neither may undo the other.
 */
function inTurn<T>(tabId: number, change: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(change, change);
  const settled = run.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}

/**
 * Records a tab's findings and updates its badge; the "marks hidden" choice survives rescans of the
 * same page, and the product read from this page's blocks (kept before its first findings came) stays.
 */
export function setTabFindings(tabId: number, state: TabFindings): Promise<void> {
  return inTurn(tabId, async () => {
    const previous = await getTabFindings(tabId);
    const same = previous?.url === state.url;
    const next: TabState = {
      ...state,
      marksHidden: same && !!previous.marksHidden,
      ...(previous?.product && (same || previous.url === '') ? { product: previous.product } : {}),
    };
    await save(tabId, next);
    await updateBadge(tabId, next);
  });
}

/** Remembers that the reader hid (or showed) the marks in a tab, so the popup shows the switch as it is. */
export function setTabMarksHidden(tabId: number, hidden: boolean): Promise<void> {
  return inTurn(tabId, async () => {
    const previous = await getTabFindings(tabId);
    await save(tabId, { url: '', findings: [], ...previous, marksHidden: hidden });
  });
}

/** Keeps what the tab's page sells (the popup's product panel); the findings and badge stay as they are. */
export function setTabProduct(tabId: number, product: Product): Promise<void> {
  return inTurn(tabId, async () => {
    const previous = await getTabFindings(tabId);
    await save(tabId, { url: '', findings: [], ...previous, product });
  });
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
export function clearTab(tabId: number): Promise<void> {
  return inTurn(tabId, async () => {
    tabs.delete(tabId);
    await sessionArea()
      ?.remove([key(tabId), productTextKey(tabId)])
      .catch(() => undefined);
    await clearBadge(tabId);
  });
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
