import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeTooltip, type Box } from '../position';

// The tooltip must stay in the viewport and never cover the claim it explains.

const viewport = { width: 1280, height: 720 };
const line = (left: number, top: number, width = 300, height = 20): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placeTooltip', () => {
  it('goes below the claim when there is room', () => {
    const p = placeTooltip([line(100, 100)], { width: 400, height: 300 }, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBe(128);
  });

  it('flips above a claim near the bottom of the viewport', () => {
    const p = placeTooltip([line(100, 650)], { width: 400, height: 300 }, viewport);
    expect(p.side).toBe('above');
    expect(p.top + 300).toBeLessThanOrEqual(650);
  });

  it('keeps to the viewport at the right edge', () => {
    const p = placeTooltip([line(1200, 100, 60)], { width: 400, height: 200 }, viewport, 1250);
    expect(p.left + 400).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('never overlaps the claim and never leaves the viewport while the claim is in view', () => {
    const claim = fc
      .tuple(
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 690 }),
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([left, top, lines]) => Array.from({ length: lines }, (_, i) => line(left, top + i * 22, 200, 20)))
      .filter((lines) => (lines[lines.length - 1]?.bottom ?? 0) <= viewport.height);
    const size = fc.record({
      width: fc.integer({ min: 200, max: 400 }),
      height: fc.integer({ min: 50, max: 900 }),
    });
    fc.assert(
      fc.property(claim, size, (lines, s) => {
        const p = placeTooltip(lines, s, viewport);
        const height = Math.min(s.height, p.maxHeight);
        const top = Math.min(...lines.map((l) => l.top));
        const bottom = Math.max(...lines.map((l) => l.bottom));
        expect(p.top >= bottom || p.top + height <= top).toBe(true);
        expect(p.top).toBeGreaterThanOrEqual(0);
        expect(p.top + height).toBeLessThanOrEqual(viewport.height);
        expect(p.left).toBeGreaterThanOrEqual(8);
      }),
    );
  });
});
