import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { childRoots, topRoot, type ScanRoot } from './roots';
import { createSlicer } from './slice';
import { judgeMutations, WATCHED_CHANGES } from './watch';

// Which parts of the page are read, and when one of them changes: the document, its open shadow
// roots and same-origin frames (./roots.ts), each with a MutationObserver that asks for a rescan when
// a change may matter (./watch.ts). New roots are looked for after a scan, never in its way.

/** What the watcher tells the annotator. */
export interface RootsEvents {
  readonly isActive: () => boolean;
  /** Whether a node is or holds a marked text node. */
  readonly touches: (node: Node) => boolean;
  /** A root changed (or is new): scan it after `delay` ms (the scheduler's default if undefined). */
  readonly rescan: (root: ScanRoot, delay?: number) => void;
  /** A root was found: its window's pointer and scrolling matter now. */
  readonly added: (root: ScanRoot) => void;
  /** A root left the page: its marks go with it. */
  readonly gone: (root: ScanRoot) => void;
  readonly warn: (e: unknown) => void;
}

/** The page's roots and their observers. */
export interface RootsWatcher {
  /** The roots being read, the document's first. */
  readonly roots: () => readonly ScanRoot[];
  /** Starts with the document alone; others are looked for after its first scan. */
  start(): ScanRoot;
  /** Asks for a look for new roots after the next scan. */
  lookLater(): void;
  /** Looks for new roots, if asked for since the last look. */
  lookIfAsked(): Promise<void>;
  /** Stops watching every root. */
  stop(): void;
}

/** Creates the watcher for this page. */
export function createRootsWatcher(ctx: ContentScriptContext, on: RootsEvents): RootsWatcher {
  let roots: ScanRoot[] = [];
  const observers = new Map<Document | ShadowRoot, MutationObserver>();
  const watchedFrames = new WeakSet<HTMLIFrameElement>();
  let asked = false;
  let looking: Promise<void> | null = null;

  const observe = (root: ScanRoot) => {
    if (observers.has(root.tree)) return;
    const observer = new MutationObserver((records) => {
      try {
        const verdict = judgeMutations(records, on.touches);
        // Looking for new roots walks the page: it comes after the next (rate-limited) scan.
        const look = verdict.roots.length > 0;
        if (look) asked = true;
        if (verdict.rescan || look) on.rescan(root);
      } catch (e) {
        on.warn(e);
      }
    });
    observer.observe(root.tree, WATCHED_CHANGES);
    observers.set(root.tree, observer);
  };

  const unobserve = (root: ScanRoot) => {
    observers.get(root.tree)?.disconnect();
    observers.delete(root.tree);
  };

  const watchFrame = (frame: HTMLIFrameElement) => {
    if (watchedFrames.has(frame)) return;
    watchedFrames.add(frame);
    ctx.addEventListener(frame, 'load', () => {
      if (on.isActive()) void look().catch(on.warn);
    });
  };

  /** Finds new shadow roots and frames, watching the new ones and dropping the gone; one walk at a time. */
  const look = (): Promise<void> => {
    looking ??= walk().finally(() => {
      looking = null;
    });
    return looking;
  };
  const walk = async (): Promise<void> => {
    // The walk starts in a task of its own: it is asked for right after a scan's last paint, and a
    // first slice in the same task made it one long task (on the 5 MB dense page, the last marks'
    // paint and a slice of this walk took 40-104 ms together, garbage collection included).
    const slicer = createSlicer();
    await slicer.yield();
    if (!on.isActive()) return;
    const top = roots[0] ?? topRoot(document);
    const children = await childRoots(top, watchFrame, slicer);
    if (!on.isActive()) return;
    const known = new Map(roots.map((r) => [r.tree, r]));
    const next = [top, ...children].map((r) => known.get(r.tree) ?? r);
    const fresh = next.filter((r) => !known.has(r.tree));
    for (const r of roots)
      if (!next.includes(r)) {
        unobserve(r);
        on.gone(r);
      }
    roots = next;
    for (const r of fresh) {
      observe(r);
      on.added(r);
      on.rescan(r, 0);
    }
  };

  return {
    roots: () => roots,
    start() {
      const top = topRoot(document);
      roots = [top];
      observe(top);
      on.added(top);
      asked = true;
      return top;
    },
    lookLater() {
      asked = true;
    },
    async lookIfAsked() {
      if (!asked) return;
      asked = false;
      await look();
    },
    stop() {
      for (const o of observers.values()) o.disconnect();
      observers.clear();
      roots = [];
    },
  };
}
