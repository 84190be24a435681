import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Painting marks reads the page's colours, and reading a style the browser has not computed yet
// makes it restyle the whole page inside our task: most of a second on a 10 MB page. So marks wait
// until a frame has run since the content script started (it starts once the document is parsed,
// so that frame styled all of it). The wait starts when the sweep finds a first term, not when the
// first marks are ready: the frame comes while the page is read and the background answers, and
// the marks seldom wait for it (they waited up to a frame, 7 ms at the median on a 1 MB page).

/** Whether the page has been styled since the watch began. */
export interface StyleWatch {
  /** True once it has. */
  readonly done: () => boolean;
  /** Resolves once it has, or after a second (a tab in the background renders no frames). */
  readonly settled: Promise<void>;
}

const FALLBACK_MS = 1_000;

/** Starts watching for the page's next frame. */
export function watchStyle(ctx: ContentScriptContext): StyleWatch {
  let done = false;
  const settled = new Promise<void>((ok) => {
    const fallback = ctx.setTimeout(ok, FALLBACK_MS);
    requestAnimationFrame(() => {
      // The frame's style is worked out after its animation callbacks: the task after it sees it.
      ctx.setTimeout(() => {
        clearTimeout(fallback);
        ok();
      }, 0);
    });
  }).then(() => {
    done = true;
  });
  return { done: () => done, settled };
}
