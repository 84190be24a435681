import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarkedFinding } from '../messages';
import type { Mark } from './scan';
import { MAX_PAGE_FINDINGS } from '../message-limits';

// Tells the background what is marked on the page ('page-findings'), for the badge and the popup:
// each finding with the text around it, so a report made from the popup, which never sees the page,
// carries the same context as one made from the tooltip.

/** Sends the page's findings to the background when they change. */
export interface FindingsReporter {
  /** Reports what is marked, in a task of its own, unless it is what was reported last. */
  soon(): void;
  /** Forgets what was reported: the next report goes out even if the claims are the same. */
  forget(): void;
}

/** Creates the reporter; `marks` gives what is marked when the report goes out. */
export function createFindingsReporter(
  ctx: ContentScriptContext,
  marks: () => readonly Mark[],
  isActive: () => boolean,
  warn: (e: unknown) => void,
): FindingsReporter {
  let last = '';
  let queued = false;

  const report = async () => {
    // Sent when the claims change. The text around them goes along, but text that changes next to
    // a claim (a countdown, a ticker) is no reason to send again.
    const now = marks();
    const key = JSON.stringify([location.href, now.map((m) => m.finding)]);
    if (key === last) return;
    last = key;
    // The background keeps at most MAX_PAGE_FINDINGS a tab: the first ones, in page order.
    const findings: MarkedFinding[] = now
      .slice(0, MAX_PAGE_FINDINGS)
      .map((m) => ({ ...m.finding, prefix: m.prefix, suffix: m.suffix }));
    await browser.runtime.sendMessage({ type: 'page-findings', url: location.href, findings });
  };

  return {
    // In a task of its own, after the paint: on a page with thousands of claims, writing the report
    // out costs about 10 ms, which the task that paints need not carry.
    soon() {
      if (queued) return;
      queued = true;
      ctx.setTimeout(() => {
        queued = false;
        if (isActive()) void report().catch(warn);
      }, 0);
    },
    forget() {
      last = '';
    },
  };
}
