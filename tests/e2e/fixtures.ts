import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../browser-path';
import { startServer, type TestServer } from './server';

/** A build of the extension: `npm run build` writes chrome-mv3, `npm run build:firefox` firefox-mv2. */
export const builtExtension = (target: 'chrome-mv3' | 'firefox-mv2') =>
  resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', target);

/** The built Chrome extension that every end-to-end test in Chromium loads. */
export const EXTENSION_DIR = builtExtension('chrome-mv3');

/**
 * Launches Chromium with the built extension in a fresh profile (headless unless told otherwise);
 * pass `profile` to reopen an earlier profile, as a browser restart does.
 */
export async function launchWithExtension(
  options: { headless?: boolean; profile?: string } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(options.profile ?? mkdtempSync(join(tmpdir(), 'dk-profile-')), {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
    ],
  });
}

/** The extension's service worker, waiting for it to start if needed. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<{ context: BrowserContext; extensionId: string }, { server: TestServer }>({
  server: [
    async ({}, use) => {
      const server = await startServer(resolve(import.meta.dirname, '../pages'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await extensionWorker(context);
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;
