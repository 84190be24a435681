import { gradeKey } from '../../../claims/grades';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/definition';
import type { ScanRoot } from '../roots';
import type { Mark } from '../scan';

// The page's claims as marks, and which of them are shown. Each root (the document, a shadow root,
// a frame) has its marks; together they are kept in reading order. A mark is shown when its grade
// is switched on, the reader has not hidden the marks on this tab, and has not hidden that claim.

/** The marks of a page and what of them is shown. */
export interface MarksModel {
  /** Every mark, in reading order. */
  readonly all: () => readonly Mark[];
  /** The marks shown now, in reading order. */
  shown(): Mark[];
  /** Whether a mark is shown now. */
  isShown(mark: Mark): boolean;
  /** Replaces a root's marks. */
  set(root: ScanRoot, marks: readonly Mark[]): void;
  /** Forgets a root that left the page. */
  drop(root: ScanRoot): void;
  /** Forgets every mark. */
  clear(): void;
  /** Whether a node is or holds a marked text node: a change to it needs a rescan. */
  touches(node: Node): boolean;
  /** Whether the claims differ from the last time this was asked (a rescan that found the same did not). */
  changed(): boolean;
  /** The reader's settings: which grades are shown. */
  setSettings(settings: Settings): void;
  /** The popup's "hide marks on this tab". */
  setAllHidden(hidden: boolean): void;
  /** Hides one claim (the tooltip's "Hide this claim") until the page changes address. */
  hide(mark: Mark): void;
  /** Shows the claims hidden one by one again (a new page in a single-page shop). */
  unhideAll(): void;
}

/** Reading order: by the claim's (or its frame's or shadow host's) place in the top document, then offset. */
function readingOrder(roots: readonly ScanRoot[]) {
  const rootIndex = new Map(roots.map((r, i) => [r, i]));
  return (a: Mark, b: Mark): number => {
    const na = a.root.anchor ?? a.range.startContainer;
    const nb = b.root.anchor ?? b.range.startContainer;
    if (na !== nb) {
      const pos = na.compareDocumentPosition(nb);
      if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
      if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    }
    if (a.root !== b.root) return (rootIndex.get(a.root) ?? 0) - (rootIndex.get(b.root) ?? 0);
    return a.finding.start - b.finding.start;
  };
}

/** What identifies a claim for "hide this claim": a rescan makes new marks for the same claim. */
const claimKey = (m: Mark) => `${m.finding.claimId ?? ''}\u0001${m.finding.text}`;

/** What identifies the page's claims: a rescan that finds the same ones changed nothing. */
const signature = (marks: readonly Mark[]) =>
  marks
    .map((m) => `${m.finding.start}:${m.finding.end}:${m.finding.claimId ?? ''}:${m.finding.text}`)
    .join('\n');

/** Creates the model; `roots` gives the page's roots in the order they were found. */
export function createMarksModel(roots: () => readonly ScanRoot[]): MarksModel {
  const byRoot = new Map<ScanRoot, readonly Mark[]>();
  let ordered: Mark[] = [];
  let settings = DEFAULT_SETTINGS;
  let allHidden = false;
  const hiddenClaims = new Set<string>();
  let lastSignature = '';

  /** One root needs no DOM comparisons: its marks are in text order. */
  const reorder = () => {
    const all = [...byRoot.values()].flat();
    ordered = byRoot.size > 1 ? all.sort(readingOrder(roots())) : all;
  };
  const isShown = (m: Mark) =>
    !allHidden && settings.grades[gradeKey(m.finding.grade)] && !hiddenClaims.has(claimKey(m));

  return {
    all: () => ordered,
    shown: () => ordered.filter(isShown),
    isShown,
    set(root, marks) {
      byRoot.set(root, marks);
      reorder();
    },
    drop(root) {
      if (byRoot.delete(root)) reorder();
    },
    clear() {
      byRoot.clear();
      ordered = [];
    },
    touches: (node) =>
      ordered.some(
        (m) =>
          node === m.range.startContainer ||
          node === m.range.endContainer ||
          (node.nodeType === 1 && node.contains(m.range.startContainer)),
      ),
    changed() {
      const now = signature(ordered);
      const changed = now !== lastSignature;
      lastSignature = now;
      return changed;
    },
    setSettings(next) {
      settings = next;
    },
    setAllHidden(hidden) {
      allHidden = hidden;
    },
    hide(mark) {
      hiddenClaims.add(claimKey(mark));
    },
    unhideAll() {
      hiddenClaims.clear();
    },
  };
}
