import { OWN_UI_ATTRIBUTE, type Yielder } from './extract-text';

// A page's text lives in more than one tree: the document, open shadow roots (which a TreeWalker
// does not enter) and same-origin iframes (another document, with its own highlight registry).
// Each is scanned, observed and painted as a root of its own.

/** A part of the page scanned on its own: a document's body or an open shadow root. */
export interface ScanRoot {
  /** The document or shadow root holding the text. */
  readonly tree: Document | ShadowRoot;
  /** The document the tree belongs to; its window holds the highlight registry. */
  readonly doc: Document;
  /** Same-origin iframes from the top page down to `doc`, to map its coordinates to the top viewport. */
  readonly frames: readonly HTMLIFrameElement[];
  /** The element of the top document standing for this root in reading order (null: the top document itself). */
  readonly anchor: Element | null;
}

/** The node whose text is extracted: a document's body (read afresh, pages replace it) or the shadow root. */
export function textRootOf(root: ScanRoot): Node | null {
  return root.tree === root.doc ? root.doc.body : root.tree;
}

/** The root for the top document. */
export function topRoot(doc: Document): ScanRoot {
  return { tree: doc, doc, frames: [], anchor: null };
}

/** A same-origin iframe's document, or null (cross-origin, not loaded, or sandboxed). */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    return doc?.body ? doc : null;
  } catch {
    return null;
  }
}

/** Whether an element is a frame, whose document may be a root of its own (<iframe>, <frame>). */
export const isFrameElement = (el: Element): el is HTMLIFrameElement =>
  el.localName === 'iframe' || el.localName === 'frame';

/** Where `childRoots` starts, and when it stops early. */
export interface RootWalk {
  /** Walk this element (itself included) instead of the whole root: a part the page just added. */
  readonly from?: Element;
  /** Checked after each pause: true ends the walk (the caller no longer needs it). */
  readonly stop?: () => boolean;
}

/** How often a walk starts its tree again when the page removed the element it paused at. */
const RESTARTS = 2;

/**
 * Every root reachable from `root` (or from `walk.from`): open shadow roots and same-origin iframe
 * documents, nested to any depth, each once. Calls `onFrame` for each iframe seen, so the caller
 * can rescan when it loads. Walks elements iteratively, yielding to the page between slices.
 */
export async function childRoots(
  root: ScanRoot,
  onFrame: (frame: HTMLIFrameElement) => void,
  slicer: Yielder,
  walk: RootWalk = {},
): Promise<ScanRoot[]> {
  const found: ScanRoot[] = [];
  const seen = new Set<Node>();
  const queue: ScanRoot[] = [];
  const add = (child: ScanRoot) => {
    if (seen.has(child.tree)) return;
    seen.add(child.tree);
    found.push(child);
    queue.push(child);
  };
  const visit = (el: Element, current: ScanRoot) => {
    if (el.hasAttribute(OWN_UI_ATTRIBUTE)) return;
    const anchor = current.anchor ?? el;
    if (el.shadowRoot) add({ tree: el.shadowRoot, doc: current.doc, frames: current.frames, anchor });
    if (isFrameElement(el)) {
      onFrame(el);
      const inner = frameDocument(el);
      if (inner) add({ tree: inner, doc: inner, frames: [...current.frames, el], anchor });
    }
  };
  let from: Element | undefined = walk.from;
  if (from) visit(from, root);
  for (let current: ScanRoot | undefined = root; current; current = queue.shift()) {
    const start = from ?? textRootOf(current);
    from = undefined;
    if (!start) continue;
    const walker = current.doc.createTreeWalker(start, 0x1 /* SHOW_ELEMENT */);
    let count = 0;
    let restarts = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((++count & 511) === 0 && slicer.due()) {
        await slicer.yield();
        if (walk.stop?.()) return found;
        if (!start.contains(node)) {
          // The page removed where we were: start the tree again (what was found is not found
          // twice), rather than miss the rest of it.
          if (++restarts > RESTARTS || !start.isConnected) break;
          walker.currentNode = start;
          continue;
        }
        walker.currentNode = node;
      }
      visit(node as Element, current);
    }
  }
  return found;
}

/** Offset of a root's viewport in the top viewport (its frames' content boxes added up). */
export function frameOffset(root: ScanRoot): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (const frame of root.frames) {
    const rect = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += rect.left + frame.clientLeft + (style ? parseFloat(style.paddingLeft) || 0 : 0);
    y += rect.top + frame.clientTop + (style ? parseFloat(style.paddingTop) || 0 : 0);
  }
  return { x, y };
}
