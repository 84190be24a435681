import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { ReportState, TooltipProps } from './Tooltip';
import { parseEntryDetails, type EntryDetails } from '../message-checks';
import { reportRequest } from '../../reports/request';
import { markAtPoint } from './hit';
import { frameOffset, type ScanRoot } from '../roots';
import type { Mark } from '../scan';
import { createClaimUi, type ClaimUi } from '../ui-host';
import type { Box } from './position';

// Opens, fills, places and closes the claim tooltip: on hover (found by hit-testing, since
// highlights get no events), from the keyboard commands (focus moves into it), and when the popup
// reveals a claim. The tooltip follows its claim while the page scrolls and never covers it.

/** How a tooltip was opened: hover closes when the pointer leaves; the others stay until dismissed. */
export type OpenMode = 'hover' | 'keyboard' | 'reveal';

/** What the controller needs from the annotator. */
export interface TooltipHost {
  readonly marks: () => readonly Mark[];
  readonly shown: (mark: Mark) => boolean;
  readonly roots: () => readonly ScanRoot[];
  readonly hide: (mark: Mark) => void;
  readonly flash: (mark: Mark) => void;
  readonly setCurrent: (mark: Mark | null) => void;
  /** Redraws the overlay marks (the fallback without highlights) after a scroll or resize. */
  readonly redraw: () => void;
  readonly warn: (e: unknown) => void;
}

/** The tooltip controller the annotator drives. */
export interface TooltipController {
  open(mark: Mark, mode: OpenMode, anchorX?: number): void;
  close(): void;
  /** Moves to the next (1) or previous (-1) shown claim; false when there is none. */
  step(direction: 1 | -1): boolean;
  /** The marks changed: follow the open claim, or close if it is gone. */
  marksChanged(): void;
  /** Listens for pointer, scroll, resize and Escape in a window (the top one and same-origin frames). */
  watchWindow(win: Window): void;
  /** Runs `fn` with the overlay layer once the UI exists. */
  withLayer(fn: (layer: HTMLElement) => void): void;
}

const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 400;
const POINTER_THROTTLE_MS = 60;

