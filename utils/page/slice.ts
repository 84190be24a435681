import type { Yielder } from './extract-text';

// Long work on the page's main thread (walking a 5 MB page, building thousands of ranges) is cut
// into slices of a few milliseconds; between slices the page gets the thread back, so input and
// rendering never wait on us for long. scheduler.yield() resumes us ahead of other queued work
// where the browser has it; elsewhere a MessageChannel message (no 4 ms timer clamp) does.

/**
 * Hands out time slices: `due()` says when the current one is used up (cheap: call it every few
 * hundred nodes), `yield()` gives the thread back and starts a new slice.
 */
export interface Slicer extends Yielder {
  /** Starts a new slice without yielding (the caller is in a fresh task, e.g. after a message). */
  reset(): void;
}

/** Milliseconds of work per slice: tasks stay well under the 50 ms of a "long task". */
export const SLICE_MS = 12;

type SchedulerLike = { yield?: () => Promise<void> };

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A slicer; `now` and `yieldFn` are parameters for tests. */
export function createSlicer(
  budgetMs = SLICE_MS,
  now: () => number = () => performance.now(),
  yieldFn: () => Promise<void> = yieldToPage,
): Slicer {
  let end = now() + budgetMs;
  return {
    due: () => now() >= end,
    async yield() {
      await yieldFn();
      end = now() + budgetMs;
    },
    reset() {
      end = now() + budgetMs;
    },
  };
}
