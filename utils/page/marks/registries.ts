// Where marks and their stylesheet go in a document: its highlight registry and its adopted
// stylesheets. Both are read so that neither Firefox's Xray wrappers nor a page that replaces a
// getter can mix them up.

/** Whether a document's window has the Custom Highlight API. */
export function highlightsSupported(doc: Document = document): boolean {
  const win = doc.defaultView;
  return (
    !!win && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function'
  );
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
export function registryOf(doc: Document): HighlightRegistry | undefined {
  const css = doc.defaultView?.CSS;
  for (let o: object | null = css ?? null; o; o = Object.getPrototypeOf(o) as object | null) {
    const own = Object.getOwnPropertyDescriptor(o, 'highlights');
    if (own) return (own.get ? own.get.call(css) : own.value) as HighlightRegistry | undefined;
  }
  return undefined;
}
