import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_UI_ATTRIBUTE } from './extract-text';

// Our one piece of in-page UI: a shadow root (WXT's helper, with the content script's CSS injected
// into it) appended after the page's <body>, holding the overlay layer of marks (where highlights
// are missing) and the tooltip's slot. Nothing of it is inside the page's body, so the page's
// markup is unchanged. It is mounted the first time a part of it is needed.

/** The mounted UI's two parts. */
export interface UiParts {
  /** The layer the overlay fallback draws marks into. */
  readonly layer: HTMLElement;
  /** Where the tooltip is rendered. */
  readonly tip: HTMLElement;
  /** The shadow root, to ask where focus is. */
  readonly shadow: ShadowRoot;
}

/** The in-page UI host. */
export interface UiHost {
  /** The UI's parts, mounting it on the first call. */
  mounted(): Promise<UiParts>;
  /** Whether an event happened inside our UI (never, before it is mounted). */
  contains(event: Event): boolean;
}

/** Creates the host; nothing is added to the page until `mounted()` is first called. */
export function createUiHost(ctx: ContentScriptContext): UiHost {
  let host: HTMLElement | null = null;
  let mounting: Promise<UiParts> | null = null;

  const mount = async (): Promise<UiParts> => {
    const layer = document.createElement('div');
    layer.className = 'layer';
    layer.setAttribute('aria-hidden', 'true');
    const tip = document.createElement('div');
    const ui = await createShadowRootUi(ctx, {
      name: 'dk-claim-check',
      position: 'inline',
      // After <body>, not inside it: the page's body markup stays byte for byte what it was.
      anchor: () => document.documentElement,
      append: 'last',
      // Keys typed in the tooltip must not reach the page's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container) {
        container.append(layer, tip);
      },
    });
    ui.mount();
    ui.shadowHost.setAttribute(OWN_UI_ATTRIBUTE, '');
    host = ui.shadowHost;
    return { layer, tip, shadow: ui.shadow };
  };

  return {
    mounted: () => (mounting ??= mount()),
    contains: (event) => host !== null && event.composedPath().includes(host),
  };
}
