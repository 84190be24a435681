/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import type { TraceEvent } from '../../../scripts/bench/trace';
import type { TestServer } from '../server';

// Shared steps of the robustness tests (this folder's specs).

/** Serves generated HTML at `path` of the test server's origin (with extra headers, e.g. a CSP). */
export async function serveHtml(
  context: BrowserContext,
  server: TestServer,
  path: string,
  html: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const url = `${server.url}${path}`;
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html, headers }),
  );
  return url;
}

/**
 * Marked texts by highlight name, read from a fresh isolated world through the DevTools protocol:
 * a page that breaks its own built-ins cannot break the reading. (CSS.highlights is one registry per
 * document, shared by every world.)
 */
export async function isolatedHighlights(page: Page): Promise<Record<string, string[]>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'dk-test-reader',
    });
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      returnByValue: true,
      expression: `(() => {
        const out = {};
        CSS.highlights.forEach((h, name) => { out[name] = [...h].map((r) => r.toString()); });
        return out;
      })()`,
    });
    return result.value as Record<string, string[]>;
  } finally {
    await cdp.detach();
  }
}

/** Evaluates an expression in the page's own (main) world without Playwright's helpers. */
export async function mainWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    });
    if (exceptionDetails) return `threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`;
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Counts the messages content scripts send to the service worker, by type, from now on. */
export async function countMessages(
  worker: import('@playwright/test').Worker,
): Promise<() => Promise<Record<string, number>>> {
  await worker.evaluate(() => {
    const counts: Record<string, number> = {};
    (globalThis as unknown as { dkCounts: Record<string, number> }).dkCounts = counts;
    chrome.runtime.onMessage.addListener((m: { type?: string }) => {
      if (m.type) counts[m.type] = (counts[m.type] ?? 0) + 1;
      return undefined;
    });
  });
  return () =>
    worker.evaluate(() => ({ ...(globalThis as unknown as { dkCounts: Record<string, number> }).dkCounts }));
}

/**
 * How the main-thread tasks of a traced load took turns: the tasks that ran the extension's script
 * (`ours`), and how many times one or more tasks that ran the page's own script (`pageUrl`) came
 * between two of ours.
 */
export function interleaving(
  events: readonly TraceEvent[],
  extensionOrigin: string,
  pageUrl: string,
): { ours: number; pageBetweenOurs: number } {
  const injected = events.find(
    (e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith(extensionOrigin),
  );
  if (!injected) return { ours: 0, pageBetweenOurs: 0 };
  const onThread = events
    .filter((e) => e.pid === injected.pid && e.tid === injected.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const scripts = onThread.filter((e) => e.args?.data?.url);
  let ours = 0;
  let pageBetweenOurs = 0;
  let pageSinceOurs = false;
  for (const task of onThread.filter((e) => e.name === 'RunTask')) {
    const end = task.ts + (task.dur ?? 0);
    const urls = scripts.filter((e) => e.ts >= task.ts && e.ts < end).map((e) => e.args?.data?.url ?? '');
    if (urls.some((u) => u.startsWith(extensionOrigin))) {
      if (pageSinceOurs) pageBetweenOurs++;
      pageSinceOurs = false;
      ours++;
    } else if (ours && urls.includes(pageUrl)) pageSinceOurs = true;
  }
  return { ours, pageBetweenOurs };
}
