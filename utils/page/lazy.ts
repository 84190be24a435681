import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSession } from './session';

// The content script every page loads holds only the sweep and its watcher (./quiet.ts). The rest
// of the page's side (settings, the annotator, marks, the tooltip and Preact) is annotator.js,
// which the background injects into the frame once the sweep finds a D/K2 term: a page without
// such text never evaluates it. Both scripts run in the frame's isolated world, where they meet
// on its global object; the page's own scripts cannot see it.

/** What annotator.js offers: the page's session, created from the content script's context. */
export type CreateSession = (ctx: ContentScriptContext, warn: (e: unknown) => void) => PageSession;

const KEY = '__dkOfferSession';
type Meeting = { [KEY]?: (create: CreateSession) => void };

/**
 * Content script: asks the background to inject annotator.js into this frame, and resolves with
 * what it offers. The background answers once the script has run, so by then it has offered.
 */
export function loadSession(): Promise<CreateSession> {
  return new Promise((resolve, reject) => {
    (globalThis as Meeting)[KEY] = resolve;
    browser.runtime.sendMessage({ type: 'load-annotator' }).then((done: unknown) => {
      if (done !== true) reject(new Error('the annotator was not loaded'));
    }, reject);
  });
}

/** annotator.js: hands the session's factory to the content script that asked for it. */
export function offerSession(create: CreateSession): void {
  (globalThis as Meeting)[KEY]?.(create);
}

/** Logs the first failure and stops nothing else: the page is never broken by us. */
export function createWarn(ctx: ContentScriptContext): (e: unknown) => void {
  let warned = false;
  return (e) => {
    if (warned || ctx.isInvalid) return;
    warned = true;
    console.warn('[D3/K2 Claim Check] stopped marking this page:', e);
  };
}
