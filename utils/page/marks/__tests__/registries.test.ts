import { describe, expect, it } from 'vitest';
import { adoptSheet, dropSheet } from '../registries';

// How the mark stylesheet joins a document's adopted sheets. The end-to-end tests check
// both in Chromium and Firefox; these pin down the cases a browser does not show on its own.

const sheet = (name: string) => ({ name }) as unknown as CSSStyleSheet;
const names = (list: readonly CSSStyleSheet[]) => list.map((s) => (s as unknown as { name: string }).name);

/** A tree as Chromium's isolated world sees it: its adopted sheets are an ordinary list. */
const chromiumTree = (sheets: CSSStyleSheet[]) => ({ adoptedStyleSheets: sheets }) as unknown as ShadowRoot;

/**
 * A tree as a Firefox content script sees it. Its adopted sheets are a list behind an Xray wrapper,
 * which has no length, cannot be iterated and refuses assignment; the page's own view of that list
 * is under the list's `wrappedJSObject`. The page's list holds the page's view of each sheet, which
 * is another object than the script's wrapper. The page's view of the tree (`wrappedJSObject`) goes
 * through the page's prototype, whose getter a page may replace (`pageBrokeGetter`).
 */
function firefoxTree(sheets: CSSStyleSheet[], pageBrokeGetter = false) {
  const pageSide = (v: unknown) => (v as { wrappedJSObject?: unknown }).wrappedJSObject ?? v;
  const page = {
    adoptedStyleSheets: new Proxy(sheets, {
      set: (target, key, value) => Reflect.set(target, key, key === 'length' ? value : pageSide(value)),
    }),
  };
  const pageTree = {
    get adoptedStyleSheets(): CSSStyleSheet[] {
      if (pageBrokeGetter) throw new Error('adoptedStyleSheets is broken on this page');
      return page.adoptedStyleSheets;
    },
  };
  const xrayList = { wrappedJSObject: page.adoptedStyleSheets };
  const tree = {
    get adoptedStyleSheets(): CSSStyleSheet[] {
      return xrayList as unknown as CSSStyleSheet[];
    },
    set adoptedStyleSheets(_: CSSStyleSheet[]) {
      throw new Error('Accessing from Xray wrapper is not supported.');
    },
    wrappedJSObject: pageTree,
  };
  return { tree: tree as unknown as Document, page };
}

/** Our sheet as a Firefox content script holds it: a wrapper whose page-side view is `wrappedJSObject`. */
const wrappedSheet = (name: string) => ({ name, wrappedJSObject: sheet(name) }) as unknown as CSSStyleSheet;

describe('adopting the mark sheet', () => {
  it("adds ours after the page's sheets and removes only ours, keeping the page's order", () => {
    const list = [sheet('page-a'), sheet('page-b')];
    const tree = chromiumTree(list);
    const ours = sheet('ours');
    adoptSheet(tree, ours);
    expect(names(list)).toEqual(['page-a', 'page-b', 'ours']);
    // The page adopts another sheet after ours; removing ours leaves both of the page's in place.
    list.push(sheet('page-c'));
    dropSheet(tree, ours);
    expect(names(list)).toEqual(['page-a', 'page-b', 'page-c']);
    dropSheet(tree, ours);
    expect(names(list)).toEqual(['page-a', 'page-b', 'page-c']);
  });

  // Firefox: the page's view of the list, reached through the browser's own getter (the page's may
  // have been replaced).
  it.each([
    ['as the page left it', false],
    ["when the page replaced the list's getter", true],
  ])("goes through the page's view where the content script's view refuses (Firefox, %s)", (_, broken) => {
    const { tree, page } = firefoxTree([sheet('page-a')], broken);
    const ours = wrappedSheet('ours');
    adoptSheet(tree, ours);
    expect(names(page.adoptedStyleSheets)).toEqual(['page-a', 'ours']);
    dropSheet(tree, ours);
    expect(names(page.adoptedStyleSheets)).toEqual(['page-a']);
  });
});
