// The bench's reference extension: the least an extension that grades in its background can do on
// a page with claims. Its content script makes the floor's pass over the text, then sends one
// message to its background, which answers at once: no settings, no gate, no extraction, no marks.
// What it takes on a page bounds what any such design can reach there (docs/benchmark.md, "ask once").

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { COLD_PASSES } from './floor';
import { PAGE_TIMEOUT_MS, whenMarked } from './loads';
import { median, round } from './result';

/**
 * The floor's work as statements: every text node and its text, joined into one string. Leaves
 * `nodes` and `text` defined. Shared by the floor's timed pass and the reference content script, so
 * both read a page the same way.
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

/** Marks the reference content script leaves on the page's timeline once the answer is in. */
export const REFERENCE_MARKS = { start: 'ref-start', answered: 'ref-answered' } as const;

const MANIFEST = {
  manifest_version: 3,
  name: 'bench reference: read the text, ask the background once',
  version: '1.0',
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }],
};

const BACKGROUND = `chrome.runtime.onMessage.addListener((_message, _sender, reply) => {
  reply({ findings: [] });
});
`;

// About what ten claim sentences and their context weigh: the first 4,000 characters go. The times
// go on the timeline after the answer, so the marks themselves are not timed.
const CONTENT = `(() => {
  const start = performance.now();
  ${READ_TEXT}
  void chrome.runtime.sendMessage({ type: 'analyze', text: text.slice(0, 4000) }).then(() => {
    const answered = performance.now();
    performance.mark('${REFERENCE_MARKS.start}', { startTime: start });
    performance.mark('${REFERENCE_MARKS.answered}', { startTime: answered });
  });
})();
`;

/** Writes the reference extension into `dir` (unpacked, for --load-extension); returns `dir`. */
export function writeReferenceExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  writeFileSync(join(dir, 'content.js'), CONTENT);
  return dir;
}

/** An expression: the reference's time from its start to its answer, or null before the answer. */
export const REFERENCE_SPAN = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const [start, end] = [at('${REFERENCE_MARKS.start}'), at('${REFERENCE_MARKS.answered}')];
  return start === undefined || end === undefined ? null : end - start;
})()`;

/**
 * The reference extension on a page (see Result.ask_once_ms): fresh loads, as many as the floor's,
 * each timed by its content script from its start to its background's answer; the median.
 */
export async function askOnce(reference: BrowserContext, url: string): Promise<number | null> {
  const samples: (number | null)[] = [];
  for (let i = 0; i < COLD_PASSES; i++) {
    const page = await reference.newPage();
    try {
      await page.goto(url, { timeout: PAGE_TIMEOUT_MS });
      samples.push(
        await page.evaluate<number | null>(whenMarked(`${REFERENCE_SPAN} !== null`, REFERENCE_SPAN)),
      );
    } finally {
      await page.close();
    }
  }
  const ms = median(samples);
  return ms === null ? null : round(ms);
}
