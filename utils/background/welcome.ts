import { browser } from 'wxt/browser';

// The first-run page opens once, when the extension is installed (not on updates). An unpacked
// build (a developer's, or the end-to-end tests' and the benchmark's fresh profiles) is left alone:
// a tab of our own would open in every one of them.

/** Opens the welcome page after an install from a store; returns whether it did. */
export async function welcomeOnInstall(reason: string): Promise<boolean> {
  if (reason !== 'install') return false;
  const management = (browser as Partial<Pick<typeof browser, 'management'>>).management;
  const self = await management?.getSelf().catch(() => undefined);
  if (self?.installType === 'development') return false;
  // The page is another entrypoint; typed getURL only knows the paths built so far.
  await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)('/welcome.html') });
  return true;
}
