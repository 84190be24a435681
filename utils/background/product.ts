import type { TextBlock } from '../../claims';
import { productSummary } from '../../claims/doses/product';
import { readDoses } from '../../claims/doses/read';
import { getTabFindings, productTextKey as key, sessionArea, setTabProduct } from './tab-state';

// The product a tab's page sells, for the popup's product panel: read in the background from the
// blocks the page sends to be graded (the content script never bundles the dose reader). A page
// sends its blocks in several messages, and a rescan only the new ones, so each tab keeps the
// text read so far, bounded, mirrored to session storage as the tab state is. Clearing the tab
// (closed, or on to another page) clears that text too: a tab state without a product means a
// fresh page.

/** How much of a page's text is kept for its product; past it, only blocks that state a dose. */
const MAX_CHARS = 64_000;
const kept = new Map<number, string[]>();

async function keptTexts(tabId: number): Promise<string[]> {
  if (!(await getTabFindings(tabId))?.product) kept.delete(tabId);
  const cached = kept.get(tabId);
  if (cached) return cached;
  const raw: unknown = await sessionArea()
    ?.get(key(tabId))
    .then((r) => r[key(tabId)])
    .catch(() => undefined);
  const texts = Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string') : [];
  kept.set(tabId, texts);
  return texts;
}

/** Adds a page's blocks to what is known of its product, and stores the product in the tab's state. */
export async function readProduct(tabId: number, blocks: readonly TextBlock[]): Promise<void> {
  const texts = await keptTexts(tabId);
  let size = texts.reduce((n, t) => n + t.length, 0);
  let added = false;
  for (const { text } of blocks) {
    if (texts.includes(text)) continue;
    if (size + text.length > MAX_CHARS && (text.length > MAX_CHARS || !readDoses(text).length)) continue;
    texts.push(text);
    size += text.length;
    added = true;
  }
  if (!added) return;
  await sessionArea()
    ?.set({ [key(tabId)]: texts })
    .catch(() => undefined);
  const product = productSummary(texts.map((text, i) => ({ text, start: i })));
  // The schema's type is checked against the core's here: the same fields, a mutable list.
  await setTabProduct(tabId, { ...product, cautions: [...product.cautions] });
}
