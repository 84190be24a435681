import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

// What a bench run is asked for, where it builds, and the build itself.

/** The repository. */
export const ROOT = resolve(import.meta.dirname, '../..');
// The benchmark builds into its own folder so it never races a developer's or CI's build.
export const OUT_DIR = process.env.WXT_OUT_DIR ?? '.output-bench';
/** The bench build of the extension. */
export const EXTENSION_DIR = resolve(ROOT, OUT_DIR, 'chrome-mv3');
/** Where the reference extensions are written (./reference.ts). */
export const REFERENCE_DIR = resolve(ROOT, OUT_DIR, 'reference');

/** A run's command-line options. */
export interface Options {
  build: boolean;
  out: string;
  only: string | null;
  keepTraces: boolean;
  runs: number;
}

/** Reads the command line. */
export function parseArgs(argv: string[]): Options {
  const options: Options = {
    build: true,
    out: join(ROOT, 'artifacts/bench/bench.jsonl'),
    only: null,
    keepTraces: false,
    runs: 5,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--keep-traces') options.keepTraces = true;
    else if (arg === '--out') options.out = resolve(argv[++i] ?? '');
    else if (arg === '--only') options.only = argv[++i] ?? null;
    else if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else
      throw new Error(
        `unknown argument ${String(arg)} (use --no-build, --out FILE, --only NAME, --runs N, --keep-traces)`,
      );
  }
  return options;
}

/** Builds the extension into OUT_DIR, with the bench's marks on (WXT_BENCH=1). */
export function build(): void {
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  const result = spawnSync(process.execPath, [wxt, 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    // WXT_BENCH=1 lets the content script mark dk-scan-start / dk-scan-end on the page's performance
    // timeline (import.meta.env.WXT_BENCH); store builds never expose those marks to pages.
    env: { ...process.env, WXT_OUT_DIR: OUT_DIR, WXT_BENCH: '1' },
  });
  if (result.status !== 0) throw new Error('the build failed (see above)');
}
