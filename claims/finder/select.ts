import { passesGate } from './gate';
import type { TextBlock } from './types';

// Which blocks of a page the finder needs: those that pass the gate, plus the context that gives
// their neighbours a subject (the heading above, the block before, the list items below a
// heading or lead-in such as "Key benefits of K2:"). Imported by the content script, so it stays
// as small as gate.ts: no catalogue, no NLP.

/** How far up a heading may give its subject to a gated block. */
const HEADING_REACH = 12;
/** How many short blocks after a gated heading or lead-in are read as its list items. */
const LIST_REACH = 16;
/** Blocks longer than this are paragraphs, not list items. */
const ITEM_LENGTH = 320;

/** How far below a D/K2 heading a "Benefits" heading may start its list. */
const SECTION_REACH = 8;
/** Headings that announce a list of what the vitamin does. */
const ANNOUNCES_LIST =
  /\b(?:benefits?|advantages|highlights|features|why (?:take|choose|use)|what (?:it|they) do)/i;

/** How many blocks a "12 Benefits of Vitamin D" section may span. */
const SECTION_SPAN = 120;
/** A numbered heading: an item of such a section ("9. Healthier thyroid function"). */
const NUMBERED = /^\s*\d{1,2}[.)]\s/;

const announcesList = (heading: string) => ANNOUNCES_LIST.test(heading);
/** A block that leads in to a list under it ("Key benefits of K2:"). */
const isLeadIn = (text: string) => text.trimEnd().endsWith(':');

/** How far up from a gated block the selection may keep a block (its nearest heading). */
export const REACH_BEFORE = HEADING_REACH;
/** The farthest any gated block's selection reaches down (a numbered section). */
export const MAX_REACH_AFTER = SECTION_SPAN;

/**
 * How many blocks after a gated block with this text the selection may keep: a numbered section
 * under a heading that announces one, the list under another heading or a lead-in, or else the
 * next block. The content script reads that far around each term (utils/page-sweep.ts).
 */
export function reachAfter(text: string, heading: boolean): number {
  if (heading && announcesList(text)) return SECTION_SPAN;
  if (heading || isLeadIn(text)) return SECTION_REACH + LIST_REACH;
  return 1;
}

/**
 * A heading that announces a list keeps its section up to the last numbered heading under it,
 * paragraphs included: the finder reads the items in one run, so their subject carries.
 */
function addSection(blocks: readonly TextBlock[], from: number, keep: Set<number>): void {
  let last = from;
  for (let j = from + 1; j < blocks.length && j <= from + SECTION_SPAN; j++) {
    const block = blocks[j];
    if (!block?.heading) continue;
    if (!NUMBERED.test(block.text)) break;
    last = j;
  }
  for (let j = from + 1; j <= last; j++) keep.add(j);
}

function addItems(blocks: readonly TextBlock[], from: number, keep: Set<number>): void {
  for (let j = from + 1; j < blocks.length && j <= from + LIST_REACH; j++) {
    const item = blocks[j];
    if (!item || item.heading || item.text.length > ITEM_LENGTH) break;
    keep.add(j);
  }
}

/** The blocks to send to the finder, in page order: gated blocks and the context around them. */
export function selectBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  return selectRuns(blocks).flat();
}

/**
 * The same blocks grouped into runs of neighbours: each run can be analysed (and cached) on its
 * own, since context never carries from one run to the next.
 */
export function selectRuns(blocks: readonly TextBlock[]): TextBlock[][] {
  const runs: TextBlock[][] = [];
  let last = -2;
  for (const i of keptIndices(blocks)) {
    const block = blocks[i];
    if (!block) continue;
    if (i === last + 1 && runs.length) runs[runs.length - 1]?.push(block);
    else runs.push([block]);
    last = i;
  }
  return runs;
}

function keptIndices(blocks: readonly TextBlock[]): number[] {
  const keep = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block || !passesGate(block.text)) continue;
    keep.add(i);
    if (i > 0) keep.add(i - 1);
    if (i + 1 < blocks.length) keep.add(i + 1);
    for (let j = i - 1; j >= 0 && j >= i - HEADING_REACH; j--)
      if (blocks[j]?.heading) {
        keep.add(j);
        break;
      }
    // A heading or lead-in that names D/K2 gives its subject to the short items under it.
    if (block.heading || isLeadIn(block.text)) addItems(blocks, i, keep);
    if (block.heading && announcesList(block.text)) addSection(blocks, i, keep);
    // Under a D/K2 heading, a later "Key benefits" heading lists what the vitamin does.
    if (block.heading)
      for (let j = i + 1; j < blocks.length && j <= i + SECTION_REACH; j++) {
        const next = blocks[j];
        if (!next?.heading) continue;
        if (!announcesList(next.text)) break;
        keep.add(j);
        addItems(blocks, j, keep);
      }
  }
  return [...keep].sort((a, b) => a - b);
}
