import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../handle-message';
import { readProduct } from '../product';
import { clearTab, getTabFindings, setTabMarksHidden } from '../tab-state';
import { tabStateSchema } from '../../messages';
import { graded as finding } from './finding';

// Each test uses its own tab id: the background's memory maps outlive fakeBrowser.reset().
let nextTab = 300;
let tabId: number;
beforeEach(() => {
  fakeBrowser.reset();
  tabId = nextTab++;
});

const block = (text: string, start = 0) => ({ text, start });

describe("the tab's product", () => {
  it('is read from the blocks of several messages and kept beside the findings', async () => {
    await readProduct(tabId, [block('Vitamin D3 (as cholecalciferol) 125 mcg (5000 IU)')]);
    await readProduct(tabId, [block('Vitamin K2 (as MK-7) 100 mcg'), block('Take one softgel daily.', 60)]);
    await handleMessage(
      { type: 'page-findings', url: 'https://shop.example/p', findings: [finding('unproven')] },
      tabId,
    );
    await setTabMarksHidden(tabId, true);
    const state = await getTabFindings(tabId);
    expect(state?.findings).toHaveLength(1);
    expect(state?.product).toMatchObject({
      d: { perServing: 5000, perDay: 5000 },
      k: { perServing: 100 },
      cautions: ['above-limit', 'warfarin', 'kidney-calcium'],
    });
    // What the popup gets passes the popup's schema.
    expect(
      tabStateSchema.safeParse(await handleMessage({ type: 'get-tab-findings', tabId }, undefined)).success,
    ).toBe(true);
  });

  it("starts again on the tab's next page", async () => {
    await readProduct(tabId, [block('Vitamin D3 10,000 IU softgels')]);
    await clearTab(tabId);
    await readProduct(tabId, [block('Vitamin D3 1,000 IU tablets')]);
    expect((await getTabFindings(tabId))?.product?.d?.perServing).toBe(1000);
  });

  it('survives the findings and the product arriving at once', async () => {
    await Promise.all([
      readProduct(tabId, [block('Vitamin D3 2,000 IU a day')]),
      handleMessage(
        { type: 'page-findings', url: 'https://shop.example/q', findings: [finding('mixed')] },
        tabId,
      ),
    ]);
    const state = await getTabFindings(tabId);
    expect(state?.findings).toHaveLength(1);
    expect(state?.product?.d?.perDay).toBe(2000);
  });
});
