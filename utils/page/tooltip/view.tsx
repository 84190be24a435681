import { render } from 'preact';
import type { UiParts } from '../ui-host';
import { placeTooltip, type Box } from './position';
import { Tooltip, type TooltipProps } from './Tooltip';

// The tooltip in its slot of the in-page UI: rendered with Preact, placed beside its claim and kept
// there, focused when opened from the keyboard.

/** The tooltip as drawn on the page. */
export interface TooltipView {
  /** Shows the tooltip beside the claim's line boxes; moves focus into it when asked. */
  show(props: TooltipProps, claim: readonly Box[], anchorX: number | undefined, focus: boolean): void;
  /** Moves the open tooltip to follow its claim (scroll, resize, page changes). */
  reposition(claim: readonly Box[]): void;
  /** Closes the tooltip; returns whether focus was inside it. */
  hide(): boolean;
}

/** Draws the tooltip into the UI's slot; `onEscape` runs when Escape is pressed inside it. */
export function createTooltipView(ui: UiParts, onEscape: () => void): TooltipView {
  const { tip } = ui;
  let anchorX: number | undefined;
  tip.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onEscape();
    }
  });
  const box = () => tip.firstElementChild as HTMLElement | null;
  const place = (claim: readonly Box[]) => {
    const el = box();
    if (!el || !claim.length) return;
    el.style.maxHeight = '';
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const p = placeTooltip(claim, { width: el.offsetWidth, height: el.offsetHeight }, viewport, anchorX);
    el.style.left = `${p.left}px`;
    el.style.top = `${p.top}px`;
    el.style.maxHeight = `${p.maxHeight}px`;
    el.dataset.side = p.side;
  };

  return {
    show(props, claim, x, focus) {
      anchorX = x;
      render(<Tooltip {...props} />, tip);
      place(claim);
      if (focus) box()?.focus({ preventScroll: true });
    },
    reposition: place,
    hide() {
      const hadFocus = ui.shadow.activeElement !== null;
      render(null, tip);
      return hadFocus;
    },
  };
}
