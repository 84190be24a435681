import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reportRequest } from '../../reports/request';
import type { MarkPainter } from '../marks/painter';
import type { MarksModel } from '../marks/model';
import { parseEntryDetails, parseShortcuts, shortcutHint, type EntryDetails } from '../message-checks';
import { frameOffset, type ScanRoot } from '../roots';
import type { Mark } from '../scan';
import type { UiHost } from '../ui-host';
import { createHover } from './hover';
import type { Box } from './position';
import type { ReportState, TooltipProps } from './Tooltip';
import { createTooltipView, type TooltipView } from './view';
import { trusted } from './trusted';

// Opens, fills, places and closes the claim tooltip: on hover (./hover.ts), from the keyboard
// commands (focus moves into it), and when the popup reveals a claim. The tooltip follows its claim
// while the page scrolls and never covers it.

/** How a tooltip was opened: hover closes when the pointer leaves; the others stay until dismissed. */
export type OpenMode = 'hover' | 'keyboard' | 'reveal';

/** What the tooltip works with: the marks, their painter, the page's roots and our UI. */
export interface TooltipParts {
  readonly model: MarksModel;
  readonly painter: MarkPainter;
  readonly roots: () => readonly ScanRoot[];
  readonly ui: UiHost;
  readonly warn: (e: unknown) => void;
}

/** The tooltip as the annotator drives it. */
export interface TooltipController {
  open(mark: Mark, mode: OpenMode, anchorX?: number): void;
  close(): void;
  /** Moves to the next (1) or previous (-1) shown claim; false when there is none. */
  step(direction: 1 | -1): boolean;
  /** The marks changed: follow the open claim, or close if it is gone. */
  marksChanged(): void;
  /** Listens for pointer, scroll, resize and Escape in a window (the top one and same-origin frames). */
  watchWindow(win: Window): void;
}

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
export function createTooltipController(ctx: ContentScriptContext, parts: TooltipParts): TooltipController {
  const { model, painter, ui, warn } = parts;
  let view: TooltipView | null = null;
  let viewPromise: Promise<TooltipView> | null = null;
  let current: {
    mark: Mark;
    mode: OpenMode;
    anchorX: number | undefined;
    report: ReportState;
    expanded: boolean;
  } | null = null;
  /** The keyboard hint: undefined until asked for, null where there is none to give. */
  let shortcuts: string | null | undefined;
  let returnFocus: Element | null = null;
  let token = 0;
  const entries = new Map<string, EntryDetails | null>();
  let frameQueued = false;

  const ensureView = (): Promise<TooltipView> => {
    viewPromise ??= ui.mounted().then((mounted) => (view = createTooltipView(mounted, close)));
    return viewPromise;
  };
  /** Wraps a listener or timer callback: an error stops nothing on the page and is logged once. */
  const safe =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      try {
        fn(...args);
      } catch (e) {
        warn(e);
      }
    };
  // Read through a function, so a check after an await is not narrowed away.
  const openState = () => current;

  const render = (focus = false) => {
    if (!view || !current) return;
    const { mark } = current;
    const id = mark.finding.claimId;
    const list = model.shown();
    const index = list.indexOf(mark);
    const props: TooltipProps = {
      finding: mark.finding,
      entry: id === null ? null : entries.get(id),
      catalogueUrl: id === null ? null : catalogueUrl(id),
      report: current.report,
      position: index >= 0 ? { index: index + 1, total: list.length } : { index: 1, total: 1 },
      expanded: current.expanded,
      shortcuts: shortcuts ?? null,
      // Each action only for the reader's own clicks and keys, never the page's scripts (./trusted.ts).
      onToggleMore: trusted(() => {
        if (!current) return;
        current.expanded = !current.expanded;
        render();
      }),
      onReport: trusted(() => void sendReport(mark).catch(warn)),
      onOpenCatalogue: trusted(() => {
        if (id !== null) browser.runtime.sendMessage({ type: 'open-catalogue', id }).catch(warn);
      }),
      onOpenGrading: trusted(() => {
        browser.runtime.sendMessage({ type: 'open-catalogue', id: 'how-we-grade' }).catch(warn);
      }),
      onHide: trusted(() => {
        close();
        model.hide(mark);
        painter.paint();
      }),
      onClose: trusted(() => {
        close();
      }),
    };
    view.show(props, claimBoxes(mark), current.anchorX, focus);
  };

  /**
   * Asks the background once for the keys the browser has set for the commands: the hint shows the
   * reader's own keys, and none where they are unset or the screen is touched rather than typed on.
   */
  const loadShortcuts = async () => {
    if (shortcuts !== undefined) return;
    shortcuts = null;
    if (window.matchMedia('(hover: none)').matches) return;
    const raw: unknown = await browser.runtime.sendMessage({ type: 'get-shortcuts' });
    shortcuts = shortcutHint(parseShortcuts(raw));
    render();
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
    hover.cancel();
    if (!current) return;
    current = null;
    painter.setCurrent(null);
    const hadFocus = view?.hide() ?? false;
    if (hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected)
      returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const open = (mark: Mark, mode: OpenMode, anchorX?: number) => {
    const my = ++token;
    hover.cancel();
    void ensureView()
      .then(() => {
        if (my !== token) return;
        if (mode !== 'hover') scrollToMark(mark, mode === 'reveal');
        if (mode === 'reveal') painter.flash(mark);
        if (mode === 'keyboard' && !current) returnFocus = document.activeElement;
        current = { mark, mode, anchorX, report: 'idle', expanded: false };
        painter.setCurrent(mark);
        render(mode === 'keyboard');
        const id = mark.finding.claimId;
        if (id !== null) void loadEntry(id).catch(warn);
        void loadShortcuts().catch(warn);
      })
      .catch(warn);
  };

  const hover = createHover(ctx, {
    marks: () => model.shown(),
    roots: parts.roots,
    current: () => current && { mark: current.mark, hover: current.mode === 'hover' },
    open: (mark, x) => {
      open(mark, 'hover', x);
    },
    close,
    safe,
  });

  const follow = () => {
    frameQueued = false;
    painter.follow();
    if (!current || !view) return;
    const boxes = claimBoxes(current.mark);
    const off = boxes.every((b) => b.bottom < 0 || b.top > window.innerHeight);
    if (off && current.mode === 'hover') close();
    else view.reposition(boxes);
  };
  const queueFollow = () => {
    if (frameQueued) return;
    frameQueued = true;
    requestAnimationFrame(safe(follow));
  };

  return {
    open,
    close,
    step(direction) {
      // Claims in collapsed tabs or hidden sections have no line boxes: there is nothing to show.
      const list = model.shown().filter((m) => m.range.getClientRects().length > 0);
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
      const same = model
        .all()
        .find(
          (m) =>
            m === mark ||
            (m.finding.text === mark.finding.text && m.finding.claimId === mark.finding.claimId),
        );
      if (!same || !model.isShown(same)) {
        close();
        return;
      }
      current.mark = same;
      painter.setCurrent(same);
      render();
    },
    watchWindow(win) {
      const onPointer = (e: PointerEvent) => {
        // A pointer move the page's script made up does not open the tooltip.
        if (!e.isTrusted) return;
        hover.moved(win.document, e.clientX, e.clientY, ui.contains(e));
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
          if (current && !ui.contains(e) && current.mode !== 'hover') close();
        }),
        { capture: true, passive: true },
      );
    },
  };
}
