// `npm run demo [-- --no-build] [--out DIR] [--port N] [--headless]`: builds the extension, serves the
// demo shop on 127.0.0.1 and opens Chromium with the extension on it. With a display ($DISPLAY) the
// browser stays open until Ctrl+C; without one it runs headless, saves screenshots and exits. On a
// machine without Chromium it installs one first where it can (./get-chromium.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_DIR, extensionWorker, launchWithExtension } from '../tests/e2e/fixtures';
import { startServer, type TestServer } from '../tests/e2e/server';
import { getChromium } from './get-chromium';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO_PAGES = join(ROOT, 'tests/pages/demo');

interface Options {
  build: boolean;
  out: string;
  port: number;
  headless: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    build: true,
    out: join(ROOT, 'artifacts/demo'),
    port: 0,
    headless: !process.env.DISPLAY,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--headless') options.headless = true;
    else if (arg === '--out') options.out = resolve(argv[++i] ?? '');
    else if (arg === '--port') options.port = Number(argv[++i]);
    else throw new Error(`unknown argument ${String(arg)} (use --no-build, --headless, --out DIR, --port N)`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new Error('--port takes a port number (0 picks a free one)');
  return options;
}

/** Builds the Chrome extension into WXT_OUT_DIR (default .output), as `npm run build` does. */
function build(): void {
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  const result = spawnSync(process.execPath, [wxt, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed (see above)');
}

/** Waits until the content script has painted at least one highlight; the number of marked claims. */
async function waitForMarks(page: Page): Promise<number> {
  const marked = () =>
    page.evaluate(() => {
      let n = 0;
      CSS.highlights.forEach((h, name) => {
        if (name !== 'dk-flash') n += h.size;
      });
      return n;
    });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const n = await marked();
    if (n > 0) {
      // Let a scan that is still going finish: wait until the count holds for a moment.
      await page.waitForTimeout(400);
      const settled = await marked();
      if (settled === n) return n;
    } else if (Date.now() > deadline) {
      throw new Error('no claim was marked within 20 s: is the build in ' + EXTENSION_DIR + ' current?');
    } else await page.waitForTimeout(200);
  }
}

/** The browser's tab id for a page, asked from the extension's service worker. */
async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const worker = await extensionWorker(context);
  const id = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (id === undefined) throw new Error(`no tab found for ${url}`);
  return id;
}

/** Screenshots of the annotated page and the popup, plus both side by side for the README. */
async function screenshots(context: BrowserContext, page: Page, out: string): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const files = {
    page: join(out, 'page.png'),
    full: join(out, 'page-full.png'),
    popup: join(out, 'popup.png'),
    overview: join(out, 'overview.png'),
  };
  await page.screenshot({ path: files.page });
  await page.screenshot({ path: files.full, fullPage: true });

  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  const tabId = await tabIdOf(context, page.url());
  const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 800, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('verdict').waitFor();
  await popup.waitForTimeout(300);
  const verdict = (await popup.getByTestId('verdict').textContent()) ?? '';
  // Browsers size a popup to its content, up to 800 x 600: clip to what the reader would see.
  const size = await popup.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const box = main.getBoundingClientRect();
    return {
      width: Math.ceil(box.right),
      height: Math.ceil(Math.max(box.bottom, document.body.scrollHeight)),
    };
  });
  const popupWidth = Math.min(800, size.width);
  await popup.screenshot({
    path: files.popup,
    clip: { x: 0, y: 0, width: popupWidth, height: Math.min(600, size.height) },
  });
  await popup.close();

  // The overview puts the popup beside the page, as a reader sees both, without covering the marks.
  const overview = await context.newPage();
  await overview.setViewportSize({ width: 1280 + 20 + popupWidth + 20, height: 800 });
  const dataUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  await overview.setContent(
    `<body style="margin:0;display:flex;gap:20px;align-items:flex-start;background:#e8eaed;height:800px;overflow:hidden">
       <img src="${dataUrl(files.page)}" style="width:1280px;box-shadow:0 0 0 1px #c9ccd1">
       <img src="${dataUrl(files.popup)}" style="margin-top:12px;border-radius:8px;
         box-shadow:0 0 0 1px #c9ccd1,0 8px 28px rgb(0 0 0 / .22)">
     </body>`,
  );
  await overview.screenshot({ path: files.overview });
  await overview.close();

  console.log(`demo: badge ${JSON.stringify(badge)}; popup says: ${verdict.trim()}`);
  return Object.values(files);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  // Before the build, so a machine that cannot have a browser says so at once.
  console.log(`demo: using Chromium at ${getChromium()}`);
  if (options.build) build();
  const server: TestServer = await startServer(DEMO_PAGES, options.port);
  const url = `${server.url}/`;
  console.log(`demo: serving the demo shop at ${url}`);
  const context = await launchWithExtension({ headless: options.headless });
  let closed = false;
  const shutdown = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    await server.close();
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    const marks = await waitForMarks(page);
    console.log(`demo: ${marks} claims marked on the page`);
    if (options.headless) {
      const files = await screenshots(context, page, options.out);
      console.log(`demo: screenshots in ${relative(process.cwd(), options.out) || '.'}/`);
      for (const f of files) console.log(`  ${relative(process.cwd(), f)}`);
      await shutdown();
      return;
    }
    console.log('demo: Chromium is open. Click the extension icon for the popup. Ctrl+C to stop.');
    await new Promise<void>((done) => {
      const stop = () => {
        done();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      context.once('close', stop);
    });
    await shutdown();
  } catch (e) {
    await shutdown();
    throw e;
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
