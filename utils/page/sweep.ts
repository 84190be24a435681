import { createTermFinder, type TermSpan } from '../../claims/finder/gate';
import { MAX_REACH_AFTER, REACH_BEFORE, reachAfter } from '../../claims/finder/select';
import { blockOf, isHeadingBlock, isSkipped, type TextWindow, type Yielder } from './extract-text';

// The first pass over a page is the cheapest one there is: a TreeWalker over text nodes only, their
// text joined in large segments and searched for the vocabulary (claims/finder/gate.ts). Most pages
// stop here. Around each text node that holds a term, the structured extraction (blocks, <br>,
// skipped elements) reads only the stretch around it, with the blocks on either side that the
// finder's selection may keep (claims/finder/select.ts: up to the nearest heading, and down as far
// as `reachAfter` says), so a page is walked once, not twice.

/** Text nodes of a tree in document order, and which of them hold a gate term. */
export interface Sweep {
  readonly nodes: readonly Text[];
  /** Indices into `nodes` of the text nodes a gate term was found in, ascending. */
  readonly gated: readonly number[];
}

/**
 * Text joined and searched at once. One join per segment is about as cheap as the floor's one join
 * per page (many small joins cost more), and a segment is searched in well under a slice.
 */
const SEGMENT_CHARS = 262_144;
/** The end of one segment is searched again with the next, so a term cut by the seam is found. */
const SEAM_CHARS = 100;
/** Text nodes walked between two looks at the slicer (which bounds the looks per slice). */
export const NODES_PER_CHECK = 128;
/**
 * Blocks read beyond the selection's reach: the windows count blocks by their elements, which the
 * extraction may cut into more (never fewer), so one more is only a margin.
 */
const MARGIN = 1;
/**
 * Blocks read before a gated text node, up to the nearest heading, or past the selection's reach
 * when there is none: a window starts with a heading or out of every gated block's reach up, so
 * windows read apart and joined give the same selection as the whole page.
 */
export const BLOCKS_BEFORE = REACH_BEFORE + MARGIN;
/** The most blocks read after a gated text node (a numbered section's). */
export const BLOCKS_AFTER_MOST = MAX_REACH_AFTER + MARGIN;

/**
 * Collects the text nodes under `root` and finds the ones that hold a gate term. Text nodes are
 * joined with a space: a space never hides a term between two blocks, and the vocabulary allows a
 * space inside "K 2" or "MK 7", so markup such as "K<sub>2</sub>" is still found. `onFirstTerm`
 * hears of the first term at once, while the rest of a long page is still swept; `segmentChars` is
 * for tests.
 */
export async function sweepText(
  root: Node,
  slicer: Yielder,
  onFirstTerm: () => void = () => undefined,
  segmentChars = SEGMENT_CHARS,
): Promise<Sweep> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  const gated: number[] = [];
  // A segment's text: the seam (the end of the last segment) and its text nodes, joined with a
  // space as text nodes are. The seam is a piece of its own, so the join makes one flat string.
  let pieces: string[] = [];
  let base = 0;
  let length = 0;
  const search = () => {
    if (pieces.length === (base ? 1 : 0)) return;
    const text = pieces.join(' ');
    const find = createTermFinder(text);
    const span = find(0);
    if (span) {
      if (!gated.length) onFirstTerm();
      const texts = base ? pieces.slice(1) : pieces;
      markTerms(find, span, base, texts, nodes.length - texts.length, gated);
    }
    const seam = text.slice(-SEAM_CHARS);
    pieces = [seam];
    base = seam.length + 1;
    length = 0;
  };
  // The loop does no more per text node than the floor's own: the page's cost is in here.
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    nodes.push(node as Text);
    pieces.push(data);
    length += data.length + 1;
    if (length >= segmentChars) search();
    if (++count === NODES_PER_CHECK) {
      count = 0;
      if (slicer.due()) {
        await slicer.yield();
        // The page may have removed the node meanwhile: the walk ends there and a rescan follows.
        walker.currentNode = node;
      }
    }
  }
  search();
  return { nodes, gated };
}

/**
 * Whether any term the sweep found is in text a reader sees: not only in scripts, styles, hidden
 * elements or editable fields (a shop's JSON-LD names its vitamins, but that alone is no claim).
 */
export function hasReadableTerm(sweep: Sweep, root: Node): boolean {
  // Most pages have no term: they need not build (nor V8 compile) the readability test.
  return sweep.gated.length > 0 && sweep.gated.some(readableAt(sweep, root));
}

/**
 * Whether the sweep's text node at an index is text a reader sees: not blank, and not inside an
 * element extraction skips (extract-text.ts's isSkipped). Each node and each element is looked at
 * once, however many windows walk over it; the ancestor test is iterative, so deep pages are fine.
 */
