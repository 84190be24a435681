import type { TextBlock } from '../claims/finder/types';

// Turns a DOM into the text the finder reads. The same code runs in the content script and, via
// linkedom, in the scan CLI, so what the CLI reports is what the extension marks.

/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'LEGEND',
  'OPTION',
  'HTML',
]);
/** Blocks whose subject carries over to the text after them. */
const HEADING_TAGS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DT',
  'TH',
  'SUMMARY',
  'CAPTION',
  'LEGEND',
]);
/** Elements whose text is never page prose, or is the reader's own typing. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'CODE',
]);

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

function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

function blockOf(node: Node, root: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
    if (el === root) break;
  }
  return null;
}

/**
 * Collects the text under `root`. Whitespace characters are folded to spaces one for one (so
 * offsets still map to text nodes), blocks are separated by a line break, and `<br>` is a line
 * break of its own.
 */
export function extractText(root: Node): ExtractedText {
  const doc = root.ownerDocument ?? (root as Document);
  // NodeFilter constants are spelled out: linkedom and old engines may not expose NodeFilter.
  const SHOW_ELEMENT = 0x1;
  const SHOW_TEXT = 0x4;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const parts: string[] = [];
  const segments: Segment[] = [];
  const blocks: TextBlock[] = [];
  let length = 0;
  let block: Element | null | undefined;
  let blockStart = 0;
  let blockText = '';

  const closeBlock = () => {
    if (blockText.trim()) {
      const heading = block ? HEADING_TAGS.has(block.tagName.toUpperCase()) : false;
      blocks.push(
        heading ? { text: blockText, start: blockStart, heading } : { text: blockText, start: blockStart },
      );
    }
    blockText = '';
  };
  const append = (s: string) => {
    parts.push(s);
    blockText += s;
    length += s.length;
  };

  let node: Node | null = walker.currentNode;
  while (node) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (node !== root && isSkipped(el)) {
        // Skip the whole subtree: move to the next sibling or an ancestor's sibling.
        node = nextOutside(walker, el, root);
        continue;
      }
      if (el.tagName.toUpperCase() === 'BR' && blockText) append('\n');
    } else if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        const owner = blockOf(node, root);
        if (owner !== block) {
          closeBlock();
          if (length > 0) {
            parts.push('\n');
            length += 1;
          }
          block = owner;
          blockStart = length;
        }
        segments.push({ node: node as Text, start: length });
        append(data.replace(/[\t\n\r\f\v]/g, ' '));
      }
    }
    node = walker.nextNode();
  }
  closeBlock();
  return { text: parts.join(''), blocks, segments };
}

function nextOutside(walker: TreeWalker, el: Element, root: Node): Node | null {
  // linkedom's TreeWalker (the scan CLI) has only nextNode(): walk on until we leave the subtree.
  if (typeof (walker as Partial<TreeWalker>).nextSibling !== 'function') {
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
