import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TextBlock } from '../../claims/finder/types';
import type { WireFinding } from '../messages';
import { DEFAULT_SETTINGS, type Settings } from '../settings/definition';
import { createScanTimes } from './bench-marks';
import { createFindingsReporter } from './findings-reporter';
import { createMarksModel } from './marks/model';
import { createMarkPainter } from './marks/painter';
import { parseFindings } from './message-checks';
import type { ScanRoot } from './roots';
import { createRootsWatcher } from './roots-watcher';
import { scanRoot, type Mark, type RunCache } from './scan';
import type { StyleWatch } from './styled';
import type { Sweep } from './sweep';
import { createTooltipController } from './tooltip/controller';
import { createUiHost } from './ui-host';
import { createScanScheduler } from './watch';
import { createSlicer } from './slice';

// The in-page half of the extension, wired from its parts: the roots watcher says what to read and
// when, scans turn each root's text into marks, the marks model keeps them and says which are
// shown, the painter puts those on the page, the reporter tells the background, and the tooltip
// explains them; the UI host owns the shadow root that the tooltip and the overlay live in.
// Everything hangs off the content script context and dies with it.

/** What the content script drives. */
export interface Annotator {
  /** Scans the page from scratch and starts watching it; `sweep` is the document's, if already swept. */
  start(sweep?: Sweep): void;
  /** Removes every mark and stops watching (site switched off, context gone). */
  stop(): void;
  /** New settings: which grades are shown and how. Starting and stopping is the caller's. */
  applySettings(settings: Settings): void;
  /** The popup's "hide marks on this tab" switch. */
  setMarksHidden(hidden: boolean): void;
  /** Scrolls to the claim the popup lists at `index`, flashes it and opens its tooltip. */
  reveal(index: number): boolean;
  /** Keyboard command: the next (1) or previous (-1) claim. */
  step(direction: 1 | -1): boolean;
}

/** Asks the background to grade blocks of page text. */
const analyze = async (blocks: TextBlock[]): Promise<WireFinding[]> =>
  parseFindings(await browser.runtime.sendMessage({ type: 'analyze', blocks }));

/**
 * Creates the annotator for this page. `mayRead` is asked each time the cheap sweep has found terms,
 * before the page's text is read closely (the content script's settings may still be on their way).
 * `style` says when marks may be painted; the content script starts it at the sweep's first term.
 */
export function createAnnotator(
  ctx: ContentScriptContext,
  warn: (e: unknown) => void,
  mayRead: () => Promise<boolean>,
  style: StyleWatch,
): Annotator {
  let active = false;
  const isActive = () => active;
  /** The document's sweep made before the annotator was created: its first scan reuses it. */
  let firstSweep: Sweep | undefined;
  const cache: RunCache = new Map();
  const times = createScanTimes();
  const ui = createUiHost(ctx);
  const watchedWindows = new WeakSet<Window>();

  const watcher = createRootsWatcher(ctx, {
    isActive,
    touches: (node) => model.touches(node),
    rescan: (root, delay) => {
      scheduler.request(root, delay);
    },
    added: (root) => {
      const win = root.doc.defaultView;
      if (!win || watchedWindows.has(win)) return;
      watchedWindows.add(win);
      tooltip.watchWindow(win);
    },
    gone: (root) => {
      model.drop(root);
    },
    warn,
  });
  const model = createMarksModel(watcher.roots);
  const painter = createMarkPainter(ctx, {
    model,
    style,
    ui,
    markStyle: DEFAULT_SETTINGS.markStyle,
    isActive,
    warn,
    onPainted: times.painted,
  });
  const reporter = createFindingsReporter(ctx, model.all, isActive, warn);
  const tooltip = createTooltipController(ctx, { model, painter, roots: watcher.roots, ui, warn });

  /** Repaints and reports after a scan; says whether the claims changed since the last one. */
  const refresh = (): boolean => {
    painter.paint();
    tooltip.marksChanged();
    reporter.soon();
    // Compared with the last full scan: partial paints of a scan in progress do not count.
    return model.changed();
  };

  const scheduler = createScanScheduler<ScanRoot>(ctx, async (toScan) => {
    try {
      if (!active) return false;
      const slicer = createSlicer();
      for (const root of toScan) {
        if (!watcher.roots().includes(root)) continue;
        const presweep = root === watcher.roots()[0] ? firstSweep : undefined;
        firstSweep = undefined;
        // A huge page is painted as its answers arrive, not only at the end.
        const partial = (marks: readonly Mark[]) => {
          if (!isActive()) return;
          model.set(root, [...marks]);
          painter.paint();
        };
        const marks = await scanRoot(root, cache, analyze, slicer, partial, mayRead, presweep);
        // The site may have been switched off while the background answered.
        if (!isActive()) return false;
        model.set(root, marks);
      }
      // The first scan ends when its marks are painted, which may wait for the page's first frame.
      times.scanned();
      const changed = refresh();
      await watcher.lookIfAsked();
      return changed;
    } catch (e) {
      warn(e);
      return false;
    }
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!active) return;
    try {
      // A new page in a single-page shop: claims hidden on the last one may be shown again, and the
      // background hears about the new address even if the claims stayed the same.
      model.unhideAll();
      tooltip.close();
      reporter.forget();
      watcher.lookLater();
      for (const r of watcher.roots()) scheduler.request(r, 200);
    } catch (e) {
      warn(e);
    }
  });

  return {
    start(sweep) {
      if (active) return;
      active = true;
      firstSweep = sweep;
      times.started();
      // The document's text first; shadow roots and frames are looked for once it is marked.
      scheduler.runNow(watcher.start());
    },
    stop() {
      active = false;
      // The background forgets the tab's claims when the site is switched off: after it is
      // switched on again, the same claims must be reported again.
      reporter.forget();
      scheduler.cancel();
      watcher.stop();
      model.clear();
      tooltip.close();
      painter.clear();
      painter.paint();
    },
    applySettings(next) {
      model.setSettings(next);
      painter.setStyle(next.markStyle);
      painter.paint();
      tooltip.marksChanged();
    },
    setMarksHidden(hidden) {
      model.setAllHidden(hidden);
      if (hidden) tooltip.close();
      painter.paint();
    },
    reveal(index) {
      const mark = model.all()[index];
      if (!mark) return false;
      tooltip.open(mark, 'reveal');
      return true;
    },
    step(direction) {
      return tooltip.step(direction);
    },
  };
}
