// The benchmark (scripts/bench.ts) reads when a scan starts, first paints and ends from the page's
// performance timeline. Only benchmark builds (WXT_BENCH=1) set those marks: a store build leaves
// nothing on the page's timeline, so pages cannot tell the extension is there.

/** Sets a performance mark in benchmark builds; compiled away in every other build. */
export function benchMark(name: 'dk-scan-start' | 'dk-swept' | 'dk-first-paint' | 'dk-scan-end'): void {
  if (import.meta.env.WXT_BENCH === '1') performance.mark(name);
}
