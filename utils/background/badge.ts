import { browser } from 'wxt/browser';
import { GRADE_STYLE, isBeyondEvidence, weakestGrade } from '../../claims/grades';
import type { TabFindings } from '../messages';
import { pageVerdict, shopFindings, verdictLine } from '../summary';

// The toolbar button of each tab: how many of its page's claims go beyond the evidence
// (contradicted, unproven or mixed; claims/grades.ts BEYOND_EVIDENCE), in the colour of the weakest
// grade, and the page's verdict as its title. A customer's words in a review are not counted.

type Action = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> &
  Partial<Pick<typeof browser.action, 'setBadgeTextColor'>>;
/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarAction(): Action | undefined {
  const b = browser as Partial<Pick<typeof browser, 'action' | 'browserAction'>>;
  return b.action ?? (b.browserAction as Action | undefined);
}

// The manifest's name, which the toolbar shows when the tab has nothing to say.
const defaultTitle = () => 'D3/K2 Claim Check';

/**
 * The badge for a tab: the number of the shop's claims that go beyond the evidence, capped to fit,
 * in the colour of the weakest grade. With none beyond it, a check mark in the colour of the
 * weakest (established or plausible), or "…" in grey when no claim is graded yet; empty without claims.
 */
export function badgeFor(state: TabFindings): { text: string; color: string | null; title: string | null } {
  const shop = shopFindings(state.findings);
  if (!shop.length) return { text: '', color: null, title: null };
  const beyond = shop.filter((f) => isBeyondEvidence(f.grade)).length;
  const weakest = weakestGrade(shop.map((f) => f.grade)) ?? 'unreviewed';
  return {
    text: beyond > 99 ? '99+' : beyond ? String(beyond) : weakest === 'unreviewed' ? '…' : '✓',
    color: GRADE_STYLE[weakest].color,
    title: `${pageVerdict(state.findings)} ${verdictLine(shop)}.`,
  };
}

/** Shows a tab's state on its toolbar button. */
export async function updateBadge(tabId: number, state: TabFindings): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  const badge = badgeFor(state);
  try {
    await action.setBadgeText({ tabId, text: badge.text });
    if (badge.color) {
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      // Every grade colour is dark enough for white text; older browsers lack the call.
      await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
    await action.setTitle({
      tabId,
      title: badge.title ? `${defaultTitle()}: ${badge.title}` : defaultTitle(),
    });
  } catch {
    // The tab closed while we were updating it.
  }
}

/** Clears a tab's badge and title. */
export async function clearBadge(tabId: number): Promise<void> {
  // The tab may already be gone (closed): nothing to clear then.
  await toolbarAction()
    ?.setBadgeText({ tabId, text: '' })
    .catch(() => undefined);
  await toolbarAction()
    ?.setTitle({ tabId, title: defaultTitle() })
    .catch(() => undefined);
}
