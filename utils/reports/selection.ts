import { CONTEXT_CHARS, MAX_QUOTE } from './schema';

/** The selected text with its context, as read in the page. */
export interface SelectionContext {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * Runs inside the page (scripting.executeScript serialises it, so it must stay self-contained):
 * the selection, the characters around it, and its offsets in the body's text, as
 * hypothesis' TextPositionSelector counts them. Whitespace in the context is folded.
 */
export function readSelectionContext(chars: number, maxQuote: number): SelectionContext | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const exact = range.toString();
  if (!exact.trim() || exact.length > maxQuote) return null;
  const root = document.body;
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.selectNodeContents(root);
  after.setStart(range.endContainer, range.endOffset);
  const head = before.toString();
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  return {
    exact,
    prefix: fold(head.slice(-chars * 4)).slice(-chars),
    suffix: fold(after.toString().slice(0, chars * 4)).slice(0, chars),
    start: head.length,
    end: head.length + exact.length,
  };
}

/** Arguments for `readSelectionContext` as executeScript passes them. */
export const SELECTION_ARGS: [number, number] = [CONTEXT_CHARS, MAX_QUOTE];
