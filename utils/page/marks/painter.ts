import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { markKey } from '../../../claims/grades';
import type { MarkStyle } from '../../settings/definition';
import { frameOffset } from '../roots';
import type { Mark } from '../scan';
import type { StyleWatch } from '../styled';
import type { UiHost } from '../ui-host';
import { createHighlightPainter } from './highlights';
import type { MarksModel } from './model';
import { drawOverlay } from './overlay';
import { highlightsSupported } from './registries';

// Puts the model's shown marks on the page: as highlights where the browser has the Custom
// Highlight API, else as boxes in the overlay layer of our UI. Either way it waits until the page
// has been styled once (./styled.ts).

/** What the annotator and the tooltip ask of the marks on the page. */
export interface MarkPainter {
  /** Paints the marks shown now; asked before the page was styled, it paints once it is. */
  paint(): void;
  /** Emphasises the claim whose tooltip is open (null: none), if it is shown. */
  setCurrent(mark: Mark | null): void;
  /** Briefly emphasises a claim the popup revealed. */
  flash(mark: Mark): void;
  /** Changes the mark style. */
  setStyle(style: MarkStyle): void;
  /** Draws the overlay again after a scroll or resize (highlights follow their text by themselves). */
  follow(): void;
  /** Removes every mark and stylesheet of ours. */
  clear(): void;
}

/** What the painter works with. */
export interface PainterParts {
  readonly model: MarksModel;
  readonly style: StyleWatch;
  readonly ui: UiHost;
  readonly markStyle: MarkStyle;
  readonly isActive: () => boolean;
  readonly warn: (e: unknown) => void;
  /** Hears how many marks each paint showed (the benchmark's marks). */
  readonly onPainted: (shown: number) => void;
}

/** Creates the painter for this page. */
export function createMarkPainter(ctx: ContentScriptContext, parts: PainterParts): MarkPainter {
  const { model, style, ui, warn } = parts;
  let markStyle = parts.markStyle;
  const useHighlights = highlightsSupported(document);
  const highlights = createHighlightPainter(markStyle, (fn, ms) => ctx.setTimeout(fn, ms));
  /** A paint asked for before the page was styled: one paint follows, however often it was asked. */
  let waiting = false;

  const drawn = (marks: readonly Mark[]) => {
    const key = (m: Mark) => markKey(m.finding);
    if (useHighlights) {
      highlights.paint(marks.map((m) => ({ key: key(m), range: m.range, tree: m.root.tree })));
      return;
    }
    void ui
      .mounted()
      .then(({ layer }) => {
        const boxes = marks.map((m) => ({ key: key(m), range: m.range, offset: frameOffset(m.root) }));
        drawOverlay(layer, boxes, markStyle);
      })
      .catch(warn);
  };

  const paint = () => {
    // Reading the page's colours before it was ever styled would restyle all of it in our task.
    if (!style.done()) {
      if (waiting) return;
      waiting = true;
      void style.settled
        .then(() => {
          waiting = false;
          if (parts.isActive()) paint();
        })
        .catch(warn);
      return;
    }
    const shown = model.shown();
    drawn(shown);
    parts.onPainted(shown.length);
  };

  return {
    paint,
    setCurrent(mark) {
      highlights.setCurrent(mark && model.isShown(mark) ? mark.range : null);
    },
    flash(mark) {
      highlights.flash(mark.range);
    },
    setStyle(next) {
      if (next === markStyle) return;
      markStyle = next;
      highlights.setStyle(next);
    },
    follow() {
      if (!useHighlights) paint();
    },
    clear() {
      highlights.clear();
    },
  };
}
