import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLIND, DEV, TRAIN, VALID, isBlindUrl, normaliseUrl, readRows } from '../rows';

const pagesDir = new URL('../../../tests/eval/pages/', import.meta.url);
const LABELS = ['established', 'plausible', 'mixed', 'unproven', 'contradicted', 'novel', 'none'];

describe('our labelled pages', () => {
  const train = readRows(TRAIN);
  const blind = readRows(BLIND);
  const valid = readRows(VALID);

  it('keep at least 25 pages blind, split by the hash of their URL', () => {
    expect(new Set(blind.map((r) => r.page)).size).toBeGreaterThanOrEqual(25);
    for (const r of blind) expect(isBlindUrl(r.url), r.page).toBe(true);
    for (const r of train) expect(isBlindUrl(r.url), r.page).toBe(false);
  });

  it('share no page with each other, with dev.jsonl or with the excluded URLs', () => {
    const excluded = new Set(
      readFileSync(new URL('../../../../shared/eval/exclude-urls.txt', import.meta.url), 'utf8')
        .split('\n')
        .map((l) => l.trim()),
    );
    const hash = async (url: string) => {
      const bytes = new TextEncoder().encode(normaliseUrl(url));
      return Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    };
    const dev = new Set(readRows(DEV).map((r) => normaliseUrl(r.url)));
    const trainUrls = new Set(train.map((r) => normaliseUrl(r.url)));
    return Promise.all(
      [...train, ...blind, ...valid].map(async (r) => {
        expect(excluded.has(await hash(r.url)), r.url).toBe(false);
        expect(dev.has(normaliseUrl(r.url)), r.url).toBe(false);
      }),
    ).then(() => {
      const blindUrls = new Set(blind.map((r) => normaliseUrl(r.url)));
      for (const r of blind) expect(trainUrls.has(normaliseUrl(r.url)), r.url).toBe(false);
      for (const r of valid) {
        expect(trainUrls.has(normaliseUrl(r.url)), r.url).toBe(false);
        expect(blindUrls.has(normaliseUrl(r.url)), r.url).toBe(false);
      }
    });
  });

  it('are labelled by the rubric, and quote their page verbatim', () => {
    for (const r of [...train, ...blind, ...valid]) {
      expect(LABELS, r.page).toContain(r.label);
      expect(r.accept, r.page).toContain(r.label);
      const file = new URL(`${r.page}.txt`, pagesDir);
      expect(existsSync(file), r.page).toBe(true);
      const page = readFileSync(file, 'utf8');
      expect(page.split('\n')[0], r.page).toBe(r.url);
      expect(page.includes(r.text), `${r.page}: ${r.label}`).toBe(true);
    }
  });
});
