import type { TextBlock } from '../../claims/finder/types';

// Turns a DOM into the text the finder reads. The same code runs in the content script and, via
// linkedom, in the scan CLI, so what the CLI reports is what the extension marks.

/** A set of tag names, from a list separated by white space. */
const tagSet = (names: string) => new Set(names.trim().split(/\s+/));

/** Elements that start a new block of text. */
const BLOCK_TAGS = tagSet(`
  ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE
  FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH
  THEAD TR UL LEGEND OPTION HTML
`);
/** Blocks whose subject carries over to the text after them. */
const HEADING_TAGS = tagSet(`H1 H2 H3 H4 H5 H6 DT TH SUMMARY CAPTION LEGEND`);

/** Whether a block element's text is a heading to the finder (a block with `heading: true`). */
export function isHeadingBlock(block: Element | null): boolean {
  return !!block && HEADING_TAGS.has(block.tagName.toUpperCase());
}
/**
 * Where a page keeps its customers' reviews: schema.org Review markup, and the containers shops
 * commonly use. Claims there are a customer's words, not the shop's (a finding's voice 'customer').
 */
const REVIEW_SELECTOR = [
  '[itemtype*="schema.org/Review"]',
  '[itemprop="review"]',
  '[itemprop="reviewBody"]',
  '[data-hook="review"]',
  '[data-hook="review-body"]',
  '.review',
  '.customer-review',
  '#reviews',
  '#customer-reviews',
].join(', ');

/** Whether a block element stands in a customer review (a block with `review: true`). */
export function isReviewBlock(block: Element | null): boolean {
  return !!block?.closest(REVIEW_SELECTOR);
}

/** Elements whose text is never page prose, or is the reader's own typing. */
const SKIP_TAGS = tagSet(`
  SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION SVG MATH CANVAS IFRAME OBJECT EMBED HEAD
  TITLE META LINK CODE
`);

/** Attribute that marks our own UI hosts, which are never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-dk-claim-check';

/** A text node's place in the extracted text. */
export interface Segment {
  readonly node: Text;
  /** Offset of the node's first character in the extracted text. */
  readonly start: number;
}

/** The text of a DOM subtree, cut into blocks, with a map back to its text nodes. */
export interface ExtractedText {
  readonly text: string;
  readonly blocks: readonly TextBlock[];
  readonly segments: readonly Segment[];
}

/** The state of one extraction: the text so far, its blocks and segments, and the open block. */
interface Builder {
  readonly parts: string[];
  readonly segments: Segment[];
  readonly blocks: TextBlock[];
  length: number;
  block: Element | null | undefined;
  blockStart: number;
  blockText: string;
}

const newBuilder = (): Builder => ({
  parts: [],
  segments: [],
  blocks: [],
  length: 0,
  block: undefined,
  blockStart: 0,
  blockText: '',
});

function closeBlock(b: Builder): void {
  if (b.blockText.trim()) {
    const heading = isHeadingBlock(b.block ?? null);
    const review = isReviewBlock(b.block ?? null);
    b.blocks.push({
      text: b.blockText,
      start: b.blockStart,
      ...(heading ? { heading } : {}),
      ...(review ? { review } : {}),
    });
  }
  b.blockText = '';
}

function append(b: Builder, s: string): void {
  b.parts.push(s);
  b.blockText += s;
  b.length += s.length;
}

/** Takes in one node of the walk and returns the next (a skipped element's subtree is stepped over). */
function visit(b: Builder, walker: TreeWalker, node: Node, root: Node): Node | null {
  if (node.nodeType === 1) {
    const el = node as Element;
    // Skip the whole subtree: move to the next sibling or an ancestor's sibling.
    if (node !== root && isSkipped(el)) return nextOutside(walker, el, root);
    if (el.tagName.toUpperCase() === 'BR' && b.blockText) append(b, '\n');
  } else if (node.nodeType === 3) {
    const data = (node as Text).data;
    if (data.length > 0) {
      const owner = blockOf(node, root);
      if (owner !== b.block) {
        closeBlock(b);
        if (b.length > 0) {
          b.parts.push('\n');
          b.length += 1;
        }
        b.block = owner;
        b.blockStart = b.length;
      }
      b.segments.push({ node: node as Text, start: b.length });
      append(b, data.replace(/[\t\n\r\f\v]/g, ' '));
    }
  }
  return walker.nextNode();
}

