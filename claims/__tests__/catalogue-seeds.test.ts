import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueFinder, entryById, type Finding } from '..';
import { SEED_DOCUMENTS } from '../catalogue/seeds';
import { createFinder } from '../finder';
import { bestMatch, matchAll, subjectsOf } from '../finder/match';
import { readParts } from '../parts/read';
import type { Candidate } from '../finder/features';
import { normalize } from '../finder/normalize';
import { lineBlocks } from '../line-blocks';
import { SEED_CLAIMS, type SeedClaim } from './seed-claims';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const readSeed = (file: string) => readFileSync(new URL(file, seedsDir), 'utf8');

// Sentence splitting is the finder's business: a row and a sentence are the same when one
// contains the other's first 30 letters (footnote markers and quotes aside).
function sameSentence(row: SeedClaim, text: string): boolean {
  const letters = (s: string) =>
    normalize(s)
      .text.replace(/[^\p{L}]+/gu, '')
      .toLowerCase();
  const a = letters(row.text);
  const b = letters(text);
  return b.includes(a.slice(0, 30)) || a.includes(b.slice(0, 30));
}

describe('seed claim table', () => {
  it('points every row at an existing entry, once per sentence', () => {
    for (const row of SEED_CLAIMS) expect(entryById(row.id), row.text).toBeDefined();
    const keys = SEED_CLAIMS.map((r) => `${r.seed}\n${r.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('quotes every sentence verbatim from its seed document', () => {
    for (const row of SEED_CLAIMS) {
      expect(Object.keys(SEED_DOCUMENTS)).toContain(row.seed);
      expect(readSeed(row.seed), row.text).toContain(row.text);
    }
  });

  it('covers all five seed documents and uses most of the catalogue', () => {
    expect(new Set(SEED_CLAIMS.map((r) => r.seed)).size).toBe(5);
    const used = new Set(SEED_CLAIMS.map((r) => r.id));
    expect(used.size / CATALOGUE.length).toBeGreaterThan(0.4);
  });
});

describe('the seed documents, read as pages', () => {
  const byDocument = Object.keys(SEED_DOCUMENTS).map((file) => {
    // Every sentence the finder weighs, claim or not, with the entry its parts make.
    const candidates: Candidate[] = [];
    createFinder(CATALOGUE, { onCandidate: (c) => candidates.push(c) }).find(lineBlocks(readSeed(file)));
    return {
      candidates,
      findings: catalogueFinder().find(lineBlocks(readSeed(file))),
      rows: SEED_CLAIMS.filter((r) => r.seed === file),
    };
  });

  it('give every claim sentence the entry the table says, in its context', () => {
    for (const { candidates, rows } of byDocument)
      for (const row of rows) {
        // A sentence whose subject the page gives only by layout (a heading the text extraction
        // flattens) is matched with the subject the table names.
        const candidate = candidates.find((c) => sameSentence(row, c.text));
        const parts = readParts(normalize(row.text).text);
        const match =
          candidate?.match ??
          (row.subject ? bestMatch(matchAll(CATALOGUE, parts, subjectsOf(parts, [row.subject]))) : null);
        expect(match?.entry.id, row.text).toBe(row.id);
      }
  });

  it('have nearly all their claim sentences marked by the shipped finder', () => {
    const missed = byDocument.flatMap(({ findings, rows }) =>
      rows.filter((row) => !findings.some((f: Finding) => sameSentence(row, f.text))).map((row) => row.text),
    );
    // Deciding what is a claim is the claim model's job; this guards against it losing the seeds'
    // claims wholesale. The sentences it misses are listed in the failure message.
    expect(missed.length / SEED_CLAIMS.length, missed.join('\n')).toBeLessThan(0.15);
  });
});
