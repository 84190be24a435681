import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The content script's fence (eslint.config.js, CONTENT_SCRIPT_FENCE): its files import no values
// from zod, the catalogue, the claims barrel, the background or the zod-checked modules.

const ROOT = resolve(import.meta.dirname, '../../..');
const RULE = '@typescript-eslint/no-restricted-imports';

/** The fence's messages for `code` as if it were the file at `path` (the fence's rule alone). */
async function fenceErrors(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: ROOT,
    // The rule reads the import as written: no type information is needed for a file not on disk.
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === RULE,
  });
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('the lint fence around the content script', () => {
  it('fails on a deliberate bad import in the page', async () => {
    const bad = [
      `import { CATALOGUE } from '../../claims/catalogue';`,
      `import { entryById } from '../../../claims/catalogue/index';`,
      `import { catalogueFinder } from '../../claims';`,
      `import { z } from 'zod';`,
      `import { z } from '../../claims/zod';`,
      `import { handleMessage } from '../background/messages';`,
      `import { backgroundMessageSchema } from '../messages';`,
      `import { settingsSchema } from '../settings';`,
      `import { loadQueue } from '../reports/queue';`,
      `import { GradeBadge } from '../../components/GradeBadge';`,
    ];
    for (const line of bad) {
      const errors = await fenceErrors('utils/page/tooltip/fixture.ts', `${line}\n`);
      expect(errors.length, line).toBeGreaterThan(0);
      for (const error of errors) expect(error, line).toMatch(new RegExp(`^${RULE}: `));
    }
    expect(
      await fenceErrors('entrypoints/content/fixture.ts', `import { CATALOGUE } from '../../claims';\n`),
    ).toHaveLength(1);
  });

  it('lets through types, the small modules of the core and the zod-free shared ones', async () => {
    const code = [
      `import type { Entry } from '../../claims';`,
      `import type { WireFinding } from '../messages';`,
      `import { GRADE_KEYS } from '../../claims/grades';`,
      `import { passesGate } from '../../claims/finder/gate';`,
      `import { settingsItem } from '../settings/definition';`,
      `import { reportRequest } from '../reports/request';`,
      `import { browser } from 'wxt/browser';`,
      `export type { Entry, WireFinding };`,
      `export const used = [GRADE_KEYS, passesGate, settingsItem, reportRequest, browser];`,
    ].join('\n');
    expect(await fenceErrors('utils/page/fixture.ts', code)).toEqual([]);
  });

  it('fences the content script only: extension pages may import the catalogue', async () => {
    expect(await fenceErrors('components/fixture.tsx', `import { CATALOGUE } from '../claims';\n`)).toEqual(
      [],
    );
  });
});

/** Files a module imports values from (type-only imports and exports left out), resolved. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const node of source.statements) {
    if (!ts.isImportDeclaration(node) && !ts.isExportDeclaration(node)) continue;
    if (!node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier)) continue;
    if (ts.isImportDeclaration(node) && node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword)
      continue;
    if (ts.isExportDeclaration(node) && node.isTypeOnly) continue;
    const spec = node.moduleSpecifier.text;
    if (!spec.startsWith('.')) {
      found.push(spec);
      continue;
    }
    const base = resolve(dirname(file), spec);
    const hit = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find(
      (p) => existsSync(p) && statSync(p).isFile(),
    );
    found.push(hit ?? base);
  }
  return found;
}

describe('what the content script bundles', () => {
  it('reaches no zod, catalogue or background module, however indirectly', () => {
    const seen = new Set<string>();
    const queue = [resolve(ROOT, 'entrypoints/content/index.ts')];
    for (let file = queue.shift(); file; file = queue.shift()) {
      if (seen.has(file)) continue;
      seen.add(file);
      if (!/\.tsx?$/.test(file)) continue;
      for (const dep of valueImports(file)) {
        if (dep.startsWith('/')) queue.push(dep);
        else seen.add(dep);
      }
    }
    const reached = [...seen].map((f) => (f.startsWith('/') ? relative(ROOT, f) : f));
    expect(reached).toContain('utils/page/annotator.ts');
    const forbidden = reached.filter((f) =>
      /^zod|^claims\/(zod|index|schema)\.ts$|^claims\/catalogue\/|background|^utils\/messages\.ts$|^utils\/settings\/index\.ts$|^components\//.test(
        f,
      ),
    );
    expect(forbidden).toEqual([]);
  });
});
