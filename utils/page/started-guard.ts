import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Keeps page scripts from switching the content script off. WXT stops an older copy of a content
 * script (left behind when the extension is updated or reloaded) when the newer copy dispatches a
 * CustomEvent on the document, named with the extension's id. The id is public and any page can
 * dispatch that event: one forged event made the context invalidate itself, and the marks went.
 * While our runtime is alive no newer copy of us can exist (an update or reload ends it first), so
 * the event is stopped on the window, in the capture phase, before it reaches the context's
 * listener on the document. Once the runtime is gone the event goes through, as WXT intends.
 */
export function ignoreForgedStarts(ctx: ContentScriptContext): void {
  // Private in WXT's types (hence the brackets): the event name, with the extension id and entrypoint.
  const name = String(ContentScriptContext['SCRIPT_STARTED_MESSAGE_TYPE']);
  const guard = (event: Event) => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined once the extension is reloaded
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  window.addEventListener(name, guard, { capture: true });
  ctx.onInvalidated(() => {
    window.removeEventListener(name, guard, { capture: true });
  });
}
