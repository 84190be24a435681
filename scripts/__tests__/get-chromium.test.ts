import { describe, expect, it } from 'vitest';
import { NO_CHROMIUM, waysToGetChromium } from '../get-chromium';

// What the demo tries on a machine without Chromium, in order, without running any of it.

describe('getting a Chromium for the demo', () => {
  it("installs Debian's package first as root, then tries Playwright's download", () => {
    const ways = waysToGetChromium({ root: true, sudo: false, aptGet: true });
    expect(ways.map((w) => w.name)).toEqual([
      "Debian's chromium package (apt-get)",
      "Playwright's Chromium download",
    ]);
    expect(ways[0]?.commands).toEqual([
      ['apt-get', 'update', '-q'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', 'chromium'],
    ]);
    expect(ways[1]?.commands[0]?.slice(-2)).toEqual(['install', 'chromium']);
  });

  it('goes through sudo without a password, never one that would ask', () => {
    const [apt] = waysToGetChromium({ root: false, sudo: true, aptGet: true });
    for (const command of apt?.commands ?? []) expect(command.slice(0, 2)).toEqual(['sudo', '-n']);
  });

  it('leaves apt-get out where it cannot run, and says plainly what to do if nothing works', () => {
    expect(waysToGetChromium({ root: false, sudo: false, aptGet: true }).map((w) => w.name)).toEqual([
      "Playwright's Chromium download",
    ]);
    expect(waysToGetChromium({ root: true, sudo: false, aptGet: false })).toHaveLength(1);
    expect(NO_CHROMIUM).toContain('sudo apt-get install -y chromium');
    expect(NO_CHROMIUM).toContain('npx playwright install chromium');
    expect(NO_CHROMIUM).toContain('CHROMIUM_PATH');
  });
});
