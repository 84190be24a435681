import { catalogueFinder, warmUpBatches, type Finding, type TextBlock } from '../../claims';
import { isSiteDisabled, loadSettings } from '../settings';
import { isClaimSite } from './claim-sites';

// The finder over the catalogue, and warming it up. Chromium stops an idle service worker after
// 30 s, and the next analysis then waits for V8 to compile the catalogue's patterns (about 0.2 s).
// On a site where claims were found this session, that is done while the next page loads.

/** Whether a page has been analysed since this worker started: no warm-up is needed after that. */
let analysed = false;
/** Whether the warm-up has started (once per worker). */
let warming = false;

/** Grades a page's gated blocks (the content script's 'analyze'). */
export function analyse(blocks: readonly TextBlock[]): Finding[] {
  analysed = true;
  return catalogueFinder().find(blocks);
}

/**
 * Whether the finder is compiled or being compiled. Read through a function: another tab may start
 * the warm-up while this one waits for storage.
 */
export const isWarm = (): boolean => warming || analysed;

/**
 * A tab starts loading a page of a site where claims were found this session: compile the finder
 * now, while the page loads, a batch per task, rather than when the page asks (./claim-sites.ts).
 */
export async function warmUpFor(url: string | undefined): Promise<void> {
  if (isWarm() || !url) return;
  const wanted = (await isClaimSite(url)) && !isSiteDisabled(await loadSettings(), url);
  if (!wanted || isWarm()) return;
  warming = true;
  const batches = warmUpBatches();
  const next = () => {
    const batch = batches.shift();
    if (!batch || analysed) return;
    try {
      catalogueFinder().find(batch);
    } catch {
      // Only a warm-up: the page's own analysis reports any error.
      return;
    }
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
