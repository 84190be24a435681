import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createAnnotator, type Annotator } from '../../utils/page/annotator';
import { benchMark } from '../../utils/page/bench-marks';
import { parsePageMessage } from '../../utils/page/message-checks';
import { watchQuietly } from '../../utils/page/quiet';
import { loadPageSettings, watchPageSettings } from '../../utils/page/read-settings';
import { watchStyle, type StyleWatch } from '../../utils/page/styled';
import type { Sweep } from '../../utils/page/sweep';
import { DEFAULT_SETTINGS, isSiteDisabled, type Settings } from '../../utils/settings/definition';

// Loads on every page, so it stays small: no catalogue, no NLP, no zod (messages are checked by hand). The background
// grades the text; this script extracts it, gates it, marks what comes back and explains it. A page
// without D/K2 terms gets one sweep and a watcher (utils/page/quiet.ts); the annotator, the settings
// and the tooltip come only with terms.

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
    benchMark('dk-scan-start');
    let warned = false;
    // Never break the page: a failure leaves it unmarked and says why in the console, once.
    const warn = (e: unknown) => {
      if (warned || ctx.isInvalid) return;
      warned = true;
      console.warn('[D3/K2 Claim Check] stopped marking this page:', e);
    };
    let annotator: Annotator | null = null;
    let off = false;
    // The popup's "hide marks" may come before there is anything to hide.
    let marksHidden = false;

    // Read once the sweep finds a first term, while the rest of the page is read: nothing is
    // analysed or marked before they say the site is on, and marks are painted with them.
    let reading: Promise<Settings> | null = null;
    const readSettings = () => (reading ??= loadPageSettings());
    // Marks wait for a frame that styled the page; the wait starts with the first term too.
    let style: StyleWatch | null = null;
    const watchPageStyle = () => (style ??= watchStyle(ctx));

    const wake = (sweep?: Sweep) => {
      try {
        const loaded = readSettings().then((settings) => {
          off = isSiteDisabled(settings, location.href);
          if (off) awake.stop();
          else awake.applySettings(settings);
        });
        loaded.catch(warn);
        const awake = createAnnotator(
          ctx,
          DEFAULT_SETTINGS,
          warn,
          () => loaded.then(() => !off),
          watchPageStyle(),
        );
        annotator = awake;
        const unwatch = watchPageSettings((next) => {
          try {
            const nowOff = isSiteDisabled(next, location.href);
            awake.applySettings(next);
            if (nowOff && !off) awake.stop();
            if (!nowOff && off) awake.start();
            off = nowOff;
          } catch (e) {
            warn(e);
          }
        });
        ctx.onInvalidated(() => {
          unwatch();
          awake.stop();
        });
        if (marksHidden) awake.setMarksHidden(true);
        awake.start(sweep);
      } catch (e) {
        warn(e);
      }
    };

    // Set up once the sweep has given its verdict: the popup and the keyboard commands can wait.
    const listen = () => {
      browser.runtime.onMessage.addListener((raw: unknown) => {
        const message = parsePageMessage(raw);
        if (!message || off) return undefined;
        try {
          switch (message.type) {
            case 'reveal':
              return Promise.resolve(annotator?.reveal(message.index) ?? false);
            case 'set-marks-hidden':
              marksHidden = message.hidden;
              annotator?.setMarksHidden(message.hidden);
              return Promise.resolve(true);
            case 'step-claim':
              return Promise.resolve(annotator?.step(message.step) ?? false);
            case 'page-status':
              // Listening starts once the first sweep is done: an answer means the page was read.
              return Promise.resolve(true);
          }
        } catch (e) {
          warn(e);
        }
        return undefined;
      });
    };

    try {
      await watchQuietly(ctx, wake, warn, {
        swept: listen,
        firstTerm: () => {
          readSettings().catch(warn);
          watchPageStyle();
        },
      });
    } catch (e) {
      warn(e);
    }
  },
});
