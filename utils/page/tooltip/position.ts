// Where the tooltip goes: below or above the claim, never over it, inside the viewport. Pure, so
// the rules can be tested without a browser.

/** A rectangle in viewport pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The tooltip's place: its corner, the most height it may take, and the side of the claim it is on. */
export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly maxHeight: number;
  readonly side: 'below' | 'above';
}

const GAP = 8;
const MARGIN = 8;

/**
 * Places a tooltip of `size` next to the claim's line boxes. Below the claim if it fits, else
 * above if that fits, else on the roomier side with its height capped (its middle scrolls), so
 * the claim's text always stays visible. Horizontally it starts at `anchorX` (the pointer, or the
 * claim's first line) and is kept inside the viewport.
 */
export function placeTooltip(
  claim: readonly Box[],
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  anchorX?: number,
): Placement {
  const top = Math.min(...claim.map((r) => r.top));
  const bottom = Math.max(...claim.map((r) => r.bottom));
  const first = claim[0] ?? { left: 0, top: 0, right: 0, bottom: 0 };
  const below = viewport.height - MARGIN - (bottom + GAP);
  const above = top - GAP - MARGIN;
  let side: Placement['side'];
  if (size.height <= below) side = 'below';
  else if (size.height <= above) side = 'above';
  // Neither fits: below (where reading goes on) unless above is clearly roomier.
  else side = below * 1.25 >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(size.height, room);
  const y = side === 'below' ? bottom + GAP : top - GAP - height;
  const x0 = (anchorX ?? first.left) - 24;
  const left = Math.max(MARGIN, Math.min(x0, viewport.width - MARGIN - size.width));
  return { left: Math.round(left), top: Math.round(y), maxHeight: Math.floor(room), side };
}
