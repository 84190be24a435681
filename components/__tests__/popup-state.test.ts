import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../utils/background/handle-message';
import { backgroundMessageSchema, contentMessageSchema, type WireFinding } from '../../utils/messages';
import { parsePageMessage } from '../../utils/page/message-checks';
import { clearTab } from '../../utils/background/tab-state';
import { loadSettings } from '../../utils/settings';
import {
  claimGroups,
  loadPopup,
  marksHidden,
  pageSite,
  pageSiteOff,
  pageVerdict,
  popupState,
  setSiteOff,
} from '../popup-state';

const finding = (grade: WireFinding['grade'], text: string): WireFinding => ({
  text,
  start: 0,
  end: text.length,
  claimId: grade ? 'entry' : null,
  grade,
  ruleId: null,
  reason: null,
  hedged: false,
  negated: false,
});

beforeEach(() => {
  fakeBrowser.reset();
  popupState.value = { status: 'loading' };
  // The real background answers the popup, as in the browser (the fake does not answer promises
  // returned by listeners, so the reply goes through a plain function).
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = backgroundMessageSchema.safeParse(raw);
    return parsed.success ? handleMessage(parsed.data, undefined) : undefined;
  });
});

describe('the popup model', () => {
  it('says a browser page cannot be read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    await loadPopup(`?tab=${tab.id ?? -1}`);
    expect(popupState.value.status).toBe('restricted');
  });

  it('loads the tab findings and derives verdict, groups and site', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.shop.example/d3-k2' });
    const tabId = tab.id ?? -1;
    const findings = [
      finding('unproven', 'D3 and K2 prevent heart disease.'),
      finding(null, 'K2 helps you sleep.'),
    ];
    await handleMessage({ type: 'page-findings', url: 'https://www.shop.example/d3-k2', findings }, tabId);
    await handleMessage({ type: 'set-tab-marks-hidden', tabId, hidden: true }, undefined);

    await loadPopup(`?tab=${tabId}`);
    expect(popupState.value.status).toBe('ready');
    expect(pageVerdict.value).toBe(
      '1 of this page’s health promises goes beyond the evidence; 1 is not checked yet.',
    );
    expect(claimGroups.value.map((g) => [g.key, g.items.map((i) => i.index)])).toEqual([
      ['unproven', [0]],
      ['unreviewed', [1]],
    ]);
    expect(pageSite.value).toBe('shop.example');
    expect(marksHidden.value).toBe(true);
    expect(pageSiteOff.value).toBe(false);
  });

  it("keeps the text around each claim for the popup's reports; findings without it still load", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/p' });
    const tabId = tab.id ?? -1;
    const message = backgroundMessageSchema.parse({
      type: 'page-findings',
      url: 'https://shop.example/p',
      findings: [
        { ...finding(null, 'K2 helps you sleep.'), prefix: 'Our formula. ', suffix: ' Buy now.' },
        // As a content script from before the context was sent reports it (or stored state holds it).
        finding('unproven', 'D3 and K2 prevent heart disease.'),
      ],
    });
    await handleMessage(message, tabId);
    await loadPopup(`?tab=${tabId}`);
    expect(popupState.value.status === 'ready' && popupState.value.findings).toEqual([
      { ...finding(null, 'K2 helps you sleep.'), prefix: 'Our formula. ', suffix: ' Buy now.' },
      finding('unproven', 'D3 and K2 prevent heart disease.'),
    ]);
    // Context is bounded as a report's is.
    const long = { ...finding(null, 'K2 helps you sleep.'), prefix: 'x'.repeat(201) };
    expect(
      backgroundMessageSchema.safeParse({
        type: 'page-findings',
        url: 'https://shop.example/p',
        findings: [long],
      }).success,
    ).toBe(false);
  });

  it('switches the site off and back on in the stored settings', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/p' });
    await loadPopup(`?tab=${tab.id ?? -1}`);
    await setSiteOff(true);
    expect(pageSiteOff.value).toBe(true);
    expect((await loadSettings()).disabledSites).toEqual(['shop.example']);
    await setSiteOff(false);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('says there is no page when the tab is gone', async () => {
    await loadPopup('?tab=98765');
    expect(popupState.value.status).toBe('no-tab');
  });
});

describe('a page without claims', () => {
  // The fake browser has no content scripts: tabs.sendMessage throws, as Chrome's rejects when no
  // page script listens. A page's answer is simulated only where the test says so.
  const tabs = fakeBrowser.tabs;
  const unanswered = Object.getOwnPropertyDescriptor(tabs, 'sendMessage');
  // The background keeps tab states in memory, and the fake browser reuses tab ids after a reset.
  const newTab = async (url: string) => {
    const tab = await fakeBrowser.tabs.create({ url });
    await clearTab(tab.id ?? -1);
    return tab;
  };
  afterEach(() => {
    if (unanswered) Object.defineProperty(tabs, 'sendMessage', unanswered);
  });

  it('is "not checked" when its page does not answer (no content script there)', async () => {
    const tab = await newTab('https://www.shop.example/old-tab');
    await loadPopup(`?tab=${tab.id ?? -1}`);
    expect(popupState.value).toMatchObject({ status: 'ready', checked: false, findings: [] });
  });

  it('is checked when its content script answers the status question', async () => {
    const asked: unknown[] = [];
    // What the content script does with the question: the same parse it uses, then `true`.
    fakeBrowser.tabs.sendMessage = ((_tabId: number, raw: unknown) => {
      asked.push(raw);
      return Promise.resolve(parsePageMessage(raw)?.type === 'page-status' ? true : undefined);
    }) as typeof fakeBrowser.tabs.sendMessage;
    const tab = await newTab('https://www.shop.example/quiet');
    await loadPopup(`?tab=${tab.id ?? -1}`);
    expect(popupState.value).toMatchObject({ status: 'ready', checked: true, findings: [] });
    expect(pageVerdict.value).toBe('No claims about vitamin D or K2 found on this page.');
    // The question is a message the content script's schema accepts.
    expect(asked.map((m) => contentMessageSchema.safeParse(m).success)).toEqual([true]);
  });

  it('is not asked about when the background holds its claims', async () => {
    let asked = 0;
    fakeBrowser.tabs.sendMessage = (() => {
      asked++;
      return Promise.resolve(true);
    }) as typeof fakeBrowser.tabs.sendMessage;
    const tab = await newTab('https://www.shop.example/d3');
    const url = 'https://www.shop.example/d3';
    await handleMessage(
      { type: 'page-findings', url, findings: [finding('unproven', 'D3 cures all.')] },
      tab.id,
    );
    await loadPopup(`?tab=${tab.id ?? -1}`);
    expect(popupState.value).toMatchObject({ status: 'ready', checked: true });
    expect(asked).toBe(0);
  });
});
