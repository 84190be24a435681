import { MARK_STYLE, type MarkKey } from '../../../claims/grades';
import type { MarkStyle } from '../../settings/definition';

// Where the Custom Highlight API is missing, marks are drawn as boxes over the text, in a layer
// of our shadow root: the page's DOM stays untouched either way. Boxes come from the ranges'
// client rects, so the caller redraws on scroll, resize and page changes.

/** A mark to draw: grade key, range, and the offset of its document's viewport in the top one. */
export interface OverlayMark {
  readonly key: MarkKey;
  readonly range: Range;
  readonly offset: { x: number; y: number };
}

/** Border styles for each grade's underline ("wavy" has no border equivalent). */
const BORDER: Record<string, string> = { wavy: 'dashed' };

/** Draws the marks that are in view into `layer`, replacing what was there. */
export function drawOverlay(layer: HTMLElement, marks: readonly OverlayMark[], style: MarkStyle): void {
  const doc = layer.ownerDocument;
  const view = doc.defaultView;
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  const boxes: HTMLElement[] = [];
  for (const mark of marks) {
    const g = MARK_STYLE[mark.key];
    for (const r of mark.range.getClientRects()) {
      const left = r.left + mark.offset.x;
      const top = r.top + mark.offset.y;
      if (r.width < 1 || top > height || top + r.height < 0 || left > width || left + r.width < 0) continue;
      const box = doc.createElement('div');
      box.className = 'mark';
      box.style.cssText = `left:${left}px;top:${top}px;width:${r.width}px;height:${r.height}px;`;
      if (style !== 'tint')
        box.style.borderBottom = `${g.line === 'double' ? 4 : 2}px ${BORDER[g.line] ?? g.line} ${g.color}`;
      if (style !== 'underline') box.style.background = `${g.color}26`;
      boxes.push(box);
    }
  }
  layer.replaceChildren(...boxes);
}
