import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../background';
import { getTabFindings, setTabFindings } from '../../utils/background/tab-state';
import { getEndpoint } from '../../utils/reports/endpoint';
import { finding } from '../../utils/background/__tests__/finding';

// The background's listeners, as the browser calls them, with the sender the browser names: a
// content script (a page's code may have subverted it) reaches only what concerns its own page.

const id = fakeBrowser.runtime.id;
const contentScript = { id, url: 'https://shop.example/p', tab: { id: 4 } } as const;
const popup = { id, url: fakeBrowser.runtime.getURL('/popup.html') };
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };

/** What the background's listeners answer (the first answer, as sendMessage gives it). */
const send = async (message: object, sender: object): Promise<unknown> =>
  (await fakeBrowser.runtime.onMessage.trigger(message, sender)).find((r) => r !== undefined);

beforeAll(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.contextMenus.onClicked, { addListener: () => undefined });
  Object.assign(fakeBrowser.commands.onCommand, { addListener: () => undefined });
  background.main();
});

describe('who may send what', () => {
  it('a content script cannot set the report endpoint, list or send the queue', async () => {
    await send({ type: 'reports-set-endpoint', url: 'http://127.0.0.1:9/' }, contentScript);
    expect(await getEndpoint()).toBeNull();
    expect(await send({ type: 'reports-list' }, contentScript)).toBeUndefined();
    expect(await send({ type: 'reports-send' }, contentScript)).toBeUndefined();
  });

  it("a content script cannot read or change another tab's state; the popup can", async () => {
    await setTabFindings(9, { url: 'https://other.example/', findings: [finding] });
    expect(await send({ type: 'get-tab-findings', tabId: 9 }, contentScript)).toBeUndefined();
    await send({ type: 'set-tab-marks-hidden', tabId: 9, hidden: true }, contentScript);
    expect((await getTabFindings(9))?.marksHidden).not.toBe(true);
    expect(await send({ type: 'get-tab-findings', tabId: 9 }, popup)).toMatchObject({
      url: 'https://other.example/',
    });
  });

  it("a content script's findings are its own tab's; a page cannot report findings", async () => {
    await send({ type: 'page-findings', url: 'https://shop.example/p', findings: [finding] }, contentScript);
    expect((await getTabFindings(4))?.findings).toHaveLength(1);
    await send({ type: 'page-findings', url: 'https://x.example/', findings: [finding] }, popup);
    expect(await getTabFindings(9)).toMatchObject({ url: 'https://other.example/' });
  });

  it('a content script is answered the keyboard shortcuts its tooltip shows', async () => {
    Object.assign(fakeBrowser.commands, {
      getAll: () =>
        Promise.resolve([
          { name: 'next-claim', shortcut: 'Alt+Shift+N' },
          { name: 'previous-claim', shortcut: '' },
        ]),
    });
    expect(await send({ type: 'get-shortcuts' }, contentScript)).toEqual({
      next: 'Alt+Shift+N',
      previous: '',
    });
  });

  it('another extension is not answered', async () => {
    expect(await send({ type: 'get-tab-findings', tabId: 9 }, otherExtension)).toBeUndefined();
    expect(await send({ type: 'get-entry', id: 'k2-bone-health' }, otherExtension)).toBeUndefined();
  });
});
