import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { benchMark } from './bench-marks';
import { childRoots, frameDocument, textRootOf, topRoot, type ScanRoot } from './roots';
import { createSlicer, type Slicer } from './slice';
import { hasReadableTerm, sweepText, type Sweep } from './sweep';
import { createScanScheduler, judgeMutations, WATCHED_CHANGES } from './watch';

// Most pages say nothing about vitamin D or K2, and on those the content script does as little as
// it can: one sweep of the text, a MutationObserver that tests changes against the gate, and, once
// the sweep is done, a look for frames and shadow roots, which are swept and watched the same way
// (again, rate-limited, when the page adds frames or custom elements). The annotator (settings,
// highlights, tooltip, the background's analysis) is created only when there is something to read
// closely.

/**
 * Sweeps the document and watches it until it has gate terms (in its text, in a change, in a frame
 * or shadow root, also one added or loaded later) or navigates within the page; then calls `wake`
 * once, with the document's sweep if that is what woke it, and stops watching. `hooks.firstTerm`
 * hears of the sweep's first term at once (a long page is still being swept); `hooks.swept` is
 * called when the sweep is done, before `wake`: setup that can wait for the verdict goes there.
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
  // Set once the sweep has given its verdict (see afterVerdict); until then, the first look for
  // roots is still to come anyway.
  const later: Later = {};
  const wakeOnce = (sweep?: Sweep) => {
    if (woken || ctx.isInvalid) return;
    woken = true;
    observer.disconnect();
    later.stop?.();
    wake(sweep);
  };
  // Watching starts before the sweep: a change made while it yields is not missed.
  const observer = new MutationObserver((records) => {
    try {
      const verdict = judgeMutations(records, () => false);
      // New frames and components (ads, widgets, a framework's elements) are looked into, not
      // read: on most pages they hold nothing about D/K2 and must not wake the annotator.
      if (verdict.rescan) wakeOnce();
      else if (verdict.roots.length) later.lookAgain?.(verdict.roots);
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
  afterVerdict({ ctx, observer, isWoken, wakeOnce, warn, later, swept: hooks.swept }, terms ? sweep : null);
}

/** Looking for roots again, and stopping that: set up after the verdict, used by the observer and on wake. */
interface Later {
  /** Looks into these elements (and whatever else is pending) for new roots. */
  lookAgain?: (parts?: readonly Element[]) => void;
  stop?: () => void;
}

/** What `watchQuietly` hands on to the setup that waits for the sweep's verdict. */
interface Watch {
  readonly ctx: ContentScriptContext;
  readonly observer: MutationObserver;
  readonly isWoken: () => boolean;
  readonly wakeOnce: (sweep?: Sweep) => void;
  readonly warn: (e: unknown) => void;
  readonly later: Later;
  readonly swept: (() => void) | undefined;
}

/**
 * The rest of the setup, once the sweep has given its verdict (`termSweep`: the sweep, if it found
 * terms). A function of its own: V8 compiles a function when it first runs, so code that can wait
 * for the verdict is not compiled inside the sweep's time on every page.
 */
function afterVerdict(watch: Watch, termSweep: Sweep | null): void {
  const { ctx, observer, isWoken, wakeOnce, warn, later } = watch;
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
  // Frames and open shadow roots are found by walking elements, in slices, and each new one is
  // watched and swept the same way (an empty ad frame or a component without D/K2 text keeps the
  // page quiet). The whole document is walked first; after that, only what the page adds
  // (components, frames and what holds them), batched and rate-limited. A frame that loads is read
  // at once.
  const watched = new WeakSet<Node>();
  const frames = new WeakSet<HTMLIFrameElement>();
  const pending = new Set<Element>([document.documentElement]);
  const stop = () => isWoken() || ctx.isInvalid;
  /** Watches and sweeps a tree not seen before; says whether it was new. */
  const adopt = async (tree: Document | ShadowRoot, text: Node | null, slicer: Slicer): Promise<boolean> => {
    if (stop() || watched.has(tree)) return false;
    watched.add(tree);
    observer.observe(tree, WATCHED_CHANGES);
    if (text && hasReadableTerm(await sweepText(text, slicer), text)) wakeOnce();
    return true;
  };
  const onFrame = (frame: HTMLIFrameElement) => {
    if (frames.has(frame)) return;
    frames.add(frame);
    ctx.addEventListener(frame, 'load', () => {
      const doc = frameDocument(frame);
      if (!doc) return;
      adopt(doc, doc.body, createSlicer())
        .then((fresh) => {
          // Frames and components inside it are found by walking it.
          later.lookAgain?.(fresh ? [doc.documentElement] : []);
        })
        .catch(warn);
    });
  };
  const look = async (): Promise<boolean> => {
    try {
      const slicer = createSlicer();
      const parts = [...pending].filter((el) => el.isConnected);
      pending.clear();
      let found = false;
      for (const from of parts)
        for (const r of await childRoots(rootOf(from), onFrame, slicer, { from, stop }))
          if (await adopt(r.tree, textRootOf(r), slicer)) found = true;
      return found;
    } catch (e) {
      warn(e);
      return false;
    }
  };
  const again = createScanScheduler<true>(ctx, look);
  later.lookAgain = (parts = []) => {
    if (stop()) return;
    for (const el of parts) pending.add(el);
    if (pending.size) again.request(true);
  };
  later.stop = () => {
    again.cancel();
    pending.clear();
  };
  again.runNow(true);
}

/** The root an element is in, as far as quiet watching needs it (its tree and document). */
function rootOf(el: Element): ScanRoot {
  const tree = el.getRootNode() as Document | ShadowRoot;
  return { tree, doc: el.ownerDocument, frames: [], anchor: null };
}
