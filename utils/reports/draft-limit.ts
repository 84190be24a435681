// Each report draft opens a tab. A page whose scripts found a way to press "Report" (or a bug)
// must not open tab after tab: a tab's content script may open one draft every DRAFT_GAP_MS.

/** How long a tab waits between the report drafts it opens. */
export const DRAFT_GAP_MS = 10_000;
/** Tabs remembered before the oldest are forgotten. */
const REMEMBERED = 500;

const lastDraft = new Map<number, number>();

/** Whether the tab `tabId` may open a report draft at `now`; our own pages (no tab) always may. */
export function mayDraft(tabId: number | undefined, now = Date.now()): boolean {
  if (tabId === undefined) return true;
  const before = lastDraft.get(tabId);
  if (before !== undefined && now - before < DRAFT_GAP_MS) return false;
  lastDraft.delete(tabId);
  if (lastDraft.size >= REMEMBERED) lastDraft.delete(lastDraft.keys().next().value as number);
  lastDraft.set(tabId, now);
  return true;
}
