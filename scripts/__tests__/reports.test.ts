import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The maintainers' command, run as they run it, on a sample export.
const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = resolve(import.meta.dirname, 'report-export.sample.json');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/reports.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function tempFile(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dk-reports-')), 'export.json');
  writeFileSync(file, content);
  return file;
}

interface Group {
  quote: string;
  count: number;
  pages: string[];
  disputed: { claimId: string }[];
  nearest: { id: string; score: number }[];
}

// Each case starts Node with tsx and the catalogue: seconds, not milliseconds.
describe('npm run reports', { timeout: 30_000 }, () => {
  it('groups duplicate reports and lists the nearest catalogue entries for each', () => {
    const { code, out } = run('--format', 'json', SAMPLE);
    expect(code).toBe(0);
    const { total, groups } = JSON.parse(out) as { total: number; groups: Group[] };
    expect(total).toBe(4);
    // The two "scrubs calcium out of your arteries" reports, worded a little differently, are one group.
    expect(groups.map((g) => g.count)).toEqual([2, 1, 1]);
    const arteries = groups[0];
    expect(arteries?.pages).toEqual(['https://shop-one.example/k2-mk7', 'https://shop-two.example']);
    expect(arteries?.nearest.length).toBeGreaterThan(0);
    expect(arteries?.nearest.length).toBeLessThanOrEqual(3);
    // Its nearest entries are about K2, calcium and arteries, best first.
    expect(arteries?.nearest[0]?.id).toMatch(/k2|calcium|arter|calcif/);
    const scores = arteries?.nearest.map((n) => n.score) ?? [];
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const disputed = groups.find((g) => g.disputed.length);
    expect(disputed?.disputed[0]?.claimId).toBe('k2-directs-calcium-to-bone');
    expect(disputed?.nearest[0]?.id).toBe('k2-directs-calcium-to-bone');
  });

  it('prints a readable list by default', () => {
    const { code, out } = run(SAMPLE);
    expect(code).toBe(0);
    expect(out).toMatch(/^4 report\(s\) in 1 file\(s\): 3 distinct claim\(s\)\./);
    expect(out).toContain('reported 2×');
    expect(out).toContain('nearest entries:');
    expect(out).toContain('disputes: k2-directs-calcium-to-bone (plausible)');
  });

  it('counts a report found in two exports once', () => {
    const { out } = run('--format', 'json', SAMPLE, SAMPLE);
    expect((JSON.parse(out) as { total: number }).total).toBe(4);
  });

  it('says clearly what is wrong with a bad file, and fails', () => {
    const notJson = run(tempFile('{"format": '));
    expect(notJson.code).toBe(1);
    expect(notJson.err).toMatch(/is not JSON/);
    const wrong = run(
      tempFile(JSON.stringify({ format: 'dk-claim-reports', version: 1, reports: [{ id: 1 }] })),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/is not a report export/);
    expect(wrong.err).toMatch(/at reports\.0\.id/);
    const missing = run('/nonexistent/export.json');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read/);
    expect(run().code).toBe(2);
  });
});
