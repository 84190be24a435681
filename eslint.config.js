// One type-aware linter, strict and small: typescript-eslint's strict type-checked set.
import tseslint from 'typescript-eslint';

/**
 * The content script's fence. It loads on every page, so it must stay small, and it must not reach
 * into the background. Its files may not import values from these (types are erased at build, so
 * `import type` is fine). Patterns are matched against the import as written, relative or not.
 * utils/page/__tests__/fence.test.ts shows the fence stops a bad import.
 */
export const CONTENT_SCRIPT_FENCE = [
  {
    regex: '^zod(/|$)|(^|/)claims/zod$',
    message: 'No zod in the content script: check by hand (see utils/page/message-checks.ts).',
  },
  { regex: '(^|/)catalogue(/|$)', message: 'The catalogue stays in the background: ask it with a message.' },
  {
    regex: '(^|/)claims(/index)?$',
    message: "claims/index brings the whole catalogue: import the finder's small modules directly.",
  },
  { regex: '(^|/)background(/|$)', message: "The background's modules do not belong in the page." },
  { regex: '(^|/)components/', message: "The extension pages' components do not belong in the page." },
  {
    regex: '(^|/)messages$',
    message: 'Messages are checked by hand in the page (utils/page/message-checks.ts); zod stays out.',
  },
  {
    regex: '(^|/)settings(/index)?$',
    message: 'Read the settings through utils/settings/definition.ts (utils/page/read-settings.ts).',
  },
  {
    regex: '(^|/)reports/(?!request$)',
    message: 'Of the reports, only the request builder (utils/reports/request.ts) is zod-free.',
  },
].map((pattern) => ({ ...pattern, caseSensitive: true, allowTypeImports: true }));

/** The files that make up the content script. */
export const CONTENT_SCRIPT_FILES = ['utils/page/**', 'entrypoints/content/**'];

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'artifacts/**', 'eslint.config.js'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Template literals with numbers are how we build messages and CSS.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Non-null assertions hide real bugs; prefer explicit checks.
      '@typescript-eslint/no-non-null-assertion': 'error',
      // webextension-polyfill listeners reply by returning a promise, which this rule would forbid.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    // zod comes through claims/zod.ts, which configures it before any schema is built.
    ignores: ['claims/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import { z } from claims/zod.ts: it sets zod's config first." }] },
      ],
    },
  },
  {
    files: CONTENT_SCRIPT_FILES,
    // Tests hold the page's hand checks to the zod schemas: they may import both.
    ignores: ['**/__tests__/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: CONTENT_SCRIPT_FENCE }] },
  },
);
