import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { benchMark } from './page-bench';
import { childRoots, frameDocument, textRootOf, topRoot, type ScanRoot } from './page-roots';
import { createSlicer } from './page-slice';
import { hasReadableTerm, sweepText, type Sweep } from './page-sweep';
import { judgeMutations, WATCHED_CHANGES } from './page-watch';

// Most pages say nothing about vitamin D or K2, and on those the content script does as little as
// it can: one sweep of the text, a MutationObserver that tests changes against the gate, and, once
// the sweep is done, a look for frames and shadow roots, which are swept and watched the same way.
// The annotator (settings, highlights, tooltip, the background's analysis) is created only when
// there is something to read closely.

/**
 * Sweeps the document and watches it until it has gate terms (in its text, in a change, in a frame
 * or shadow root, or after a same-page navigation or a frame's load); then calls `wake` once, with the document's
 * sweep if that is what woke it, and stops watching. `hooks.firstTerm` hears of the sweep's first
 * term at once (a long page is still being swept); `hooks.swept` is called when the sweep is done,
 * before `wake`: setup that can wait for the verdict goes there.
 */
export async function watchQuietly(
  ctx: ContentScriptContext,
  wake: (sweep?: Sweep) => void,
  warn: (e: unknown) => void,
  hooks: { swept?: () => void; firstTerm?: () => void } = {},
): Promise<void> {
  let woken = false;
  // Read through a function: the observer may wake us while the sweep yields.
  const isWoken = () => woken;
  const wakeOnce = (sweep?: Sweep) => {
    if (woken || ctx.isInvalid) return;
    woken = true;
    observer.disconnect();
    wake(sweep);
  };
  // Watching starts before the sweep: a change made while it yields is not missed.
  const observer = new MutationObserver((records) => {
    try {
      const verdict = judgeMutations(records, () => false);
      if (verdict.rescan || verdict.discover) wakeOnce();
    } catch (e) {
      warn(e);
    }
  });
  observer.observe(document, WATCHED_CHANGES);

  const top = topRoot(document);
  const root = textRootOf(top);
  const sweep = root ? await sweepText(root, createSlicer(), hooks.firstTerm) : null;
  const terms = !!sweep && !!root && hasReadableTerm(sweep, root);
  if (!isWoken() && !terms) benchMark('dk-scan-end');
  await afterVerdict({ ctx, top, observer, isWoken, wakeOnce, swept: hooks.swept }, terms ? sweep : null);
}

/** What `watchQuietly` hands on to the setup that waits for the sweep's verdict. */
interface Watch {
  readonly ctx: ContentScriptContext;
  readonly top: ScanRoot;
  readonly observer: MutationObserver;
  readonly isWoken: () => boolean;
  readonly wakeOnce: (sweep?: Sweep) => void;
  readonly swept: (() => void) | undefined;
}

/**
 * The rest of the setup, once the sweep has given its verdict (`termSweep`: the sweep, if it found
 * terms). A function of its own: V8 compiles a function when it first runs, so code that can wait
 * for the verdict is not compiled inside the sweep's time on every page.
 */
async function afterVerdict(watch: Watch, termSweep: Sweep | null): Promise<void> {
  const { ctx, top, observer, isWoken, wakeOnce } = watch;
  // A navigation inside the page also changes its DOM, which the observer hears.
  ctx.onInvalidated(() => {
    observer.disconnect();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    wakeOnce();
  });
  watch.swept?.();
  if (isWoken()) return;
  if (termSweep) {
    wakeOnce(termSweep);
    return;
  }
  // Frames and open shadow roots are found by walking every element: after the verdict, in slices.
  // Each is watched and swept the same way (an empty ad frame or a component without D/K2 text
  // keeps the page quiet); a same-origin frame that loads later wakes the annotator.
  const slicer = createSlicer();
  const roots = await childRoots(
    top,
    (frame) => {
      ctx.addEventListener(frame, 'load', () => {
        if (frameDocument(frame)) wakeOnce();
      });
    },
    slicer,
  );
  for (const r of roots) {
    if (isWoken()) return;
    observer.observe(r.tree, WATCHED_CHANGES);
    const text = textRootOf(r);
    if (text && hasReadableTerm(await sweepText(text, slicer), text)) wakeOnce();
  }
}
