// Highlights receive no events, so the claim under the pointer is found by hand: the caret position
// at the point narrows the search to the marks around that text node, and the marks' line boxes
// confirm that the pointer is on the text, not in the margin beside it. Browsers without
// caretPositionFromPoint (Chrome before 128) fall back to testing every mark's line boxes.

/** What hit-testing needs of a mark. */
export interface HitMark {
  readonly range: Range;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
};

/** The text position at a point of a document's viewport, entering the given shadow roots. */
function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  return null;
}

/** Whether a point (viewport pixels) is on one of the range's line boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number, slop = 1): boolean {
  for (const r of range.getClientRects())
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  return false;
}

/** The mark under a point of `doc`'s viewport, or null. */
export function markAtPoint<M extends HitMark>(
  marks: readonly M[],
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): M | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  const candidates = caret
    ? marks.filter((m) => {
        try {
          return m.range.isPointInRange(caret.node, caret.offset);
        } catch {
          return false;
        }
      })
    : marks;
  return candidates.find((m) => rangeContainsPoint(m.range, x, y)) ?? null;
}