/** The claim's line boxes in top-viewport pixels. */
function claimBoxes(mark: Mark): Box[] {
  const { x, y } = frameOffset(mark.root);
  const rects = [...mark.range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  const list = rects.length ? rects : [mark.range.getBoundingClientRect()];
  return list.map((r) => ({ left: r.left + x, top: r.top + y, right: r.right + x, bottom: r.bottom + y }));
}

const catalogueUrl = (id: string) =>
  // The catalogue page is another entrypoint; typed getURL only knows the paths built so far.
  `${(browser.runtime.getURL as (path: string) => string)('/catalogue.html')}#${encodeURIComponent(id)}`;

/** Creates the tooltip controller. */
export function createTooltipController(ctx: ContentScriptContext, host: TooltipHost): TooltipController {
  let ui: ClaimUi | null = null;
  let uiPromise: Promise<ClaimUi> | null = null;
  let current: { mark: Mark; mode: OpenMode; anchorX: number | undefined; report: ReportState } | null = null;
  let returnFocus: Element | null = null;
  let token = 0;
  const entries = new Map<string, EntryDetails | null>();
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let pointerTimer: number | undefined;
  let frameQueued = false;
  let lastPoint: { doc: Document; x: number; y: number; overUi: boolean } | null = null;

  const ensureUi = (): Promise<ClaimUi> => {
    uiPromise ??= createClaimUi(ctx, () => {
      close();
    }).then((made) => (ui = made));
    return uiPromise;
  };
  /** Wraps a listener or timer callback: an error stops nothing on the page and is logged once. */
  const safe =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      try {
        fn(...args);
      } catch (e) {
        host.warn(e);
      }
    };
  const cancelOpen = () => {
    if (openTimer !== undefined) clearTimeout(openTimer);
    openTimer = undefined;
  };
  const cancelClose = () => {
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  // Read through a function, so a check after an await is not narrowed away.
  const openState = () => current;
  const shownMarks = () => host.marks().filter(host.shown);

  const render = (focus = false) => {
    if (!ui || !current) return;
    const { mark } = current;
    const id = mark.finding.claimId;
    const list = shownMarks();
    const index = list.indexOf(mark);
    const props: TooltipProps = {
      finding: mark.finding,
      entry: id === null ? null : entries.get(id),
      catalogueUrl: id === null ? null : catalogueUrl(id),
      report: current.report,
      position: index >= 0 ? { index: index + 1, total: list.length } : { index: 1, total: 1 },
      onReport: () => void sendReport(mark).catch(host.warn),
      onOpenCatalogue: () => {
        if (id !== null) browser.runtime.sendMessage({ type: 'open-catalogue', id }).catch(host.warn);
      },
      onHide: () => {
        close();
        host.hide(mark);
      },
      onClose: () => {
        close();
      },
    };
    ui.show(props, claimBoxes(mark), current.anchorX, focus);
  };

  const loadEntry = async (id: string) => {
    if (entries.has(id)) return;
    const raw: unknown = await browser.runtime.sendMessage({ type: 'get-entry', id });
    entries.set(id, parseEntryDetails(raw));
    render();
  };

  const sendReport = async (mark: Mark) => {
    const state = current;
    if (!state || state.mark !== mark) return;
    state.report = 'sending';
    render();
    const claim = { ...mark.finding, prefix: mark.prefix, suffix: mark.suffix };
    const answer: unknown = await browser.runtime
      .sendMessage(reportRequest(claim, { url: location.href, title: document.title }, 'tooltip'))
      // No handler yet (or an old background): say so rather than fail.
      .catch(() => null);
    // The tooltip may have moved on while the background answered.
    if (openState() !== state) return;
    state.report = answer ? 'sent' : 'unavailable';
    render();
  };

  const scrollToMark = (mark: Mark, smooth: boolean) => {
    const el = mark.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    const box = claimBoxes(mark)[0];
    if (!box) return;
    const still = !smooth || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: still ? 'instant' : 'smooth' });
  };

  const close = () => {
    token++;
    cancelOpen();
    cancelClose();
    if (!current) return;
    current = null;
    host.setCurrent(null);
    const hadFocus = ui?.hide() ?? false;
    if (hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected)
      returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const open = (mark: Mark, mode: OpenMode, anchorX?: number) => {
    const my = ++token;
    cancelOpen();
    cancelClose();
    void ensureUi()
      .then(() => {
        if (my !== token) return;
        if (mode !== 'hover') scrollToMark(mark, mode === 'reveal');
        if (mode === 'reveal') host.flash(mark);
        if (mode === 'keyboard' && !current) returnFocus = document.activeElement;
        current = { mark, mode, anchorX, report: 'idle' };
        host.setCurrent(mark);
        render(mode === 'keyboard');
        const id = mark.finding.claimId;
        if (id !== null) void loadEntry(id).catch(host.warn);
      })
      .catch(host.warn);
  };

  const checkPointer = () => {
    pointerTimer = undefined;
    const p = lastPoint;
    if (!p || ctx.isInvalid) return;
    if (p.overUi) {
      cancelClose();
      return;
    }
    const roots = host.roots().filter((r) => r.doc === p.doc);
    const shadowRoots = roots.flatMap((r) => (r.tree === r.doc ? [] : [r.tree as ShadowRoot]));
    const marks = shownMarks().filter((m) => m.root.doc === p.doc);
    const hit = marks.length ? markAtPoint(marks, p.doc, p.x, p.y, shadowRoots) : null;
    if (hit) {
      cancelClose();
      if (current?.mark === hit) return;
      cancelOpen();
      const x = p.x + frameOffset(hit.root).x;
      openTimer = ctx.setTimeout(
        safe(() => {
          open(hit, 'hover', x);
        }),
        HOVER_OPEN_MS,
      );
      return;
    }
    cancelOpen();
    if (current?.mode === 'hover' && closeTimer === undefined)
      closeTimer = ctx.setTimeout(safe(close), HOVER_CLOSE_MS);
  };

  const follow = () => {
    frameQueued = false;
    host.redraw();
    if (!current || !ui) return;
    const boxes = claimBoxes(current.mark);
    const off = boxes.every((b) => b.bottom < 0 || b.top > window.innerHeight);
    if (off && current.mode === 'hover') close();
    else ui.reposition(boxes);
  };
  const queueFollow = () => {
    if (frameQueued) return;
    frameQueued = true;
    requestAnimationFrame(() => {
      try {
        follow();
      } catch (e) {
        host.warn(e);
      }
    });
  };

  return {
    open,
    close,
    step(direction) {
      // Claims in collapsed tabs or hidden sections have no line boxes: there is nothing to show.
      const list = shownMarks().filter((m) => m.range.getClientRects().length > 0);
      if (!list.length) return false;
      let index = current ? list.indexOf(current.mark) : -1;
      if (index >= 0) index = (index + direction + list.length) % list.length;
      else if (direction === 1)
        index = Math.max(
          0,
          list.findIndex((m) => (claimBoxes(m)[0]?.top ?? 0) >= 0),
        );
      else {
        const above = list.map((m) => claimBoxes(m)[0]?.bottom ?? 0).findLastIndex((bottom) => bottom <= 0);
        index = above >= 0 ? above : list.length - 1;
      }
      const mark = list[index];
      if (!mark) return false;
      open(mark, 'keyboard');
      return true;
    },
    marksChanged() {
      if (!current) return;
      const { mark } = current;
      const same = host
        .marks()
        .find(
          (m) =>
            m === mark ||
            (m.finding.text === mark.finding.text && m.finding.claimId === mark.finding.claimId),
        );
      if (!same || !host.shown(same)) {
        close();
        return;
      }
      current.mark = same;
      host.setCurrent(same);
      render();
    },
    watchWindow(win) {
      const onPointer = (e: PointerEvent) => {
        lastPoint = { doc: win.document, x: e.clientX, y: e.clientY, overUi: ui?.contains(e) ?? false };
        pointerTimer ??= ctx.setTimeout(safe(checkPointer), POINTER_THROTTLE_MS);
      };
      ctx.addEventListener(win, 'pointermove', safe(onPointer), { passive: true });
      ctx.addEventListener(win, 'scroll', queueFollow, { capture: true, passive: true });
      ctx.addEventListener(win, 'resize', queueFollow, { passive: true });
      ctx.addEventListener(
        win,
        'keydown',
        safe((e: KeyboardEvent) => {
          if (e.key === 'Escape' && current) close();
        }),
        { capture: true },
      );
      ctx.addEventListener(
        win,
        'pointerdown',
        safe((e: PointerEvent) => {
          if (current && !(ui?.contains(e) ?? false) && current.mode !== 'hover') close();
        }),
        { capture: true, passive: true },
      );
    },
    withLayer(fn) {
      void ensureUi()
        .then((made) => {
          fn(made.layer);
        })
        .catch(host.warn);
    },
  };
}
