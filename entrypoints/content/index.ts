import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { benchMark } from '../../utils/page/bench-marks';
import { createWarn, loadSession } from '../../utils/page/lazy';
import { watchQuietly } from '../../utils/page/quiet';
import type { PageSession } from '../../utils/page/session';

// Loads on every page, so it holds only the sweep and its watcher (utils/page/quiet.ts): no
// settings, annotator, tooltip or Preact, and no catalogue, NLP or zod (the lint fence in
// eslint.config.js keeps those out of utils/page/). When the sweep finds a D/K2 term, the
// background injects annotator.js (utils/page/lazy.ts) with the rest, while the sweep goes on.

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // No CSS in the page: the tooltip's goes into its shadow root (utils/page/ui-host.tsx).
  cssInjectionMode: 'manual',
  // WXT tells an older copy of this script (after an update) to stop with an event on the document,
  // which is all our copies listen for. By default it also posts a window message, for scripts built
  // with older WXT versions: every page script with a 'message' listener receives it, our
  // extension's id in it, and it cost 5-7 ms per page here, more than reading a 100 KB page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    benchMark('dk-scan-start');
    const warn = createWarn(ctx);
    let session: Promise<PageSession> | null = null;
    const load = () => (session ??= loadSession().then((create) => create(ctx, warn)));
    const then = (use: (page: PageSession) => void) => {
      load().then(use).catch(warn);
    };
    try {
      await watchQuietly(
        ctx,
        (sweep) => {
          then((page) => {
            page.wake(sweep);
          });
        },
        warn,
        {
          firstTerm: () => {
            then((page) => {
              page.firstTerm();
            });
          },
          // The popup and the keyboard commands can wait for the sweep's verdict; before there is
          // a session, the popup's question whether the page was read is all there is to answer.
          swept: () => {
            browser.runtime.onMessage.addListener((raw: unknown) =>
              session || !isPageStatus(raw) ? load().then((page) => page.answer(raw)) : Promise.resolve(true),
            );
          },
        },
      );
    } catch (e) {
      warn(e);
    }
  },
});

/** The popup's 'page-status' question (utils/messages.ts): answered once the sweep is done. */
function isPageStatus(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'page-status';
}
