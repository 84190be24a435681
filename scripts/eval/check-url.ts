// `npx tsx scripts/eval/check-url.ts URL...`: whether each URL may be collected for our labelled
// pages. Prints "<hash> <status> <url>": excluded (kept blind by others, in
// ../shared/eval/exclude-urls.txt: never collect it), dev (already in dev.jsonl), have (already
// in tests/eval/*.jsonl) or ok.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BLIND, DEV, TRAIN, VALID, normaliseUrl, readRows } from './rows';

const hashUrl = (url: string) => createHash('sha256').update(normaliseUrl(url)).digest('hex');
const EXCLUDE = fileURLToPath(new URL('../../../shared/eval/exclude-urls.txt', import.meta.url));

const excluded = new Set(
  readFileSync(EXCLUDE, 'utf8')
    .split('\n')
    .map((l) => l.trim()),
);
const dev = new Set(readRows(DEV).map((r) => hashUrl(r.url)));
const have = new Set([TRAIN, VALID, BLIND].flatMap((f) => readRows(f).map((r) => hashUrl(r.url))));
for (const url of process.argv.slice(2)) {
  const h = hashUrl(url);
  const status = excluded.has(h) ? 'excluded' : dev.has(h) ? 'dev' : have.has(h) ? 'have' : 'ok';
  console.log(`${h.slice(0, 12)} ${status} ${url}`);
}
