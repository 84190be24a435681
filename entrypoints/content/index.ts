import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createAnnotator } from '../../utils/page-annotator';
import { parsePageMessage } from '../../utils/page-messages';
import { loadPageSettings, siteIsOff, watchPageSettings } from '../../utils/page-settings';

// Loads on every page, so it stays small: no catalogue, no NLP, no zod (messages are checked by hand). The background
// grades the text; this script extracts it, gates it, marks what comes back and explains it.

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // The tooltip's CSS goes into its shadow root, never into the page.
  cssInjectionMode: 'ui',
  async main(ctx) {
    let warned = false;
    // Never break the page: a failure leaves it unmarked and says why in the console, once.
    const warn = (e: unknown) => {
      if (warned || ctx.isInvalid) return;
      warned = true;
      console.warn('[D3/K2 Claim Check] stopped marking this page:', e);
    };
    try {
      const settings = await loadPageSettings();
      const annotator = createAnnotator(ctx, settings, warn);
      let off = siteIsOff(settings, location.href);
      const unwatch = watchPageSettings((next) => {
        try {
          const nowOff = siteIsOff(next, location.href);
          annotator.applySettings(next);
          if (nowOff && !off) annotator.stop();
          if (!nowOff && off) annotator.start();
          off = nowOff;
        } catch (e) {
          warn(e);
        }
      });
      ctx.onInvalidated(() => {
        unwatch();
        annotator.stop();
      });
      browser.runtime.onMessage.addListener((raw: unknown) => {
        const message = parsePageMessage(raw);
        if (!message || off) return undefined;
        try {
          switch (message.type) {
            case 'reveal':
              return Promise.resolve(annotator.reveal(message.index));
            case 'set-marks-hidden':
              annotator.setMarksHidden(message.hidden);
              return Promise.resolve(true);
            case 'step-claim':
              return Promise.resolve(annotator.step(message.step));
          }
        } catch (e) {
          warn(e);
        }
        return undefined;
      });
      if (!off) annotator.start();
    } catch (e) {
      warn(e);
    }
  },
});