function finish(b: Builder): ExtractedText {
  closeBlock(b);
  return { text: b.parts.join(''), blocks: b.blocks, segments: b.segments };
}

// NodeFilter constants are spelled out: linkedom and old engines may not expose NodeFilter.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/**
 * Collects the text under `root`. Whitespace characters are folded to spaces one for one (so
 * offsets still map to text nodes), blocks are separated by a line break, and `<br>` is a line
 * break of its own.
 */
export function extractText(root: Node): ExtractedText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const b = newBuilder();
  let node: Node | null = walker.currentNode;
  while (node) node = visit(b, walker, node, root);
  return finish(b);
}

/** A stretch of a subtree's text, from one text node to another (both outside skipped elements). */
export interface TextWindow {
  readonly first: Text;
  readonly last: Text;
}

/** What long work needs to share the main thread: see ./slice.ts. */
export interface Yielder {
  due(): boolean;
  yield(): Promise<void>;
}

/**
 * Collects the text of some stretches of `root`, exactly as `extractText` would read them, one
 * after the other (each starts a new block). Yields to the page between slices of work; text the
 * page removes meanwhile is simply not read.
 */
export async function extractWindows(
  root: Node,
  windows: readonly TextWindow[],
  slicer: Yielder,
): Promise<ExtractedText> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const b = newBuilder();
  let count = 0;
  for (const w of windows) {
    closeBlock(b);
    b.block = undefined;
    walker.currentNode = w.first;
    // linkedom's TreeWalker (unit tests) cannot be moved: walk on to the window's first node.
    if (!canMove(walker)) for (let n = walker.nextNode(); n && n !== w.first; n = walker.nextNode());
    let node: Node | null = w.first;
    while (node) {
      const last = node === w.last;
      node = visit(b, walker, node, root);
      if (last) break;
      if ((++count & 255) === 0 && slicer.due()) {
        await slicer.yield();
        if (!node || !w.last.isConnected || !root.contains(node)) break;
        walker.currentNode = node;
      }
    }
  }
  return finish(b);
}

/**
 * The block element a text node belongs to (null: none below `root`). A bidi isolate (`<bdi>`, or
 * any element with its own `dir`) is a block too: an English claim quoted inside Arabic or Hebrew
 * prose is a sentence of its own, not the middle of the sentence around it.
 */
export function blockOf(node: Node, root: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (BLOCK_TAGS.has(tag) || tag === 'BDI' || (el !== root && el.hasAttribute('dir'))) return el;
    if (el === root) break;
  }
  return null;
}

/** Whether an element's subtree is never read (scripts, hidden, our own UI, editable regions...). */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether a TreeWalker can be moved (`currentNode`, siblings): linkedom's has only nextNode(). */
function canMove(walker: TreeWalker): boolean {
  return typeof (walker as Partial<TreeWalker>).nextSibling === 'function';
}

function nextOutside(walker: TreeWalker, el: Element, root: Node): Node | null {
  // linkedom's TreeWalker (the scan CLI) has only nextNode(): walk on until we leave the subtree.
  if (!canMove(walker)) {
    let next = walker.nextNode();
    while (next && el.contains(next)) next = walker.nextNode();
    return next;
  }
  walker.currentNode = el;
  const sibling = walker.nextSibling();
  if (sibling) return sibling;
  for (let parent = walker.parentNode(); parent && parent !== root; parent = walker.parentNode()) {
    const next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}

/** Finds the text node and offset inside it for an offset of the extracted text. */
export function locate(segments: readonly Segment[], offset: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    if (!seg) return null;
    if (offset < seg.start) hi = mid - 1;
    else if (offset > seg.start + seg.node.data.length) lo = mid + 1;
    else return { node: seg.node, offset: offset - seg.start };
  }
  return null;
}

/** Builds a DOM Range for a finding's offsets (the inverse of `locate`), or null when its text nodes are gone. */
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
