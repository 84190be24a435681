import { browser } from 'wxt/browser';
import type { createAnnotator } from './page-annotator';

// The annotator (scan, marks, tooltip and its UI) is a script of its own, entrypoints/annotator.ts,
// loaded when the sweep finds a first gate term. The content script that loads on every page is then
// a third of the size, and about half as costly to compile and run (README, "inject"). The two
// scripts run in the same isolated world, so the annotator hands its entry point over on that
// world's global, where pages cannot see it.

/** Creates the annotator (utils/page-annotator.ts). */
export type CreateAnnotator = typeof createAnnotator;

const SLOT = Symbol.for('dk-claim-check.annotator');
type Slot = { [SLOT]?: CreateAnnotator };

/** Called by the annotator's script once it has loaded. */
export function provideAnnotator(create: CreateAnnotator): void {
  (globalThis as Slot)[SLOT] = create;
}

let loading: Promise<CreateAnnotator> | null = null;

/** Loads the annotator's script once (later calls share the first load) and gives its entry point. */
export function loadAnnotator(): Promise<CreateAnnotator> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/annotator.js')).then(() => {
    const create = (globalThis as Slot)[SLOT];
    if (!create) throw new Error('the annotator script loaded without its entry point');
    return create;
  });
  return loading;
}
