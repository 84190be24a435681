import type { TextBlock } from './finder/types';

/** A plain-text document as blocks: one per non-empty line, offsets into the whole text. */
export function lineBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ text: line, start });
    start += line.length + 1;
  }
  return blocks;
}