function readableAt(sweep: Sweep, root: Node): (i: number) => boolean {
  const skipped = new Map<Element, boolean>();
  const inSkipped = (node: Node): boolean => {
    const chain: Element[] = [];
    let result = false;
    for (let el = node.parentElement; el && (el as Node) !== root; el = el.parentElement) {
      const known = skipped.get(el);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(el);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i] as Element;
      result = result || isSkipped(el);
      skipped.set(el, result);
    }
    return result;
  };
  const answers = new Map<number, boolean>();
  return (i) => {
    let known = answers.get(i);
    if (known === undefined) {
      const node = sweep.nodes[i];
      known = !!node && node.data.trim() !== '' && !inSkipped(node);
      answers.set(i, known);
    }
    return known;
  };
}

/**
 * Adds to `gated` every text node of a segment that a term touches, from the term `span` on.
 * `pieces` are the segment's node texts (the first is node `first`), joined after `base` characters
 * of seam. Only segments with a term get here, so the offsets are worked out only for them.
 */
function markTerms(
  find: (from: number) => TermSpan | null,
  span: TermSpan,
  base: number,
  pieces: readonly string[],
  first: number,
  gated: number[],
): void {
  const offsets: number[] = [];
  let at = base;
  for (const piece of pieces) {
    offsets.push(at);
    at += piece.length + 1;
  }
  let k = 0;
  for (let s: TermSpan | null = span; s;) {
    // A term wholly inside the seam was found with the last segment.
    if (s.end <= base) {
      s = find(s.end);
      continue;
    }
    // Every text node the term touches (at least one of them is in this segment).
    while (k + 1 < offsets.length && (offsets[k + 1] ?? 0) <= s.start) k++;
    let j = k;
    for (; j < offsets.length && (offsets[j] ?? 0) < s.end; j++) {
      const index = first + j;
      if (gated[gated.length - 1] !== index) gated.push(index);
    }
    // One term is enough for a node: look on from the next one.
    const next = offsets[j];
    s = find(next === undefined ? at : Math.max(s.end, next));
  }
}

/**
 * The stretches of text the structured extraction reads: each gated text node widened to its
 * context blocks, overlapping stretches merged. A term found only in the text of scripts, styles or
 * hidden elements reads nothing.
 */
export async function textWindows(sweep: Sweep, root: Node, slicer: Yielder): Promise<TextWindow[]> {
  const { nodes } = sweep;
  const usable = readableAt(sweep, root);
  const owners = new Map<number, Element | null>();
  const owner = (i: number): Element | null => {
    let known = owners.get(i);
    if (known === undefined) {
      known = blockOf(nodes[i] as Text, root);
      owners.set(i, known);
    }
    return known;
  };

  const ranges: [number, number][] = [];
  for (const g of sweep.gated) {
    if (slicer.due()) await slicer.yield();
    if (!usable(g)) continue;
    const prev = ranges[ranges.length - 1];
    // Inside the last window, the blocks before are read already: it reaches at least as far back.
    let start = g;
    if (!prev || g > prev[1] + 1) {
      let block = owner(g);
      let headingAbove = false;
      for (let i = g - 1, changes = 0; i >= 0; i--) {
        if (!usable(i)) continue;
        const o = owner(i);
        if (o !== block) {
          // select.ts looks no further up than the nearest heading: the window starts with it.
          if (headingAbove || ++changes > BLOCKS_BEFORE) break;
          headingAbove = isHeadingBlock(o);
        }
        block = o;
        start = i;
      }
    }
    let end = g;
    const gatedBlock = owner(g);
    let block = gatedBlock;
    // As far down as the selection reads from the gated block. A heading is asked as a whole; other
    // blocks text by text, since the extraction may cut one in two (at an empty block element
    // inside it) and a lead-in's ':' need not end the element.
    const heading = isHeadingBlock(gatedBlock);
    const reach = (text: string) => reachAfter(text, heading) + MARGIN;
    let after = reach(heading ? (gatedBlock?.textContent ?? '') : (nodes[g] as Text).data);
    for (let i = g + 1, changes = 0; i < nodes.length; i++) {
      if (!usable(i)) continue;
      const o = owner(i);
      if (o !== block && ++changes > after) break;
      if (!changes && !heading) after = Math.max(after, reach((nodes[i] as Text).data));
      block = o;
      end = i;
    }
    if (prev && start <= prev[1] + 1) prev[1] = Math.max(prev[1], end);
    else ranges.push([start, end]);
  }
  return ranges.map(([s, e]) => ({ first: nodes[s] as Text, last: nodes[e] as Text }));
}
