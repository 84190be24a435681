import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSiteDisabled, type Settings } from '../settings/definition';
import { createAnnotator, type Annotator } from './annotator';
import { parsePageMessage } from './message-checks';
import { loadPageSettings, watchPageSettings } from './read-settings';
import { watchStyle, type StyleWatch } from './styled';
import type { Sweep } from './sweep';

// The content script's life on one page once the quiet sweep (./quiet.ts) has found D/K2 terms:
// the settings are read, the annotator is created and started or stopped as the site is switched on
// and off, and the popup's and keyboard's messages are answered.

/** What the content script's entrypoint wires to the quiet sweep and the message listener. */
export interface PageSession {
  /** Logs the first failure and stops nothing else: the page is never broken by us. */
  readonly warn: (e: unknown) => void;
  /** The sweep found its first term: read the settings and wait for a styled frame meanwhile. */
  readonly firstTerm: () => void;
  /** The page has terms to read: create the annotator; `sweep` is the document's, if that woke it. */
  readonly wake: (sweep?: Sweep) => void;
  /** Answers a message for the content script; undefined for anything else, or while the site is off. */
  readonly answer: (raw: unknown) => Promise<unknown> | undefined;
}

/** Creates the session for this page. */
export function createPageSession(ctx: ContentScriptContext): PageSession {
  let warned = false;
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

  /** Follows the settings: the site switched off stops the annotator, switched on starts it again. */
  const follow = (awake: Annotator, next: Settings) => {
    const nowOff = isSiteDisabled(next, location.href);
    awake.applySettings(next);
    if (nowOff && !off) awake.stop();
    if (!nowOff && off) awake.start();
    off = nowOff;
  };

  const wake = (sweep?: Sweep) => {
    try {
      const loaded = readSettings().then((settings) => {
        off = isSiteDisabled(settings, location.href);
        if (off) awake.stop();
        else awake.applySettings(settings);
      });
      loaded.catch(warn);
      const awake = createAnnotator(ctx, warn, () => loaded.then(() => !off), watchPageStyle());
      annotator = awake;
      const unwatch = watchPageSettings((next) => {
        try {
          follow(awake, next);
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

  const answer = (raw: unknown): Promise<unknown> | undefined => {
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
  };

  return {
    warn,
    firstTerm: () => {
      readSettings().catch(warn);
      watchPageStyle();
    },
    wake,
    answer,
  };
}
