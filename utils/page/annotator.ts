import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { TextBlock } from '../../claims/finder/types';
import { gradeKey } from '../../claims/grades';
import { createHighlightPainter, highlightsSupported } from './marks/highlights';
import type { WireFinding } from '../messages';
import { drawOverlay } from './marks/overlay';
import { parseFindings } from './message-checks';
import { childRoots, frameOffset, topRoot, type ScanRoot } from './roots';
import { benchMark } from './bench-marks';
import { scanRoot, type Mark, type RunCache } from './scan';
import type { Sweep } from './sweep';
import { createSlicer } from './slice';
import type { StyleWatch } from './styled';
import { createScanScheduler, judgeMutations, WATCHED_CHANGES } from './watch';
import type { Settings } from '../settings';
import { createTooltipController, type TooltipController } from './tooltip/controller';

// The in-page half of the extension: finds the claims of every root of the page, keeps them marked
// while the page changes, reports them to the background, and hands hover and keyboard to the
// tooltip controller. Everything hangs off the content script context and dies with it.

/** What the content script's message handler and settings watcher drive. */
export interface Annotator {
  /** Scans the page from scratch and starts watching it; `sweep` is the document's, if already swept. */
  start(sweep?: Sweep): void;
  /** Removes every mark and stops watching (site switched off, context gone). */
  stop(): void;
  /** New settings: repaint, or stop/start when the site was switched off or on. */
  applySettings(settings: Settings): void;
  /** The popup's "hide marks on this tab" switch. */
  setMarksHidden(hidden: boolean): void;
  /** Scrolls to the claim the popup lists at `index`, flashes it and opens its tooltip. */
  reveal(index: number): boolean;
  /** Keyboard command: the next (1) or previous (-1) claim. */
  step(direction: 1 | -1): boolean;
}

/** Reading order: by the claim's (or its frame's or shadow host's) place in the top document, then offset. */
function readingOrder(roots: readonly ScanRoot[]) {
  const rootIndex = new Map(roots.map((r, i) => [r, i]));
  return (a: Mark, b: Mark): number => {
    const na = a.root.anchor ?? a.range.startContainer;
    const nb = b.root.anchor ?? b.range.startContainer;
    if (na !== nb) {
      const pos = na.compareDocumentPosition(nb);
      if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
      if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    }
    if (a.root !== b.root) return (rootIndex.get(a.root) ?? 0) - (rootIndex.get(b.root) ?? 0);
    return a.finding.start - b.finding.start;
  };
}

/**
 * Creates the annotator for this page. `mayRead` is asked each time the cheap sweep has found terms,
 * before the page's text is read closely (the content script's settings may still be on their way).
 * `style` says when marks may be painted; the content script starts it at the sweep's first term.
 */
