import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { GRADE_STYLE } from '../../../../claims/grades';
import { drawOverlay, type OverlayMark } from '../overlay';

// The overlay stands in for highlights in browsers without the Custom Highlight API. Chromium
// (our e2e browser) cannot switch the API off, so the drawing is tested here with stub line boxes.

function setup(width = 800, height = 600) {
  const { document, window } = parseHTML('<html><body><div id="layer"></div></body></html>');
  Object.assign(window, { innerWidth: width, innerHeight: height });
  const layer = document.getElementById('layer') as unknown as HTMLElement;
  return layer;
}

const rect = (left: number, top: number, width: number, height = 20) => ({ left, top, width, height });
const mark = (
  key: OverlayMark['key'],
  rects: ReturnType<typeof rect>[],
  offset = { x: 0, y: 0 },
): OverlayMark => ({
  key,
  range: { getClientRects: () => rects } as unknown as Range,
  offset,
});

describe('drawOverlay', () => {
  it('draws one box per line box in view, shifted by the frame offset', () => {
    const layer = setup();
    drawOverlay(
      layer,
      [
        mark('unproven', [rect(10, 100, 300), rect(10, 122, 120)]),
        mark('plausible', [rect(10, 900, 300)]), // below the viewport
        mark('established', [rect(5, 5, 100)], { x: 40, y: 200 }), // inside an iframe
      ],
      'both',
    );
    const boxes = [...layer.querySelectorAll('.mark')] as HTMLElement[];
    expect(boxes).toHaveLength(3);
    expect(boxes[0]?.style.cssText).toContain('left:10px;top:100px;width:300px');
    expect(boxes[2]?.style.cssText).toContain('left:45px;top:205px');
  });

  it('underlines in the grade colour and style, and tints only when asked', () => {
    const layer = setup();
    drawOverlay(layer, [mark('contradicted', [rect(0, 0, 50)])], 'underline');
    const box = layer.querySelector('.mark') as HTMLElement;
    expect(box.style.borderBottom).toContain('double');
    expect(box.style.borderBottom).toContain(GRADE_STYLE.contradicted.color);
    expect(box.style.background).toBe('');
    drawOverlay(layer, [mark('plausible', [rect(0, 0, 50)])], 'tint');
    const tinted = layer.querySelector('.mark') as HTMLElement;
    expect(tinted.style.borderBottom).toBe('');
    expect(tinted.style.background).toContain(GRADE_STYLE.plausible.color);
  });

  it('replaces what it drew before', () => {
    const layer = setup();
    drawOverlay(layer, [mark('mixed', [rect(0, 0, 50), rect(0, 30, 50)])], 'both');
    drawOverlay(layer, [], 'both');
    expect(layer.querySelectorAll('.mark')).toHaveLength(0);
  });
});
