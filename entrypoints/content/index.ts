import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { benchMark } from '../../utils/page/bench-marks';
import { watchQuietly } from '../../utils/page/quiet';
import { createPageSession } from '../../utils/page/session';
import { ignoreForgedStarts } from '../../utils/page/started-guard';

// Loads on every page, so it stays small: no catalogue, no NLP, no zod (the lint fence in
// eslint.config.js keeps them out). The background grades the text; the page's side, in
// utils/page/, reads it, gates it, marks what comes back and explains it. A page without D/K2 terms
// gets one sweep and a watcher (quiet.ts); the settings, the annotator and the tooltip come only
// with terms (session.ts).

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // The tooltip's CSS goes into its shadow root, never into the page.
  cssInjectionMode: 'ui',
  // WXT tells an older copy of this script (after an update) to stop with an event on the document,
  // which is all our copies listen for. By default it also posts a window message, for scripts built
  // with older WXT versions: every page script with a 'message' listener receives it, our
  // extension's id in it, and it cost 5-7 ms per page here, more than reading a 100 KB page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    ignoreForgedStarts(ctx);
    benchMark('dk-scan-start');
    const page = createPageSession(ctx);
    try {
      await watchQuietly(ctx, page.wake, page.warn, {
        firstTerm: page.firstTerm,
        // The popup and the keyboard commands can wait for the sweep's verdict.
        swept: () => {
          browser.runtime.onMessage.addListener((raw: unknown) => page.answer(raw));
        },
      });
    } catch (e) {
      page.warn(e);
    }
  },
});
