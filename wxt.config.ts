import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT imports this file in Node at build time: keep it declarative.
export default defineConfig({
  // Parallel work (and the benchmark) can build into its own folder: WXT_OUT_DIR=.output-x.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'D3/K2 Claim Check',
    description:
      'Marks vitamin D3 and K2 health claims on the page and grades them against a curated, sourced catalogue. Page text never leaves your browser.',
    permissions: ['storage', 'tabs'],
  },
});
