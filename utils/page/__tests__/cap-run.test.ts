import { describe, expect, it, vi } from 'vitest';
import { catalogueFinder } from '../../../claims';
import type { TextBlock } from '../../../claims/finder/types';
import { MAX_BLOCK_CHARS, MAX_MESSAGE_BLOCKS, MAX_MESSAGE_CHARS } from '../../message-limits';
import { backgroundMessageSchema } from '../../messages';
import { capRun } from '../cap-run';

// A page decides how much text it holds; one message to the background carries a bounded part of
// it, and the part it carries is the start, so the page's first claims are still marked.

const CLAIM = 'Vitamin K2 directs calcium to your bones.';
const total = (blocks: readonly TextBlock[]) => blocks.reduce((n, b) => n + b.text.length, 0);
const analyze = (blocks: TextBlock[]) =>
  backgroundMessageSchema.safeParse({ type: 'analyze', blocks }).success;

describe('capping what a page sends', () => {
  it('reads a 2 MB block up to the cap, marks its first claim and says why it stopped', () => {
    const run = [{ text: `${CLAIM} ${'Lorem ipsum dolor. '.repeat(110_000)}${CLAIM}`, start: 0 }];
    expect(analyze(run)).toBe(false);
    const warn = vi.fn();
    const capped = capRun(run, warn);
    expect(capped[0]?.text.length).toBe(MAX_BLOCK_CHARS);
    expect(analyze(capped)).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/read 100000 of \d+ characters/));
    const found = catalogueFinder().find(capped);
    expect(found.map((f) => f.text)).toEqual([CLAIM]);
  });

  it('sends at most a message of blocks and characters, starting with the first', () => {
    const many = Array.from({ length: 12_000 }, (_, i) => ({ text: `${CLAIM} ${i}`, start: i * 60 }));
    expect(analyze(many)).toBe(false);
    const capped = capRun(many, () => undefined);
    expect(capped.length).toBe(MAX_MESSAGE_BLOCKS);
    expect(capped[0]).toBe(many[0]);
    expect(analyze(capped)).toBe(true);
    const wide = Array.from({ length: 8 }, (_, i) => ({ text: 'x'.repeat(90_000), start: i * 90_001 }));
    const cut = capRun(wide, () => undefined);
    expect(total(cut)).toBe(MAX_MESSAGE_CHARS);
    expect(analyze(cut)).toBe(true);
  });

  it('leaves a run that fits as it is', () => {
    const run = [{ text: CLAIM, start: 0 }];
    expect(capRun(run, () => undefined)).toEqual(run);
  });
});
