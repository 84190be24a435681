import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/__tests__/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    exclude: ['node_modules/**', '.output*/**', 'tests/e2e/**'],
    // A guard against hangs, not a speed check: property tests run thousands of cases and CI
    // machines are small, so the default 5 s would fail on a busy machine.
    testTimeout: 30_000,
  },
});
