import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { frameOffset, type ScanRoot } from '../roots';
import type { Mark } from '../scan';
import { markAtPoint } from './hit';

// Hover: highlights get no events, so the claim under the pointer is found by hit-testing (./hit.ts)
// a little after the pointer moves. Resting on a claim opens its tooltip; leaving it closes a
// tooltip that hover opened, unless the pointer went into the tooltip.

const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 400;
const POINTER_THROTTLE_MS = 60;

/** What hover needs of the tooltip. */
export interface HoverTarget {
  /** The marks that can be hovered (those shown), and the roots they live in. */
  readonly marks: () => readonly Mark[];
  readonly roots: () => readonly ScanRoot[];
  /** The open claim and how it was opened, if any. */
  readonly current: () => { readonly mark: Mark; readonly hover: boolean } | null;
  readonly open: (mark: Mark, anchorX: number) => void;
  readonly close: () => void;
  /** Runs a callback, logging (once) instead of throwing. */
  readonly safe: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;
}

/** Opens and closes the tooltip as the pointer moves. */
export interface Hover {
  /** The pointer moved in a window's document; `overUi` when it is over our own UI. */
  moved(doc: Document, x: number, y: number, overUi: boolean): void;
  /** Forgets a pending open or close (the tooltip was opened or closed another way). */
  cancel(): void;
}

/** Creates the hover handling. */
export function createHover(ctx: ContentScriptContext, target: HoverTarget): Hover {
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let pointerTimer: number | undefined;
  let lastPoint: { doc: Document; x: number; y: number; overUi: boolean } | null = null;

  const cancelOpen = () => {
    if (openTimer !== undefined) clearTimeout(openTimer);
    openTimer = undefined;
  };
  const cancelClose = () => {
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
  };

  const check = () => {
    pointerTimer = undefined;
    const p = lastPoint;
    if (!p || ctx.isInvalid) return;
    if (p.overUi) {
      cancelClose();
      return;
    }
    const roots = target.roots().filter((r) => r.doc === p.doc);
    const shadowRoots = roots.flatMap((r) => (r.tree === r.doc ? [] : [r.tree as ShadowRoot]));
    const marks = target.marks().filter((m) => m.root.doc === p.doc);
    const hit = marks.length ? markAtPoint(marks, p.doc, p.x, p.y, shadowRoots) : null;
    const current = target.current();
    if (hit) {
      cancelClose();
      if (current?.mark === hit) return;
      cancelOpen();
      const x = p.x + frameOffset(hit.root).x;
      openTimer = ctx.setTimeout(
        target.safe(() => {
          target.open(hit, x);
        }),
        HOVER_OPEN_MS,
      );
      return;
    }
    cancelOpen();
    if (current?.hover && closeTimer === undefined)
      closeTimer = ctx.setTimeout(target.safe(target.close), HOVER_CLOSE_MS);
  };

  return {
    moved(doc, x, y, overUi) {
      lastPoint = { doc, x, y, overUi };
      pointerTimer ??= ctx.setTimeout(target.safe(check), POINTER_THROTTLE_MS);
    },
    cancel() {
      cancelOpen();
      cancelClose();
    },
  };
}
