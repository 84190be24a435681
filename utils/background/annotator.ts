import { browser } from 'wxt/browser';
import { warmUp } from './warm-up';

// A page's sweep found D/K2 terms: the rest of the page's side, annotator.js, goes into the frame
// that asked (utils/page/lazy.ts), and the finder starts compiling meanwhile, since the page's
// analysis follows as soon as the annotator has read its text.

/** The built unlisted script (entrypoints/annotator.ts). */
const FILE = '/annotator.js';

/** Injects annotator.js into one frame of a tab; resolves true once it has run. */
export async function injectAnnotator(tabId: number, frameId: number): Promise<boolean> {
  warmUp();
  if (import.meta.env.MANIFEST_VERSION === 2)
    await browser.tabs.executeScript(tabId, { file: FILE, frameId, runAt: 'document_start' });
  else await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FILE] });
  return true;
}
