import { browser, type Browser } from 'wxt/browser';

// Which of our contexts may send which message. Content scripts run beside the page's own code, so
// a page that subverts one (or finds a bug in it) must not reach the report queue, the endpoint or
// another tab's state: those messages come only from our own pages (popup, options, report page).

/** Who sent a message, as the browser tells the listener. */
export type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab'>;

/** Our own extension pages, or a content script in a tab. */
export type SenderKind = 'page' | 'content';

/** Messages a content script may send; the report pages' and the popup's are for pages only. */
const FROM_CONTENT: ReadonlySet<string> = new Set([
  'analyze',
  'page-findings',
  'get-entry',
  'open-catalogue',
  'report-claim',
  'get-shortcuts',
]);
/** Messages only a content script sends: about its own tab, which a page does not have. */
const CONTENT_ONLY: ReadonlySet<string> = new Set(['page-findings']);

/** What kind of our contexts sent a message, or null if none of ours. */
export function senderKind(sender: Sender): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  // A content script's url is its page's; our pages' urls are ours, in a tab (options, report) or not (popup).
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return 'page';
  return sender.tab?.id !== undefined ? 'content' : null;
}

/** Whether `sender` may send a message of this type. */
export function mayAsk(type: unknown, sender: Sender): boolean {
  const kind = senderKind(sender);
  if (kind === null || typeof type !== 'string') return false;
  if (kind === 'content') return FROM_CONTENT.has(type);
  return !CONTENT_ONLY.has(type);
}

/** The type of a message that has not been parsed yet. */
export const typeOf = (raw: unknown): unknown =>
  typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
