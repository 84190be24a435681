import { MARK_KEYS, type MarkKey } from '../../../claims/grades';
import type { MarkStyle } from '../../settings/definition';
import {
  CURRENT_HIGHLIGHT,
  FLASH_HIGHLIGHT,
  OUR_HIGHLIGHTS,
  highlightName,
  isDarkPage,
  markCss,
} from './mark-css';
import { adoptSheet, dropSheet, highlightsSupported, registryOf } from './registries';

// Marks claims with the CSS Custom Highlight API: ranges live outside the DOM, so the page's
// nodes and text are never touched. One named highlight per grade in each document's registry;
// the ::highlight() rules go into a constructed stylesheet adopted by each document and shadow root
// that holds marks (adoptedStyleSheets are no DOM nodes, so the page's markup stays as it was).

/** One painted range: its grade key, the range, and the tree that holds it (for the styles). */
export interface PaintedRange {
  readonly key: MarkKey;
  readonly range: Range;
  readonly tree: Document | ShadowRoot;
}

/** Paints marks into the highlight registries of the documents that hold them. */
export interface HighlightPainter {
  /** Replaces every mark with these, grouped per document and grade. */
  paint(marks: readonly PaintedRange[]): void;
  /** Sets (or clears, with null) the emphasis on the claim whose tooltip is open. */
  setCurrent(range: Range | null): void;
  /** Briefly emphasises one range. */
  flash(range: Range): void;
  /** Changes the mark style everywhere. */
  setStyle(style: MarkStyle): void;
  /** Removes every mark and stylesheet of ours. */
  clear(): void;
}

/** Whether two ranges cover the same text: a rescan makes new Range objects over the same nodes. */
const sameRange = (a: AbstractRange, b: AbstractRange) =>
  a.startContainer === b.startContainer &&
  a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer &&
  a.endOffset === b.endOffset;

/**
 * Whether a registered highlight is one we made over exactly these ranges, in this order, at this
 * priority. It is checked against what we gave it, not by iterating it: a Firefox content script
 * cannot iterate a page's Highlight ("Xray wrapping of iterators not supported").
 */
function holds(
  made: WeakMap<Highlight, readonly Range[]>,
  h: Highlight | undefined,
  ranges: readonly Range[],
  priority: number,
): boolean {
  const had = h && made.get(h);
  if (!h || !had || h.size !== ranges.length || had.length !== ranges.length || h.priority !== priority)
    return false;
  return ranges.every((range, i) => sameRange(range, had[i] as Range));
}

/** A painter bound to a timer function (the content script context's, so it dies with it). */
export function createHighlightPainter(
  style: MarkStyle,
  setTimer: (fn: () => void, ms: number) => unknown,
): HighlightPainter {
  let markStyle = style;
  const painted = new Set<Document>();
  const sheets = new Map<Document | ShadowRoot, { sheet: CSSStyleSheet; dark: boolean }>();
  let flashId = 0;
  /** The ranges each highlight we registered was made with. */
  const made = new WeakMap<Highlight, readonly Range[]>();

  const docOf = (range: Range) => range.startContainer.ownerDocument ?? document;
  const set = (doc: Document, name: string, ranges: Range[], priority = 0) => {
    const reg = registryOf(doc);
    const win = doc.defaultView;
    if (!reg || !win) return;
    if (!ranges.length) {
      reg.delete(name);
      return;
    }
    // A rescan that finds the same claims (a ticker beside them, a settings change) must not make
    // the browser repaint every highlight of the page.
    if (holds(made, reg.get(name), ranges, priority)) return;
    const h = new win.Highlight(...ranges);
    made.set(h, ranges);
    h.priority = priority;
    reg.set(name, h);
  };
  const styleTree = (tree: Document | ShadowRoot) => {
    if (sheets.has(tree)) return;
    // nodeType, not instanceof: an iframe's Document comes from another realm.
    const doc = tree.nodeType === 9 ? (tree as Document) : (tree as ShadowRoot).ownerDocument;
    const win = doc.defaultView;
    if (!win) return;
    // The sheet must come from the tree's own window (an iframe's realm for its document).
    const sheet = new win.CSSStyleSheet();
    const dark = isDarkPage(doc);
    sheet.replaceSync(markCss(markStyle, dark));
    adoptSheet(tree, sheet);
    sheets.set(tree, { sheet, dark });
  };

  return {
    paint(marks) {
      const byDoc = new Map<Document, PaintedRange[]>();
      for (const m of marks) {
        const doc = docOf(m.range);
        const list = byDoc.get(doc) ?? [];
        list.push(m);
        byDoc.set(doc, list);
        if (m.tree !== doc && highlightsSupported(doc)) styleTree(m.tree);
      }
      for (const doc of new Set([...painted, ...byDoc.keys()])) {
        if (!highlightsSupported(doc)) continue;
        const list = byDoc.get(doc) ?? [];
        if (list.length) styleTree(doc);
        for (const key of MARK_KEYS)
          set(
            doc,
            highlightName(key),
            list.filter((m) => m.key === key).map((m) => m.range),
          );
        if (list.length) painted.add(doc);
        else painted.delete(doc);
      }
    },
    setCurrent(range) {
      for (const doc of painted) set(doc, CURRENT_HIGHLIGHT, []);
      if (range && highlightsSupported(docOf(range))) set(docOf(range), CURRENT_HIGHLIGHT, [range], 1);
    },
    flash(range) {
      const doc = docOf(range);
      if (!highlightsSupported(doc)) return;
      styleTree(doc);
      painted.add(doc);
      set(doc, FLASH_HIGHLIGHT, [range], 2);
      const id = ++flashId;
      setTimer(() => {
        if (id === flashId) set(doc, FLASH_HIGHLIGHT, []);
      }, 1600);
    },
    setStyle(next) {
      markStyle = next;
      for (const entry of sheets.values()) entry.sheet.replaceSync(markCss(markStyle, entry.dark));
    },
    clear() {
      for (const doc of painted) {
        const reg = registryOf(doc);
        for (const name of OUR_HIGHLIGHTS) reg?.delete(name);
      }
      painted.clear();
      for (const [tree, { sheet }] of sheets) {
        try {
          dropSheet(tree, sheet);
        } catch {
          // A document that has gone away (a removed iframe) has nothing left to clean.
        }
      }
      sheets.clear();
    },
  };
}
