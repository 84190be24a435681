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
  // No auto-imports: every module says what it uses, and the content script's fence
  // (eslint.config.js) can see every import.
  imports: false,
  hooks: {
    // Chrome warns about manifest keys it does not know; this one is for Firefox alone.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') delete manifest.browser_specific_settings;
      // MV2 has no optional_host_permissions: the endpoint's host is an optional permission there.
      if (wxt.config.manifestVersion === 2) manifest.optional_permissions = ['https://*/*'];
    },
  },
  manifest: {
    name: 'D3/K2 Claim Check',
    description:
      'Marks vitamin D3 and K2 health claims on the page and grades them against a curated, sourced catalogue. Page text never leaves your browser.',
    permissions: ['storage', 'tabs', 'contextMenus', 'alarms', 'activeTab', 'scripting'],
    // Reports go to an endpoint the reader sets; its host is asked for only then. Loopback is
    // granted up front only in a test build (DK_TEST_BUILD=1, for a local endpoint): a shipped
    // extension holds no host permission of its own beyond what the content script needs.
    host_permissions: process.env.DK_TEST_BUILD ? ['http://127.0.0.1/*', 'http://localhost/*'] : [],
    optional_host_permissions: ['https://*/*'],
    // Keyboard access to marks, which are not elements: step through the page's claims.
    // Alt+Shift+N/P are free in Chrome and Firefox; readers can rebind them in the browser.
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next vitamin D/K2 claim on the page and explain it',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous vitamin D/K2 claim on the page and explain it',
      },
    },
    // Firefox only (dropped from other builds by the hook below). The extension collects and
    // transmits nothing by itself: page text never leaves the browser.
    browser_specific_settings: {
      gecko: {
        id: 'd3k2-claim-check@dk-claim-check',
        strict_min_version: '140.0',
        // Nothing is collected to use the extension. A report the reader chooses to send to their
        // endpoint carries a quote and the page's address: that is optional, asked for at sending.
        data_collection_permissions: { required: ['none'], optional: ['websiteContent', 'browsingActivity'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
