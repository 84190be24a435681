import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { passesGate } from '../../claims/finder/gate';
import { OWN_UI_ATTRIBUTE } from './extract-text';
import { isFrameElement } from './roots';

// Pages change after load: descriptions arrive late, shops swap content on navigation, tickers
// tick. A change matters only if it brings text that passes the gate, touches a marked text node,
// or adds frames or components that may hold text; anything else costs one gate test and no scan.
// Scans are batched and rate-limited, and back off while they keep finding nothing new.

/** The changes a page is watched for: text, nodes, and the attributes that hide or unlock text. */
export const WATCHED_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'contenteditable'],
};

/** What a batch of mutations asks for. */
export interface ChangeVerdict {
  /** Some text that may hold a claim changed: extract and analyse again. */
  readonly rescan: boolean;
  /**
   * Added elements that are or hold frames, shadow roots' hosts or custom elements: where to look
   * for new roots (their text is judged there). All of them when `rescan` is false; with a rescan,
   * at least one if there is any (each added subtree is walked once, and no more than needed).
   */
  readonly roots: readonly Element[];
}

/** A frame, a shadow root's host, or a custom element (which may attach one later). */
const holdsRoot = (el: Element) => !!el.shadowRoot || el.localName.includes('-') || isFrameElement(el);

/**
 * Whether an added element may bring new roots: it or an element inside it is a frame, a shadow
 * root's host or a custom element. Frameworks append whole subtrees (`<div><product-card>`), so the
 * subtree is walked; that costs about what the gate's test of its text costs.
 */
export function mayHoldRoots(el: Element): boolean {
  if (holdsRoot(el)) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 0x1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (holdsRoot(node as Element)) return true;
  return false;
}

const isOwnUi = (node: Node) =>
  node.nodeType === 1 && (node as Element).closest(`[${OWN_UI_ATTRIBUTE}]`) !== null;

/** Decides whether a batch of mutations is worth a rescan; `marked` says whether a node is or holds a marked text node. */
export function judgeMutations(
  records: readonly MutationRecord[],
  marked: (node: Node) => boolean,
): ChangeVerdict {
  let rescan = false;
  const roots: Element[] = [];
  for (const r of records) {
    if (isOwnUi(r.target) || (r.target.parentElement && isOwnUi(r.target.parentElement))) continue;
    if (r.type === 'characterData') {
      if (marked(r.target) || passesGate((r.target as Text).data)) rescan = true;
    } else if (r.type === 'attributes') {
      if (passesGate(r.target.textContent ?? '')) rescan = true;
    } else {
      for (const node of r.addedNodes) {
        if (isOwnUi(node)) continue;
        if (!rescan && passesGate(node.textContent ?? '')) rescan = true;
        if (node.nodeType === 1 && !(rescan && roots.length) && mayHoldRoots(node as Element))
          roots.push(node as Element);
      }
      for (const node of r.removedNodes) if (!rescan && marked(node)) rescan = true;
    }
    if (rescan && roots.length) break;
  }
  return { rescan, roots };
}

/** Runs scans of changed roots: batched, at most one at a time, and slower while nothing changes. */
export interface ScanScheduler<R> {
  /** Asks for a scan of `root` after `delay` ms (or later, under the rate limit). */
  request(root: R, delay?: number): void;
  /** Scans `root` at once, in this task (the first scan of a page: no timer to wait for). */
  runNow(root: R): void;
  /** Forgets pending work. */
  cancel(): void;
}

const MIN_INTERVAL = 500;
const MAX_INTERVAL = 8_000;

/** Creates a scheduler; `run` scans the roots and says whether anything on the page changed. */
export function createScanScheduler<R>(
  ctx: ContentScriptContext,
  run: (roots: R[]) => Promise<boolean>,
): ScanScheduler<R> {
  const pending = new Set<R>();
  let timer: number | undefined;
  let running = false;
  let lastRun = 0;
  let interval = MIN_INTERVAL;

  const schedule = (delay: number) => {
    if (timer !== undefined || running) return;
    const wait = Math.max(delay, lastRun + interval - Date.now());
    timer = ctx.setTimeout(() => void flush(), wait);
  };
  const flush = async () => {
    timer = undefined;
    if (!pending.size || ctx.isInvalid) return;
    running = true;
    const roots = [...pending];
    pending.clear();
    let changed = false;
    try {
      changed = await run(roots);
    } finally {
      running = false;
      lastRun = Date.now();
      // A page that keeps changing without new claims (a ticker, a carousel) is scanned less and less often.
      interval = changed ? MIN_INTERVAL : Math.min(interval * 2, MAX_INTERVAL);
      if (pending.size) schedule(300);
    }
  };
  return {
    request(root, delay = 300) {
      pending.add(root);
      schedule(delay);
    },
    runNow(root) {
      pending.add(root);
      if (running) return;
      if (timer !== undefined) clearTimeout(timer);
      void flush();
    },
    cancel() {
      pending.clear();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
