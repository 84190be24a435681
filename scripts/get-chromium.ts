// A Chromium for the demo on a fresh machine: the one tests/browser-path.ts finds, else Debian's
// package through apt-get where this user may install (root, or sudo without a password, as
// .ci/run does), else Playwright's own download where that works; else it says what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium } from '../tests/browser-path';

const ROOT = resolve(import.meta.dirname, '..');

/** What this machine allows, as far as getting a browser goes. */
export interface Machine {
  readonly root: boolean;
  /** sudo runs without asking for a password. */
  readonly sudo: boolean;
  readonly aptGet: boolean;
}

/** One way of getting a Chromium: what it is called, and the commands it runs. */
export interface Way {
  readonly name: string;
  readonly commands: readonly (readonly string[])[];
}

/** The ways to try on a machine, in order. */
export function waysToGetChromium(machine: Machine): Way[] {
  const ways: Way[] = [];
  if (machine.aptGet && (machine.root || machine.sudo)) {
    const sudo = machine.root ? [] : ['sudo', '-n'];
    ways.push({
      name: "Debian's chromium package (apt-get)",
      commands: [
        [...sudo, 'apt-get', 'update', '-q'],
        [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', 'chromium'],
      ],
    });
  }
  ways.push({
    name: "Playwright's Chromium download",
    commands: [[process.execPath, join(ROOT, 'node_modules/@playwright/test/cli.js'), 'install', 'chromium']],
  });
  return ways;
}

/** What to tell a reader when no way worked. */
export const NO_CHROMIUM = [
  'No Chromium found, and none could be installed here. Any one of these will do:',
  '  - on Debian or Ubuntu: sudo apt-get install -y chromium',
  '  - where downloads work: npx playwright install chromium',
  '  - or point CHROMIUM_PATH at a Chromium binary (Google Chrome-branded builds will not load',
  '    an unpacked extension from the command line).',
  'Then run npm run demo again.',
].join('\n');

/** The machine this runs on. */
function thisMachine(): Machine {
  const ok = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
  return {
    root: process.getuid?.() === 0,
    sudo: ok('sudo', ['-n', 'true']),
    aptGet: existsSync('/usr/bin/apt-get'),
  };
}

/** A Chromium's path, installing one first if there is none and this machine lets us. */
export function getChromium(log: (line: string) => void = console.log): string {
  try {
    return findChromium();
  } catch {
    // None yet: try to get one.
  }
  for (const way of waysToGetChromium(thisMachine())) {
    log(`demo: no Chromium found; trying ${way.name}`);
    const failed = way.commands.find(([command = '', ...args]) => {
      log(`  $ ${[command, ...args].join(' ')}`);
      return spawnSync(command, args, { stdio: 'inherit' }).status !== 0;
    });
    if (failed) continue;
    try {
      return findChromium();
    } catch {
      // Installed, but not where we look: try the next way.
    }
  }
  throw new Error(NO_CHROMIUM);
}
