import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Tooltip, type TooltipProps } from './tooltip/Tooltip';
import { OWN_UI_ATTRIBUTE } from './extract-text';
import { placeTooltip, type Box } from './tooltip/position';

// Our one piece of in-page UI: a shadow root (WXT's helper, with the tooltip's CSS injected into
// it) appended after the page's <body>, holding the tooltip and, where highlights are missing, the
// overlay layer of marks. Nothing of it is inside the page's body, so the page's markup is unchanged.

/** The tooltip and overlay host. */
export interface ClaimUi {
  /** The layer the overlay fallback draws marks into. */
  readonly layer: HTMLElement;
  /** Shows the tooltip beside the claim's line boxes; moves focus into it when asked. */
  show(props: TooltipProps, claim: readonly Box[], anchorX: number | undefined, focus: boolean): void;
  /** Moves the open tooltip to follow its claim (scroll, resize, page changes). */
  reposition(claim: readonly Box[]): void;
  /** Closes the tooltip; returns whether focus was inside it. */
  hide(): boolean;
  /** Whether an event happened inside our UI. */
  contains(event: Event): boolean;
}

/** Creates the UI host; `onEscape` runs when Escape is pressed inside it. */
export async function createClaimUi(ctx: ContentScriptContext, onEscape: () => void): Promise<ClaimUi> {
  let tip: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  let anchorX: number | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'dk-claim-check',
    position: 'inline',
    // After <body>, not inside it: the page's body markup stays byte for byte what it was.
    anchor: () => document.documentElement,
    append: 'last',
    // Keys typed in the tooltip must not reach the page's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      layer = document.createElement('div');
      layer.className = 'layer';
      layer.setAttribute('aria-hidden', 'true');
      tip = document.createElement('div');
      tip.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onEscape();
        }
      });
      container.append(layer, tip);
    },
  });
  ui.mount();
  ui.shadowHost.setAttribute(OWN_UI_ATTRIBUTE, '');
  const box = () => tip?.firstElementChild as HTMLElement | null;
  const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
  const place = (claim: readonly Box[]) => {
    const el = box();
    if (!el || !claim.length) return;
    el.style.maxHeight = '';
    const p = placeTooltip(claim, { width: el.offsetWidth, height: el.offsetHeight }, viewport(), anchorX);
    el.style.left = `${p.left}px`;
    el.style.top = `${p.top}px`;
    el.style.maxHeight = `${p.maxHeight}px`;
    el.dataset.side = p.side;
  };

  return {
    get layer() {
      if (!layer) throw new Error('claim UI is not mounted');
      return layer;
    },
    show(props, claim, x, focus) {
      if (!tip) return;
      anchorX = x;
      render(<Tooltip {...props} />, tip);
      place(claim);
      if (focus) box()?.focus({ preventScroll: true });
    },
    reposition: place,
    hide() {
      if (!tip) return false;
      const hadFocus = ui.shadow.activeElement !== null;
      render(null, tip);
      return hadFocus;
    },
    contains(event) {
      return event.composedPath().includes(ui.shadowHost);
    },
  };
}
