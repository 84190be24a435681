// `npm run eval`: the finder scored by ../shared/eval/score.mjs on every labelled set we have,
// each line named for what the set is. The blind pages are scored, never read: nothing here
// prints their sentences or misses (see tests/eval/README.md).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BLIND, DEV, TRAIN, VALID, readRows } from './rows';

const SCORER = fileURLToPath(new URL('../../../shared/eval/score.mjs', import.meta.url));
const SETS: [string, string][] = [
  ['dev (shared, tuned on)', DEV],
  ['train (our pages, tuned on)', TRAIN],
  ['valid (our pages, never read, trained on since 2026-12-07)', VALID],
  ['blind (our pages, never read)', BLIND],
];

if (!existsSync(SCORER)) {
  console.error(`eval: the scorer is missing (${SCORER}); it lives in ../shared/eval/ beside the repository`);
  process.exit(1);
}
for (const [name, file] of SETS) {
  if (!existsSync(file)) {
    console.log(`${name}: no file ${file}`);
    continue;
  }
  const pages = new Set(readRows(file).map((r) => r.page)).size;
  // Only the scorer's last line, the summary: the blind set's misses are never printed.
  const out = execFileSync('node', [SCORER, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  console.log(`${name}, ${String(pages)} pages: ${out.trim().split('\n').pop() ?? ''}`);
}
