// The bench's reference extensions: the least an extension of our design can do on a page, run in
// the same run and browser build as ours. Both have a content script injected as ours is (every
// page, at document_idle, in an isolated world) that makes the floor's pass over the text.
// **read**, for pages with nothing to say, stops there. **ask once**, for pages with claims, then
// sends one message to its background, which answers at once: no settings, no gate, no
// extraction, no marks. What they take bounds what our content script can reach
// (docs/benchmark.md, "references").

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { COLD_PASSES } from './floor';
import { loadAndTrace, PAGE_TIMEOUT_MS, whenMarked } from './loads';
import { median, round } from './result';
import { extensionWork } from './trace';

/**
 * The floor's work as statements: every text node and its text, joined into one string. Leaves
 * `nodes` and `text` defined. Shared by the floor's timed pass and the reference content scripts,
 * so all read a page the same way.
 */
export const READ_TEXT = `
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    parts.push(node.data);
  }
  const text = parts.join(' ');`;

/** Marks a reference content script leaves on the page's timeline once it is done. */
export const REFERENCE_MARKS = { start: 'ref-start', answered: 'ref-answered' } as const;

/** The two references: `read` for pages without D/K2 text, `ask` for pages with claims. */
export type ReferenceKind = 'read' | 'ask';

const manifest = (kind: ReferenceKind) => ({
  manifest_version: 3,
  name: `bench reference: ${kind === 'read' ? 'read the text' : 'read the text, ask the background once'}`,
  version: '1.0',
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }],
});

const BACKGROUND: Record<ReferenceKind, string> = {
  read: `// Nothing: the content script never asks.\n`,
  ask: `chrome.runtime.onMessage.addListener((_message, _sender, reply) => {
  reply({ findings: [] });
});
`,
};

/** Sets the marks; the times go on the timeline at the end, so the marks themselves are not timed. */
const MARK = `performance.mark('${REFERENCE_MARKS.start}', { startTime: start });
    performance.mark('${REFERENCE_MARKS.answered}', { startTime: performance.now() });`;

// `ask` sends about what ten claim sentences and their context weigh: the first 4,000 characters.
const CONTENT: Record<ReferenceKind, string> = {
  read: `(() => {
  const start = performance.now();
  ${READ_TEXT}
  if (text.length >= 0) {
    ${MARK}
  }
})();
`,
  ask: `(() => {
  const start = performance.now();
  ${READ_TEXT}
  void chrome.runtime.sendMessage({ type: 'analyze', text: text.slice(0, 4000) }).then(() => {
    ${MARK}
  });
})();
`,
};

/** An extension page, where the bench stops the reference's service worker from. */
const BLANK_PAGE = '<!doctype html><title>reference</title>';

/** Writes a reference extension into `dir` (unpacked, for --load-extension); returns `dir`. */
export function writeReferenceExtension(dir: string, kind: ReferenceKind): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest(kind), null, 2));
  writeFileSync(join(dir, 'background.js'), BACKGROUND[kind]);
  writeFileSync(join(dir, 'content.js'), CONTENT[kind]);
  writeFileSync(join(dir, 'blank.html'), BLANK_PAGE);
  return dir;
}

/** An expression: the reference's time from its start to its end mark, or null before it. */
export const REFERENCE_SPAN = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const [start, end] = [at('${REFERENCE_MARKS.start}'), at('${REFERENCE_MARKS.answered}')];
  return start === undefined || end === undefined ? null : end - start;
})()`;

/** One fresh load of `url` in a reference's browser: its time from its start to its end mark. */
export async function referenceSpan(reference: BrowserContext, url: string): Promise<number | null> {
  const page = await reference.newPage();
  try {
    await page.goto(url, { timeout: PAGE_TIMEOUT_MS });
    return await page.evaluate<number | null>(whenMarked(`${REFERENCE_SPAN} !== null`, REFERENCE_SPAN));
  } finally {
    await page.close();
  }
}

/**
 * A reference on a page: its scan (the median of as many fresh loads as the floor's, each timed by
 * its content script) and its busy time (all its tasks on the page's main thread, injection
 * included, from a traced load, as ours are).
 */
export async function referenceFigures(
  reference: BrowserContext,
  url: string,
): Promise<{ scan: number | null; busy: number | null }> {
  const samples: (number | null)[] = [];
  for (let i = 0; i < COLD_PASSES; i++) samples.push(await referenceSpan(reference, url));
  const page = await reference.newPage();
  try {
    const events = await loadAndTrace(page, await reference.newCDPSession(page), url, REFERENCE_SPAN);
    // The reference's browser has no other extension: every extension task is the reference's.
    const work = extensionWork(events, 'chrome-extension://');
    const scan = median(samples);
    return { scan: scan === null ? null : round(scan), busy: work ? round(work.busyMs) : null };
  } finally {
    await page.close();
  }
}
