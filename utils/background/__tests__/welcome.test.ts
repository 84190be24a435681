import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeOnInstall } from '../welcome';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const installType = (type: string) =>
  Object.assign(fakeBrowser.management, { getSelf: () => Promise.resolve({ installType: type }) });

describe('the first-run page', () => {
  it('opens once on an install from a store', async () => {
    installType('normal');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await welcomeOnInstall('install')).toBe(true);
    expect(create.mock.calls.map(([props]) => props.url)).toEqual([
      expect.stringMatching(/\/welcome\.html$/),
    ]);
  });

  it('stays shut on an update, and in an unpacked build', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    installType('normal');
    expect(await welcomeOnInstall('update')).toBe(false);
    installType('development');
    expect(await welcomeOnInstall('install')).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });
});