export function createAnnotator(
  ctx: ContentScriptContext,
  initial: Settings,
  warn: (e: unknown) => void,
  mayRead: () => Promise<boolean>,
  style: StyleWatch,
): Annotator {
  let settings = initial;
  let active = false;
  let marksHidden = false;
  let roots: ScanRoot[] = [];
  const marksByRoot = new Map<ScanRoot, Mark[]>();
  let ordered: Mark[] = [];
  const hiddenKeys = new Set<string>();
  const cache: RunCache = new Map();
  const observers = new Map<Document | ShadowRoot, MutationObserver>();
  const watchedFrames = new WeakSet<HTMLIFrameElement>();
  const watchedWindows = new WeakSet<Window>();
  let lastReport = '';
  let needDiscover = false;
  let discovering: Promise<ScanRoot[]> | null = null;
  let benchPending = false;
  /** The first scan is done and ends with the next paint. */
  let benchEnding = false;
  /** The document's sweep made before the annotator was created: its first scan reuses it. */
  let firstSweep: Sweep | undefined;
  let lastSignature = '';
  let benchPainted = false;
  const useHighlights = highlightsSupported(document);
  const painter = createHighlightPainter(settings.markStyle, (fn, ms) => ctx.setTimeout(fn, ms));

  const isActive = () => active;
  const keyOf = (m: Mark) => `${m.finding.claimId ?? ''}\u0001${m.finding.text}`;
  const shown = (m: Mark) =>
    active && !marksHidden && settings.grades[gradeKey(m.finding.grade)] && !hiddenKeys.has(keyOf(m));

  const analyze = async (blocks: TextBlock[]): Promise<WireFinding[]> =>
    parseFindings(await browser.runtime.sendMessage({ type: 'analyze', blocks }));

  /** A paint asked for before the page was styled: one paint follows, however often it was asked. */
  let paintWaiting = false;
  const paint = () => {
    // Reading the page's colours before it was ever styled would restyle all of it in our task.
    if (!style.done()) {
      if (paintWaiting) return;
      paintWaiting = true;
      void style.settled
        .then(() => {
          paintWaiting = false;
          if (active) paint();
        })
        .catch(warn);
      return;
    }
    const visible = ordered.filter(shown);
    if (useHighlights)
      painter.paint(
        visible.map((m) => ({ key: gradeKey(m.finding.grade), range: m.range, tree: m.root.tree })),
      );
    else
      tooltip.withLayer((layer) => {
        drawOverlay(
          layer,
          visible.map((m) => ({
            key: gradeKey(m.finding.grade),
            range: m.range,
            offset: frameOffset(m.root),
          })),
          settings.markStyle,
        );
      });
    if (visible.length && !benchPainted) {
      benchPainted = true;
      benchMark('dk-first-paint');
    }
    if (benchEnding) {
      benchEnding = false;
      benchMark('dk-scan-end');
    }
  };

  const report = async () => {
    // Sent when the claims change. The text around them goes along (for reports from the popup),
    // but text that changes next to a claim (a countdown, a ticker) is no reason to send again.
    const key = JSON.stringify([location.href, ordered.map((m) => m.finding)]);
    if (key === lastReport) return;
    lastReport = key;
    await browser.runtime.sendMessage({
      type: 'page-findings',
      url: location.href,
      findings: ordered.map((m) => ({ ...m.finding, prefix: m.prefix, suffix: m.suffix })),
    });
  };
  /**
   * Reports in a task of its own, after the paint: on a page with thousands of claims, writing the
   * report out costs about 10 ms, which the task that paints need not carry. It sends what is
   * marked when it runs.
   */
  let reportQueued = false;
  const reportSoon = () => {
    if (reportQueued) return;
    reportQueued = true;
    ctx.setTimeout(() => {
      reportQueued = false;
      if (active) void report().catch(warn);
    }, 0);
  };

  /** What identifies the page's claims: a rescan that finds the same ones changed nothing. */
  const signature = (marks: readonly Mark[]) =>
    marks
      .map((m) => `${m.finding.start}:${m.finding.end}:${m.finding.claimId ?? ''}:${m.finding.text}`)
      .join('\n');

  /** The marks in reading order; one root needs no DOM comparisons (its marks are in text order). */
  const order = (): Mark[] => {
    const all = [...marksByRoot.values()].flat();
    return marksByRoot.size > 1 ? all.sort(readingOrder(roots)) : all;
  };

  /** Recomputes the reading order, repaints and reports; says whether the claims changed. */
  const refresh = (): boolean => {
    ordered = order();
    paint();
    tooltip.marksChanged();
    reportSoon();
    // Compared with the last full scan: partial paints of a scan in progress do not count.
    const now = signature(ordered);
    const changed = now !== lastSignature;
    lastSignature = now;
    return changed;
  };

  const marked = (node: Node): boolean =>
    ordered.some(
      (m) =>
        node === m.range.startContainer ||
        node === m.range.endContainer ||
        (node.nodeType === 1 && node.contains(m.range.startContainer)),
    );

  const observe = (root: ScanRoot) => {
    if (observers.has(root.tree)) return;
    const observer = new MutationObserver((records) => {
      try {
        const verdict = judgeMutations(records, marked);
        // Looking for new roots walks the page: it comes after the next (rate-limited) scan.
        const discover = verdict.roots.length > 0;
        if (discover) needDiscover = true;
        if (verdict.rescan || discover) scheduler.request(root);
      } catch (e) {
        warn(e);
      }
    });
    observer.observe(root.tree, WATCHED_CHANGES);
    observers.set(root.tree, observer);
  };

  const watchWindow = (win: Window | null) => {
    if (!win || watchedWindows.has(win)) return;
    watchedWindows.add(win);
    tooltip.watchWindow(win);
  };

  /**
   * Finds the page's roots (new shadow roots and frames), watching the new ones and dropping the
   * gone. It walks every element, so it runs after the document's own text has been scanned.
   */
  const discover = (): Promise<ScanRoot[]> => {
    discovering ??= findRoots().finally(() => {
      discovering = null;
    });
    return discovering;
  };
  const findRoots = async (): Promise<ScanRoot[]> => {
    // The walk starts in a task of its own: it is asked for right after a scan's last paint, and a
    // first slice in the same task made it one long task (on the 5 MB dense page, the last marks'
    // paint and a slice of this walk took 40-104 ms together, garbage collection included).
    const slicer = createSlicer();
    await slicer.yield();
    if (!isActive()) return [];
    const top = roots[0] ?? topRoot(document);
    const children = await childRoots(
      top,
      (frame) => {
        if (watchedFrames.has(frame)) return;
        watchedFrames.add(frame);
        ctx.addEventListener(frame, 'load', () => {
          if (active) void discover().catch(warn);
        });
      },
      slicer,
    );
    if (!active) return [];
    const found = [top, ...children];
    const known = new Map(roots.map((r) => [r.tree, r]));
    const next = found.map((r) => known.get(r.tree) ?? r);
    const fresh = next.filter((r) => !known.has(r.tree));
    for (const r of roots)
      if (!next.includes(r)) {
        observers.get(r.tree)?.disconnect();
        observers.delete(r.tree);
        marksByRoot.delete(r);
      }
    roots = next;
    for (const r of fresh) {
      observe(r);
      watchWindow(r.doc.defaultView);
      scheduler.request(r, 0);
    }
    return fresh;
  };

  const scheduler = createScanScheduler<ScanRoot>(ctx, async (toScan) => {
    try {
      if (!active) return false;
      const slicer = createSlicer();
      for (const root of toScan) {
        if (!roots.includes(root)) continue;
        const presweep = root === roots[0] ? firstSweep : undefined;
        firstSweep = undefined;
        const marks = await scanRoot(
          root,
          cache,
          analyze,
          slicer,
          (partial) => {
            // A huge page is painted as its answers arrive, not only at the end.
            if (!isActive()) return;
            marksByRoot.set(root, [...partial]);
            ordered = order();
            paint();
          },
          mayRead,
          presweep,
        );
        // The site may have been switched off while the background answered.
        if (!isActive()) return false;
        marksByRoot.set(root, marks);
      }
      // The first scan ends when its marks are painted, which may wait for the page's first frame
      // (the Highlight API's marks; the overlay draws once its layer exists, a little later).
      if (benchPending) {
        benchPending = false;
        benchEnding = true;
      }
      const changed = refresh();
      if (needDiscover) {
        needDiscover = false;
        await discover();
      }
      return changed;
    } catch (e) {
      warn(e);
      return false;
    }
  });

  const tooltip: TooltipController = createTooltipController(ctx, {
    marks: () => ordered,
    shown,
    roots: () => roots,
    hide: (m) => {
      hiddenKeys.add(keyOf(m));
      paint();
    },
    flash: (m) => {
      painter.flash(m.range);
    },
    setCurrent: (m) => {
      painter.setCurrent(m && shown(m) ? m.range : null);
    },
    redraw: () => {
      if (!useHighlights) paint();
    },
    warn,
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!active) return;
    try {
      // A new page in a single-page shop: claims hidden on the last one may be shown again, and the
      // background hears about the new address even if the claims stayed the same.
      hiddenKeys.clear();
      tooltip.close();
      lastReport = '';
      needDiscover = true;
      for (const r of roots) scheduler.request(r, 200);
    } catch (e) {
      warn(e);
    }
  });

  return {
    start(sweep) {
      if (active) return;
      active = true;
      firstSweep = sweep;
      benchPending = true;
      // The document's text first; shadow roots and frames are looked for once it is marked.
      const top = topRoot(document);
      roots = [top];
      observe(top);
      watchWindow(window);
      needDiscover = true;
      scheduler.runNow(top);
    },
    stop() {
      active = false;
      // The background forgets the tab's claims when the site is switched off: after it is
      // switched on again, the same claims must be reported again.
      lastReport = '';
      scheduler.cancel();
      for (const o of observers.values()) o.disconnect();
      observers.clear();
      marksByRoot.clear();
      ordered = [];
      roots = [];
      tooltip.close();
      painter.clear();
      paint();
    },
    applySettings(next) {
      const styleChanged = next.markStyle !== settings.markStyle;
      settings = next;
      if (styleChanged) painter.setStyle(next.markStyle);
      paint();
      tooltip.marksChanged();
    },
    setMarksHidden(hidden) {
      marksHidden = hidden;
      if (hidden) tooltip.close();
      paint();
    },
    reveal(index) {
      const mark = ordered[index];
      if (!mark) return false;
      tooltip.open(mark, 'reveal');
      return true;
    },
    step(direction) {
      return tooltip.step(direction);
    },
  };
}
