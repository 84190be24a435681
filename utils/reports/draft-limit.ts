// Each report draft opens a tab. A page whose scripts found a way to press "Report" (or a bug)
// must not open tab after tab: a tab's content script may open DRAFTS_PER_WINDOW drafts in any
// DRAFT_WINDOW_MS, enough for a reader who reports two claims one after the other.

/** How many report drafts a tab may open within DRAFT_WINDOW_MS. */
export const DRAFTS_PER_WINDOW = 2;
/** The window over which a tab's drafts are counted. */
export const DRAFT_WINDOW_MS = 20_000;
/** Tabs remembered before the oldest are forgotten. */
const REMEMBERED = 500;

const recent = new Map<number, number[]>();

/** Whether the tab `tabId` may open a report draft at `now` (and counts it if so). */
export function mayDraft(tabId: number | undefined, now = Date.now()): boolean {
  if (tabId === undefined) return true;
  const times = (recent.get(tabId) ?? []).filter((t) => now - t < DRAFT_WINDOW_MS);
  if (times.length >= DRAFTS_PER_WINDOW) return false;
  recent.delete(tabId);
  if (recent.size >= REMEMBERED) recent.delete(recent.keys().next().value as number);
  recent.set(tabId, [...times, now]);
  return true;
}
