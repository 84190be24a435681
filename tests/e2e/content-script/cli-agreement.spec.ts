import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test, expect } from '../fixtures';
import { markedTexts, waitForMarks } from './helpers';

// The scan CLI and the extension run the same extraction and finder: on the same page they must
// find the same sentences, text hidden by CSS or in a closed <details> included (neither lays the
// page out, and a shopper can open what is collapsed).

const ROOT = resolve(import.meta.dirname, '../../..');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function cliFindings(page: string): string[] {
  const out = execFileSync(
    'npx',
    ['tsx', 'scripts/scan.ts', '--format', 'json', resolve(ROOT, 'tests/pages', page)],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const [result] = JSON.parse(out) as { findings: { text: string }[] }[];
  return (result?.findings ?? []).map((f) => squash(f.text)).sort();
}

for (const page of ['hidden-claims.html', 'page-product.html', 'demo/index.html'])
  test(`the scan CLI and the extension mark the same sentences on ${page}`, async ({ context, server }) => {
    const expected = cliFindings(page);
    expect(expected.length).toBeGreaterThan(2);
    const tab = await context.newPage();
    await tab.goto(`${server.url}/${page}`);
    await waitForMarks(tab, expected.length);
    expect((await markedTexts(tab)).map(squash).sort()).toEqual(expected);
  });
