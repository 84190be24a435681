// One type-aware linter, strict and small: typescript-eslint's strict type-checked set.
import tseslint from 'typescript-eslint';

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
);
