// The labelled rows the finder is measured and trained on (see tests/eval/README.md):
// ../shared/eval/dev.jsonl (shared, tuned on), tests/eval/train.jsonl (our own pages, tuned on),
// tests/eval/valid.jsonl (our own pages, never read: scored while the matcher was built, trained
// on since it was finished) and
// tests/eval/blind.jsonl (our own pages, never read; scored only at the end).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One labelled sentence. */
export interface Row {
  readonly page: string;
  readonly url: string;
  readonly text: string;
  readonly label: string;
  readonly accept: readonly string[];
  readonly topic: string;
  readonly why?: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The shared labelled set. */
export const DEV = `${root}../shared/eval/dev.jsonl`;
/** Our own pages that we tune on. */
export const TRAIN = `${root}tests/eval/train.jsonl`;
/** Our own pages never read row by row: scored while the matcher was built, then trained on. */
export const VALID = `${root}tests/eval/valid.jsonl`;
/** Our own pages kept blind. */
export const BLIND = `${root}tests/eval/blind.jsonl`;

/** Reads a JSONL file of rows; a missing file is no rows. */
export function readRows(file: string): Row[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => r.label !== 'skip');
}

/** A URL as ../shared/eval/README.md normalises it before hashing. */
export function normaliseUrl(url: string): string {
  const u = new URL(url.toLowerCase());
  return u.host.replace(/^www\./, '') + u.pathname.replace(/\/+$/, '');
}

/**
 * Whether a page belongs to the blind set: decided by its URL's hash before anyone read its rows
 * (first hex digit 0-5, about three pages in eight), so the split cannot be steered.
 */
export function isBlindUrl(url: string): boolean {
  return /^[0-5]/.test(createHash('sha256').update(normaliseUrl(url)).digest('hex'));
}
