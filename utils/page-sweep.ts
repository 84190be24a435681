import { passesGate } from '../claims/finder/gate';
import { blockOf, isSkipped, type TextWindow, type Yielder } from './extract-text';

// The first pass over a page is the cheapest one there is: a TreeWalker over text nodes only, the
// text tested against the vocabulary gate in chunks. Most pages stop here. Where a chunk passes, the
// structured extraction (blocks, <br>, skipped elements) reads only the stretch around it, with
// enough blocks on either side for the finder's context (claims/finder/select.ts reaches 12 blocks
// up for a heading and 8 + 16 down for a "Benefits" list), so a page is walked once, not twice.

/** Text nodes of a tree in document order, and which runs of them passed the gate. */
export interface Sweep {
  readonly nodes: readonly Text[];
  /** [first, end) index ranges of `nodes` whose text passed the gate. */
  readonly gated: readonly (readonly [number, number])[];
}

/** Characters gated at once. */
const CHUNK_CHARS = 8_192;
/** The end of one chunk is tested again with the next, so a term cut by a chunk edge is found. */
const SEAM_CHARS = 100;
/** Blocks read before and after a gated stretch (more than select.ts's reaches, see above). */
export const BLOCKS_BEFORE = 16;
/** See BLOCKS_BEFORE. */
export const BLOCKS_AFTER = 32;

/**
 * Collects the text nodes under `root` and gates their text, a chunk at a time. Text nodes are
 * joined with a space: a space never hides a term between two blocks, and the vocabulary allows a
 * space inside "K 2" or "MK 7", so markup such as "K<sub>2</sub>" still opens the gate.
 */
export async function sweepText(root: Node, slicer: Yielder): Promise<Sweep> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  // V8 interprets a regular expression the first time it runs and compiles it the second time: two
  // runs on a few characters spare the first chunk the slow path of the gate's large expressions.
  passesGate('Dx K');
  passesGate('Dx K');
  const nodes: Text[] = [];
  const gated: [number, number][] = [];
  let pieces: string[] = [];
  let chars = 0;
  let chunkStart = 0;
  const close = () => {
    const text = pieces.join(' ');
    if (passesGate(text)) gated.push([chunkStart, nodes.length]);
    pieces = [text.slice(-SEAM_CHARS)];
    chars = 0;
    chunkStart = nodes.length;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    nodes.push(node as Text);
    pieces.push(data);
    chars += data.length;
    if (chars >= CHUNK_CHARS) {
      close();
      if (slicer.due()) {
        await slicer.yield();
        // The page may have removed the node meanwhile: the walk ends there and a rescan follows.
        walker.currentNode = node;
      }
    }
  }
  if (chunkStart < nodes.length) close();
  return { nodes, gated };
}

/**
 * The stretches of text the structured extraction reads: each gated chunk widened to whole blocks
 * and its context, overlapping stretches merged. A chunk that passed only on the text of scripts,
 * styles or hidden elements is dropped.
 */
export async function textWindows(sweep: Sweep, root: Node, slicer: Yielder): Promise<TextWindow[]> {
  const { nodes } = sweep;
  const skipped = new Map<Element, boolean>();
  // Iterative, memoised ancestor test: deep pages cost each element once.
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
  const usable = (i: number): boolean => {
    const node = nodes[i];
    return !!node && node.data.trim() !== '' && !inSkipped(node);
  };

  const ranges: [number, number][] = [];
  for (const [a, b] of sweep.gated) {
    if (slicer.due()) await slicer.yield();
    const inside: number[] = [];
    let hidden = false;
    for (let i = a; i < b; i++)
      if (usable(i)) inside.push(i);
      else if (nodes[i]?.data.trim()) hidden = true;
    const firstUsable = inside[0];
    const lastUsable = inside[inside.length - 1];
    if (firstUsable === undefined || lastUsable === undefined) continue;
    // Gated again without the text of scripts and hidden elements, only when the chunk had some.
    if (
      hidden &&
      !passesGate(inside.map((i) => nodes[i]?.data ?? '').join(' ')) &&
      !seamPasses(nodes, a, inside)
    )
      continue;
    let start = firstUsable;
    let owner = blockOf(nodes[start] as Text, root);
    for (let i = start - 1, changes = 0; i >= 0; i--) {
      if (!usable(i)) continue;
      const o = blockOf(nodes[i] as Text, root);
      if (o !== owner && ++changes > BLOCKS_BEFORE) break;
      owner = o;
      start = i;
    }
    let end = lastUsable;
    owner = blockOf(nodes[end] as Text, root);
    for (let i = end + 1, changes = 0; i < nodes.length; i++) {
      if (!usable(i)) continue;
      const o = blockOf(nodes[i] as Text, root);
      if (o !== owner && ++changes > BLOCKS_AFTER) break;
      owner = o;
      end = i;
    }
    const prev = ranges[ranges.length - 1];
    if (prev && start <= prev[1] + 1) prev[1] = Math.max(prev[1], end);
    else ranges.push([start, end]);
  }
  return ranges.map(([s, e]) => ({ first: nodes[s] as Text, last: nodes[e] as Text }));
}

/** Whether the usable text at the start of a chunk passes the gate with the text before the chunk. */
function seamPasses(nodes: readonly Text[], chunkStart: number, inside: readonly number[]): boolean {
  const before = nodes
    .slice(Math.max(0, chunkStart - 8), chunkStart)
    .map((n) => n.data)
    .join(' ')
    .slice(-SEAM_CHARS);
  const head = inside
    .slice(0, 8)
    .map((i) => nodes[i]?.data ?? '')
    .join(' ')
    .slice(0, SEAM_CHARS);
  return passesGate(`${before} ${head}`);
}
