import type { TextBlock } from '../../claims/finder/types';
import { MAX_BLOCK_CHARS, MAX_MESSAGE_BLOCKS, MAX_MESSAGE_CHARS } from '../message-limits';

/** Whether the page was told that text was cut; once per page is enough. */
let told = false;

/**
 * A run of blocks cut to what one message may carry: a block longer than MAX_BLOCK_CHARS is read
 * up to there, and the blocks past MAX_MESSAGE_CHARS or MAX_MESSAGE_BLOCKS are left out. The run's
 * start is kept, so its first claims are still marked. Says in the console when it cuts, and why.
 */
export function capRun(
  run: readonly TextBlock[],
  warn: (message: string) => void = console.warn,
): TextBlock[] {
  const out: TextBlock[] = [];
  let chars = 0;
  let cut = false;
  for (const block of run) {
    const room = Math.min(MAX_BLOCK_CHARS, MAX_MESSAGE_CHARS - chars);
    if (room <= 0 || out.length >= MAX_MESSAGE_BLOCKS) {
      cut = true;
      break;
    }
    if (block.text.length > room) {
      cut = true;
      out.push({ ...block, text: block.text.slice(0, room) });
      chars += room;
    } else {
      out.push(block);
      chars += block.text.length;
    }
  }
  if (cut && !told) {
    told = true;
    const total = runChars(run);
    warn(
      `D3/K2 Claim Check: read ${chars} of ${total} characters of one passage (at most ${MAX_BLOCK_CHARS} a block, ${MAX_MESSAGE_CHARS} and ${MAX_MESSAGE_BLOCKS} blocks a passage); claims after that are not marked.`,
    );
  }
  return out;
}

/** The characters a run sends. */
export function runChars(run: readonly TextBlock[]): number {
  return run.reduce((n, b) => n + b.text.length, 0);
}
