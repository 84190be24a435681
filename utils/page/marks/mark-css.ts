import { MARK_KEYS, MARK_STYLE, type MarkKey } from '../../../claims/grades';
import type { MarkStyle } from '../../settings/definition';

// The look of the marks: the names our highlights are registered under and the ::highlight()
// rules that draw each grade, for light and dark pages.

/**
 * Whether highlights can underline text. Firefox (140, the oldest release we support) paints only
 * the colours of a `::highlight()`, not its text decoration: its build tints every mark whichever
 * style is chosen, and the options page says so.
 */
export const HIGHLIGHTS_UNDERLINE = !import.meta.env.FIREFOX;

/** The highlight name a grade is registered under. */
export const highlightName = (key: MarkKey) => `dk-${key}`;
/** The highlight of the claim whose tooltip is open. */
export const CURRENT_HIGHLIGHT = 'dk-current';
/** The short emphasis after the popup reveals a claim. */
export const FLASH_HIGHLIGHT = 'dk-flash';
/** Every highlight name we register. */
export const OUR_HIGHLIGHTS = [...MARK_KEYS.map(highlightName), CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT];

/** "#rrggbb" as rgb() with an alpha. */
function tint(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
}

/**
 * The ::highlight() rules for a mark style. Underlines use the grade colour for the page's
 * brightness (the darker shade on light pages, the lighter on dark ones); tints are translucent,
 * so the page's own text colour shows through on either. Where highlights cannot underline
 * (`underlines` false: Firefox), every style tints, or an "underline only" mark would be invisible.
 */
export function markCss(style: MarkStyle, darkPage: boolean, underlines = HIGHLIGHTS_UNDERLINE): string {
  const lined = style !== 'tint' && underlines;
  const tinted = style !== 'underline' || !underlines;
  const rules = MARK_KEYS.map((key) => {
    const g = MARK_STYLE[key];
    const color = darkPage ? g.dark : g.color;
    const decls: string[] = [];
    if (lined)
      decls.push(
        'text-decoration-line: underline',
        `text-decoration-style: ${g.line}`,
        `text-decoration-color: ${color}`,
        `text-decoration-thickness: ${g.thickness}`,
        'text-decoration-skip-ink: none',
      );
    if (tinted) decls.push(`background-color: ${tint(color, darkPage ? 0.24 : 0.14)}`);
    return `::highlight(${highlightName(key)}) { ${decls.join('; ')} }`;
  });
  rules.push(
    `::highlight(${CURRENT_HIGHLIGHT}) { background-color: ${darkPage ? 'rgb(255 212 59 / 0.3)' : 'rgb(255 212 59 / 0.45)'} }`,
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: rgb(255 212 59 / 0.75); color: #1f2328 }`,
  );
  return rules.join('\n');
}

/** Whether a document looks dark: the luminance of its body's (or root's) background. */
export function isDarkPage(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body as HTMLElement | null, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(
      view.getComputedStyle(el).backgroundColor,
    );
    if (!m || m[4] === '0') continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45;
  }
  // Transparent all the way up: the canvas, white unless the page opts into a dark colour scheme.
  return view.getComputedStyle(doc.documentElement).colorScheme.trim() === 'dark';
}
