import type { Yielder } from './extract-text';

// Long work on the page's main thread (walking a 5 MB page, building thousands of ranges) is cut
// into slices; between slices the page gets the thread back. A slice ends when its time is up or
// when its work is: callers look at the slicer after a bounded amount of work (128 text nodes in
// the sweep), and a slice allows only so many looks, so what one slice does is bounded on a slow,
// busy machine as on a fast one. Between slices the page's own work goes first: its timers, input
// and rendering run before the scan goes on.

/**
 * Hands out slices: `due()` says when the current one is used up (cheap: call it every few hundred
 * nodes), `yield()` gives the thread back and starts a new slice.
 */
export interface Slicer extends Yielder {
  /** Starts a new slice without yielding (the caller is in a fresh task, e.g. after a message). */
  reset(): void;
}

/** Milliseconds of work per slice at most: tasks stay well under the 50 ms of a "long task". */
export const SLICE_MS = 12;
/** Looks at the slicer per slice at most: the sweep walks at most 64 x 128 text nodes per slice. */
export const CHECKS_PER_SLICE = 64;
/** A yield never waits longer than this for a page that keeps its thread busy with tasks. */
const MAX_WAIT_MS = 50;

type SchedulerLike = {
  postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void>;
};

/**
 * Resumes after whatever the page has ready to run. A background-priority task (Chromium) runs
 * only when no timer, input, rendering or message of the page's is waiting, so a page timer due by
 * the time we yield always runs first (scheduler.yield(), which resumes ahead of them, starved the
 * page's timers for the whole scan); a timer bounds the wait on a page that never goes idle.
 * Elsewhere, a MessageChannel message (no 4 ms timer clamp) queues behind the page's tasks.
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  return new Promise((resolve) => {
    if (typeof scheduler?.postTask === 'function') {
      const timer = setTimeout(resolve, MAX_WAIT_MS);
      scheduler
        .postTask(
          () => {
            clearTimeout(timer);
            resolve();
          },
          { priority: 'background' },
        )
        .catch(resolve);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A slicer; `now` and `yieldFn` are parameters for tests, as is `checks` (looks per slice). */
export function createSlicer(
  budgetMs = SLICE_MS,
  now: () => number = () => performance.now(),
  yieldFn: () => Promise<void> = yieldToPage,
  checks = CHECKS_PER_SLICE,
): Slicer {
  let end = now() + budgetMs;
  let left = checks;
  const fresh = () => {
    end = now() + budgetMs;
    left = checks;
  };
  return {
    due: () => --left <= 0 || now() >= end,
    async yield() {
      await yieldFn();
      fresh();
    },
    reset: fresh,
  };
}
