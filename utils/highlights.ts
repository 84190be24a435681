import type { WireFinding } from './messages';
import { locate, type Segment } from './extract-text';
import { gradeKey, type GradeKey } from './grade-style';

// Marks claims with the CSS Custom Highlight API: ranges live outside the DOM, so the page's
// nodes and text are never touched. One named highlight per grade, styled in content/style.css.

const KEYS: readonly GradeKey[] = [
  'established',
  'plausible',
  'mixed',
  'unproven',
  'contradicted',
  'unreviewed',
];

/** The highlight name a grade is registered under. */
export const highlightName = (key: GradeKey) => `dk-${key}`;

/** Whether this browser has the Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** Builds a DOM Range for a finding's offsets, or null when its text nodes are gone. */
export function rangeFor(
  segments: readonly Segment[],
  finding: { start: number; end: number },
): Range | null {
  const from = locate(segments, finding.start);
  const to = locate(segments, finding.end);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = new Range();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}

/** Replaces the page's marks with these ranges, grouped by grade. */
export function paint(marks: readonly { finding: WireFinding; range: Range }[]): void {
  if (!highlightsSupported()) return;
  for (const key of KEYS) {
    const ranges = marks.filter((m) => gradeKey(m.finding.grade) === key).map((m) => m.range);
    if (ranges.length) CSS.highlights.set(highlightName(key), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(key));
  }
}

/** Removes every mark of ours. */
export function clearMarks(): void {
  if (!highlightsSupported()) return;
  for (const key of KEYS) CSS.highlights.delete(highlightName(key));
  CSS.highlights.delete('dk-flash');
}

/** Briefly emphasises one range (after the popup asks to reveal it). */
export function flash(range: Range, setTimer: (fn: () => void, ms: number) => unknown): void {
  if (!highlightsSupported()) return;
  CSS.highlights.set('dk-flash', new Highlight(range));
  setTimer(() => CSS.highlights.delete('dk-flash'), 1600);
}
