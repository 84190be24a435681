import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFirefox } from '../../browser-path';
import { builtExtension } from '../fixtures';

// Drives a stock Firefox with our Firefox build installed, for ./firefox.spec.ts.
// Playwright drives Firefox only through its own patched build (which cannot be downloaded here)
// or through WebDriver BiDi commands that Firefox 140 ESR lacks, so this speaks Marionette, the
// protocol Firefox has always had: JSON over TCP, each message prefixed by its length.

/** The Firefox build that `npm run build:firefox` writes (WXT_OUT_DIR as for the Chrome build). */
export const FIREFOX_EXTENSION_DIR = builtExtension('firefox-mv2');

/** Our add-on id (wxt.config.ts) and the internal UUID we give it, so its pages have a known URL. */
const ADDON_ID = 'd3k2-claim-check@dk-claim-check';
const ADDON_UUID = '5d0f3a52-6c1e-4b7a-9f2d-3e8c1b7a4d60';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** A Marionette session on one Firefox with the extension installed. */
export interface Firefox {
  /** Loads a URL in the current tab and waits for its load event. */
  navigate(url: string): Promise<void>;
  /** Runs a function body in the current tab's page (`return` gives the result; `arguments` the args). */
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  /** Moves the pointer to a point of the viewport and rests there. */
  pointerTo(x: number, y: number): Promise<void>;
  /** Saves a PNG of the current tab's viewport. */
  screenshot(path: string): Promise<void>;
  /** Opens a new tab, makes it current, and returns its handle. */
  newTab(): Promise<string>;
  /** The current tab's handle. */
  currentTab(): Promise<string>;
  /** Makes a tab current. */
  switchTo(handle: string): Promise<void>;
  /** Runs a function body with the browser's own privileges (Marionette's chrome context). */
  chrome<T>(body: string, ...args: unknown[]): Promise<T>;
  /** The browser console's messages since start (our content script's warnings among them). */
  consoleMessages(): Promise<string[]>;
  close(): Promise<void>;
}

/** A length-prefixed JSON connection: sends commands, resolves each with its answer. */
function marionette(socket: Socket) {
  let buffer = Buffer.alloc(0);
  let nextId = 0;
  const pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  let hello: ((v: unknown) => void) | null = null;
  let refused: ((e: Error) => void) | null = null;
  /** Why the connection is gone, once it is: every later command fails with it. */
  let gone: Error | null = null;
  const greeted = new Promise((ok, fail) => {
    hello = ok;
    refused = fail;
  });
  socket.on('data', (data) => {
    buffer = Buffer.concat([buffer, data]);
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const message: unknown = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString());
      buffer = buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        hello?.(message);
        continue;
      }
      const [, id, error, result] = message as [number, number, { message?: string } | null, unknown];
      const waiter = pending.get(id);
      pending.delete(id);
      if (error) waiter?.fail(new Error(`Marionette: ${error.message ?? JSON.stringify(error)}`));
      else waiter?.ok(result);
    }
  });
  const end = (why: Error) => {
    gone ??= why;
    refused?.(gone);
    for (const w of pending.values()) w.fail(gone);
    pending.clear();
  };
  socket.on('error', (e) => {
    end(new Error(`Marionette: ${e.message}`));
  });
  socket.on('close', () => {
    end(new Error('Marionette: Firefox closed the connection'));
  });
  const send = <T>(command: string, params: object = {}): Promise<T> =>
    new Promise<T>((ok, fail) => {
      if (gone) {
        fail(gone);
        return;
      }
      const id = ++nextId;
      pending.set(id, { ok: ok as (v: unknown) => void, fail });
      const body = JSON.stringify([0, id, command, params]);
      socket.write(`${Buffer.byteLength(body)}:${body}`);
    });
  return { greeted, send };
}

async function waitFor<T>(what: string, get: () => T | undefined, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Firefox: no ${what} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts a headless Firefox in a fresh profile and installs our Firefox build as a temporary add-on. */
export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'dk-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      // Marionette on a free port, written to MarionetteActivePort.
      ['marionette.port', 0],
      ['extensions.webextensions.uuids', JSON.stringify({ [ADDON_ID]: ADDON_UUID })],
      ['browser.shell.checkDefaultBrowser', false],
      ['datareporting.policy.dataSubmissionEnabled', false],
      ['browser.aboutwelcome.enabled', false],
    ]
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  // --remote-allow-system-access lets Marionette read the browser console (consoleMessages).
  const child: ChildProcess = spawn(
    findFirefox(),
    ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile],
    { stdio: 'ignore', env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  const exited = new Promise<void>((ok) => {
    child.once('exit', () => {
      ok();
    });
  });
  const portFile = join(profile, 'MarionetteActivePort');
  try {
    const port = await waitFor(
      'Marionette port',
      () => {
        if (child.exitCode !== null)
          throw new Error(`Firefox exited (${child.exitCode}) before Marionette started`);
        return existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) || undefined : undefined;
      },
      30_000,
    );
    const socket = connect(port, '127.0.0.1');
    const { greeted, send } = marionette(socket);
    await greeted;
    await send('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await send('Addon:Install', { path: FIREFOX_EXTENSION_DIR, temporary: true });
    const chrome = async <T>(body: string, ...args: unknown[]): Promise<T> => {
      await send('Marionette:SetContext', { value: 'chrome' });
      try {
        return (await send<{ value: T }>('WebDriver:ExecuteScript', { script: body, args })).value;
      } finally {
        await send('Marionette:SetContext', { value: 'content' });
      }
    };
    const close = async () => {
      await send('WebDriver:DeleteSession').catch(() => undefined);
      socket.destroy();
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    };
    return {
      navigate: async (url) => {
        await send('WebDriver:Navigate', { url });
      },
      run: async <T>(body: string, ...args: unknown[]) =>
        (await send<{ value: T }>('WebDriver:ExecuteScript', { script: body, args })).value,
      pointerTo: async (x, y) => {
        await send('WebDriver:PerformActions', {
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [
                { type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 },
                { type: 'pause', duration: 100 },
              ],
            },
          ],
        });
      },
      screenshot: async (path) => {
        const { value } = await send<{ value: string }>('WebDriver:TakeScreenshot', { full: false });
        writeFileSync(path, Buffer.from(value, 'base64'));
      },
      newTab: async () => {
        const { handle } = await send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
        await send('WebDriver:SwitchToWindow', { handle });
        return handle;
      },
      currentTab: async () => (await send<{ value: string }>('WebDriver:GetWindowHandle')).value,
      switchTo: async (handle) => {
        await send('WebDriver:SwitchToWindow', { handle });
      },
      chrome,
      consoleMessages: () =>
        chrome<string[]>(
          'return Services.console.getMessageArray().map((m) => m.message ?? m.errorMessage ?? String(m));',
        ),
      close,
    };
  } catch (e) {
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
