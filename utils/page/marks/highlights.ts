import { GRADE_KEYS, GRADE_STYLE, type GradeKey } from '../../../claims/grades';
import { locate, type Segment } from '../extract-text';
import type { Settings } from '../../settings';

// Marks claims with the CSS Custom Highlight API: ranges live outside the DOM, so the page's
// nodes and text are never touched. One named highlight per grade in each document's registry;
// the ::highlight() rules go into a constructed stylesheet adopted by each document and shadow root
// that holds marks (adoptedStyleSheets are no DOM nodes, so the page's markup stays as it was).

/**
 * Whether highlights can underline text. Firefox (140, the oldest release we support) paints only
 * the colours of a `::highlight()`, not its text decoration: its build tints every mark whichever
 * style is chosen, and the options page says so.
 */
export const HIGHLIGHTS_UNDERLINE = !import.meta.env.FIREFOX;

/** The highlight name a grade is registered under. */
export const highlightName = (key: GradeKey) => `dk-${key}`;
/** The highlight of the claim whose tooltip is open. */
export const CURRENT_HIGHLIGHT = 'dk-current';
/** The short emphasis after the popup reveals a claim. */
export const FLASH_HIGHLIGHT = 'dk-flash';
/** Every highlight name we register. */
const OUR_HIGHLIGHTS = [...GRADE_KEYS.map(highlightName), CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT];

/** Whether a document's window has the Custom Highlight API. */
export function highlightsSupported(doc: Document = document): boolean {
  const win = doc.defaultView;
  return (
    !!win && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function'
  );
}

/** Builds a DOM Range for a finding's offsets, or null when its text nodes are gone. */
export function rangeFor(
  segments: readonly Segment[],
  finding: { start: number; end: number },
): Range | null {
  const from = locate(segments, finding.start);
  const to = locate(segments, finding.end);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}

/** "#rrggbb" as rgb() with an alpha. */
function tint(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
}

/**
 * The ::highlight() rules for a mark style. Underlines use the grade colour for the page's
 * brightness (the darker shade on light pages, the lighter on dark ones); tints are translucent,
 * so the page's own text colour shows through on either. Where highlights cannot underline
 * (`underlines` false: Firefox), every style tints, or an "underline only" mark would be invisible.
 */
export function markCss(
  style: Settings['markStyle'],
  darkPage: boolean,
  underlines = HIGHLIGHTS_UNDERLINE,
): string {
  const lined = style !== 'tint' && underlines;
  const tinted = style !== 'underline' || !underlines;
  const rules = GRADE_KEYS.map((key) => {
    const g = GRADE_STYLE[key];
    const color = darkPage ? g.dark : g.color;
    const decls: string[] = [];
    if (lined)
      decls.push(
        'text-decoration-line: underline',
        `text-decoration-style: ${g.line}`,
        `text-decoration-color: ${color}`,
        `text-decoration-thickness: ${g.thickness}`,
        'text-decoration-skip-ink: none',
      );
    if (tinted) decls.push(`background-color: ${tint(color, darkPage ? 0.24 : 0.14)}`);
    return `::highlight(${highlightName(key)}) { ${decls.join('; ')} }`;
  });
  rules.push(
    `::highlight(${CURRENT_HIGHLIGHT}) { background-color: ${darkPage ? 'rgb(255 212 59 / 0.3)' : 'rgb(255 212 59 / 0.45)'} }`,
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: rgb(255 212 59 / 0.75); color: #1f2328 }`,
  );
  return rules.join('\n');
}

/** Whether a document looks dark: the luminance of its body's (or root's) background. */
export function isDarkPage(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body as HTMLElement | null, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(
      view.getComputedStyle(el).backgroundColor,
    );
    if (!m || m[4] === '0') continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45;
  }
  // Transparent all the way up: the canvas, white unless the page opts into a dark colour scheme.
  return view.getComputedStyle(doc.documentElement).colorScheme.trim() === 'dark';
}

/** One painted range: its grade key, the range, and the tree that holds it (for the styles). */
export interface PaintedRange {
  readonly key: GradeKey;
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
  setStyle(style: Settings['markStyle']): void;
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

/** An object as the page sees it: Firefox's `wrappedJSObject`, or the object itself elsewhere. */
const pageView = <T extends object>(o: T): T => (o as { wrappedJSObject?: T }).wrappedJSObject ?? o;

/**
 * A tree's adopted stylesheets as the page itself sees them. A Firefox content script sees the list
 * through an Xray wrapper that it can neither iterate nor assign ("is not iterable", "Accessing from
 * Xray wrapper is not supported": Mozilla bug 1770592), so there it goes through the page's own view
 * of the list (`wrappedJSObject`). The list itself is read through the script's view of the tree,
 * whose getter is the browser's: through the page's view of the tree it would be the page's getter,
 * which a page may replace (polyfills of constructed stylesheets do). Sheets are added and removed
 * with indexed writes and `length`, which work on that view with our sheets, where assigning an
 * array of ours would not; they never call the page's array methods, which a page may have
 * replaced. Chromium's isolated world has no such wrapper.
 */
function adoptedList(tree: Document | ShadowRoot): CSSStyleSheet[] {
  return pageView(tree.adoptedStyleSheets);
}

/** Adds a sheet after the tree's own adopted sheets. */
export function adoptSheet(tree: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  const list = adoptedList(tree);
  list[list.length] = sheet;
}

/** Removes a sheet of ours from the tree's adopted sheets, leaving the page's in their order. */
export function dropSheet(tree: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  const list = adoptedList(tree);
  // The list holds the page's view of our sheet, another wrapper than ours in Firefox.
  const ours = pageView(sheet);
  let kept = 0;
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as CSSStyleSheet;
    if (s === ours) continue;
    if (kept !== i) list[kept] = s;
    kept++;
  }
  list.length = kept;
}

/**
 * A document's highlight registry, read through the getter of that window's own `CSS`. In a Firefox
 * content script, once a plain `win.CSS.highlights` read has run on the top window's `CSS`, the
 * same code returns the top window's registry for an iframe's window too (the JIT reuses the first
 * window's getter across the Xray wrappers; measured in Firefox 140): an iframe's marks then
 * replaced the page's. Calling the getter found on the window's own object is never mixed up.
 */
function registryOf(doc: Document): HighlightRegistry | undefined {
  const css = doc.defaultView?.CSS;
  for (let o: object | null = css ?? null; o; o = Object.getPrototypeOf(o) as object | null) {
    const own = Object.getOwnPropertyDescriptor(o, 'highlights');
    if (own) return (own.get ? own.get.call(css) : own.value) as HighlightRegistry | undefined;
  }
  return undefined;
}

/** A painter bound to a timer function (the content script context's, so it dies with it). */
export function createHighlightPainter(
  style: Settings['markStyle'],
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
        for (const key of GRADE_KEYS)
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
