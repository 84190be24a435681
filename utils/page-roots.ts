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

/**
 * Every root reachable from `root`: open shadow roots and same-origin iframe documents, nested to
 * any depth. Calls `onFrame` for each iframe seen, so the caller can rescan when it loads. Walks
 * elements iteratively, yielding to the page between slices.
 */
export async function childRoots(
  root: ScanRoot,
  onFrame: (frame: HTMLIFrameElement) => void,
  slicer: Yielder,
): Promise<ScanRoot[]> {
  const found: ScanRoot[] = [];
  const queue: ScanRoot[] = [root];
  for (let current = queue.shift(); current; current = queue.shift()) {
    const start = textRootOf(current);
    if (!start) continue;
    const doc = current.doc;
    const walker = doc.createTreeWalker(start, 0x1 /* SHOW_ELEMENT */);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((++count & 511) === 0 && slicer.due()) {
        await slicer.yield();
        if (!start.contains(node)) break;
        walker.currentNode = node;
      }
      const el = node as Element;
      if (el.hasAttribute(OWN_UI_ATTRIBUTE)) continue;
      if (el.shadowRoot) {
        const child: ScanRoot = {
          tree: el.shadowRoot,
          doc,
          frames: current.frames,
          anchor: current.anchor ?? el,
        };
        found.push(child);
        queue.push(child);
      }
      if (el.localName === 'iframe' || el.localName === 'frame') {
        const frame = el as HTMLIFrameElement;
        onFrame(frame);
        const inner = frameDocument(frame);
        if (!inner) continue;
        const child: ScanRoot = {
          tree: inner,
          doc: inner,
          frames: [...current.frames, frame],
          anchor: current.anchor ?? frame,
        };
        found.push(child);
        queue.push(child);
      }
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
