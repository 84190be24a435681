import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TextBlock } from '../../../claims/finder/types';
import { selectRuns } from '../../../claims/finder/select';
import { createScanScheduler, judgeMutations } from '../watch';

// What a page change costs: which blocks are sent for analysis, and which mutations cause a rescan.

const block = (text: string, start: number, heading = false): TextBlock =>
  heading ? { text, start, heading } : { text, start };

describe('the runs the content script sends (selectRuns)', () => {
  it('sends a gated block with the blocks around it and its heading, and nothing else', () => {
    const blocks = [
      block('Free shipping', 0),
      block('Benefits of our drops', 14, true),
      block('Made in Norway', 36),
      block('Glass bottle', 51),
      block('Vitamin K2 directs calcium to your bones.', 64),
      block('Store cool and dry', 106),
    ];
    expect(selectRuns(blocks).map((run) => run.map((b) => b.text))).toEqual([
      ['Benefits of our drops'],
      ['Glass bottle', 'Vitamin K2 directs calcium to your bones.', 'Store cool and dry'],
    ]);
  });

  it('keeps distant claims in separate runs, so one changed claim is analysed alone', () => {
    const blocks = [
      block('Vitamin D3 supports bones.', 0),
      block('a', 27),
      block('b', 29),
      block('c', 31),
      block('Take K2 with D3 daily.', 33),
    ];
    expect(selectRuns(blocks)).toHaveLength(2);
  });

  it('sends nothing for a page without D/K2 text', () => {
    expect(selectRuns([block('Free shipping on orders over $30.', 0)])).toEqual([]);
  });
});

describe('judgeMutations', () => {
  const { document } = parseHTML(
    '<html><body><p id="ticker">Sale ends in 5</p><p id="claim">Vitamin K2 directs calcium.</p><div data-dk-claim-check></div></body></html>',
  );
  const textOf = (id: string) => document.getElementById(id)?.firstChild as Node;
  const record = (r: Partial<MutationRecord>) =>
    ({ type: 'childList', addedNodes: [], removedNodes: [], ...r }) as unknown as MutationRecord;
  const none = () => false;

  it('ignores a ticker whose text cannot hold a claim', () => {
    expect(judgeMutations([record({ type: 'characterData', target: textOf('ticker') })], none)).toEqual({
      rescan: false,
      roots: [],
    });
  });

  it('rescans when new text passes the gate, or when marked text changes or goes', () => {
    const added = document.createElement('p');
    added.textContent = 'Taking K2 with D3 helps prevent heart disease.';
    expect(
      judgeMutations([record({ target: document.body, addedNodes: [added] as never })], none).rescan,
    ).toBe(true);
    const marked = (n: Node) => n === textOf('claim');
    expect(judgeMutations([record({ type: 'characterData', target: textOf('claim') })], marked).rescan).toBe(
      true,
    );
    expect(
      judgeMutations([record({ target: document.body, removedNodes: [textOf('claim')] as never })], marked)
        .rescan,
    ).toBe(true);
  });

  it('names the added frames and components to look into, and rescans only for their text', () => {
    const added = (...nodes: Node[]) =>
      judgeMutations([record({ target: document.body, addedNodes: nodes as never })], none);
    const card = document.createElement('product-card');
    card.textContent = 'Free shipping on every order.';
    const frame = document.createElement('iframe');
    // A plain element that holds a component or a frame, as frameworks append them.
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<section><p>Deals</p><product-card></product-card></section>';
    const plain = document.createElement('div');
    plain.innerHTML = '<section><p>Deals</p><p>More deals</p></section>';
    expect(added(card, frame, plain, wrapper)).toEqual({ rescan: false, roots: [card, frame, wrapper] });

    const claimCard = document.createElement('product-card');
    claimCard.textContent = 'Vitamin K2 directs calcium.';
    const verdict = added(claimCard, card);
    expect(verdict.rescan).toBe(true);
    // A rescan needs to know only that there is something to look into.
    expect(verdict.roots.length).toBeGreaterThan(0);
  });

  it('ignores changes to our own UI', () => {
    const own = document.querySelector('[data-dk-claim-check]') as Element;
    const added = document.createElement('p');
    added.textContent = 'Vitamin K2 directs calcium.';
    own.append(added);
    expect(judgeMutations([record({ target: own, addedNodes: [added] as never })], none).rescan).toBe(false);
  });
});

describe('createScanScheduler', () => {
  /** A content script context whose timers are vitest's fake ones. */
  const fakeCtx = () =>
    ({
      isInvalid: false,
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    }) as unknown as ContentScriptContext;

  /** Requests a scan every 100 ms for 20 s, as a busy page would; returns how often it scanned. */
  async function runsUnderChurn(changes: boolean): Promise<number> {
    vi.useFakeTimers();
    let runs = 0;
    const scheduler = createScanScheduler<string>(fakeCtx(), () => {
      runs++;
      return Promise.resolve(changes);
    });
    for (let t = 0; t < 20_000; t += 100) {
      scheduler.request('body');
      await vi.advanceTimersByTimeAsync(100);
    }
    scheduler.cancel();
    vi.useRealTimers();
    return runs;
  }

  it('backs off on a page that keeps changing without new claims (a ticker)', async () => {
    expect(await runsUnderChurn(false)).toBeLessThanOrEqual(8);
  });

  it('keeps up with a page whose claims really change', async () => {
    expect(await runsUnderChurn(true)).toBeGreaterThanOrEqual(25);
  });
});
