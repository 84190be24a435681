// Reads a Chromium trace of one benchmark page and finds the main-thread tasks the extension ran.
// The generated pages hold no script of their own, so a task that runs JavaScript in the page's
// renderer is the content script's, unless it is the benchmark's own poll: a DevTools-protocol
// evaluation, traced as an EvaluateScript with no URL.

import type { CDPSession } from '@playwright/test';

/** The fields of a Chrome trace event that the analysis reads. */
export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { data?: { url?: string } };
}

/** What the extension cost on the page's main thread, in milliseconds. */
export interface ExtensionWork {
  /** Trace time (µs) when the extension's first task started. */
  readonly startTs: number;
  /** Wall time from the start of its first task to the end of its last. */
  readonly spanMs: number;
  /** Sum of its tasks' durations: the time it held the main thread. */
  readonly busyMs: number;
  readonly longestTaskMs: number;
  readonly tasks: number;
  /** How long evaluating the content script took (its top level and whatever main() does at once). */
  readonly injectMs: number;
}

/** Trace categories the analysis needs. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  '__metadata',
];

// Events that mean JavaScript ran inside a task.
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireIdleCallback',
  'v8.callFunction',
  'v8.run',
  'V8.Execute',
  'v8.compile',
  'EventDispatch',
]);

/**
 * The extension's main-thread work: every task on the thread that evaluated the content script
 * and that runs script other than the benchmark's poll. Null if the content script never ran.
 * With `within` (trace µs), only the tasks that overlap that span count.
 */
export function extensionWork(
  events: readonly TraceEvent[],
  extensionOrigin: string,
  within?: { from: number; to: number },
): ExtensionWork | null {
  const injected = events.find(
    (e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith(extensionOrigin),
  );
  if (!injected) return null;
  const onThread = events
    .filter((e) => e.pid === injected.pid && e.tid === injected.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks = onThread.filter(
    (e) => e.name === 'RunTask' && e.cat.includes('disabled-by-default-devtools.timeline'),
  );
  const scripts = onThread.filter((e) => SCRIPT_EVENTS.has(e.name));

  let startTs = Infinity;
  let endTs = -Infinity;
  let busy = 0;
  let longest = 0;
  let count = 0;
  let s = 0;
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur ?? 0);
    let ours = false;
    let poll = false;
    while (s < scripts.length && (scripts[s]?.ts ?? Infinity) < task.ts) s++;
    for (let i = s; i < scripts.length; i++) {
      const e = scripts[i];
      if (!e || e.ts >= taskEnd) break;
      const url = e.args?.data?.url ?? '';
      if (e.name === 'EvaluateScript' && !url) poll = true;
      else if (url.startsWith(extensionOrigin) || e.name === 'RunMicrotasks' || e.name === 'TimerFire')
        ours = true;
    }
    // A task before the content script was injected is the page loading, never ours.
    if (!ours || poll || task.ts + (task.dur ?? 0) < injected.ts) continue;
    if (within && (taskEnd < within.from || task.ts > within.to)) continue;
    // Within a span, only the part of a task inside it counts (the task that starts the scan also
    // finished loading the content script).
    const from = within ? Math.max(task.ts, within.from) : task.ts;
    const to = within ? Math.min(taskEnd, within.to) : taskEnd;
    count++;
    startTs = Math.min(startTs, task.ts);
    endTs = Math.max(endTs, taskEnd);
    busy += to - from;
    longest = Math.max(longest, task.dur ?? 0);
  }
  if (!count) return null;
  return {
    startTs,
    spanMs: (endTs - startTs) / 1000,
    busyMs: busy / 1000,
    longestTaskMs: longest / 1000,
    tasks: count,
    injectMs: (injected.dur ?? 0) / 1000,
  };
}

/** Trace time (µs) of the first user-timing mark with this name, if it was set. */
export function markTs(events: readonly TraceEvent[], name: string): number | undefined {
  return events.find((e) => e.name === name && e.cat.includes('blink.user_timing'))?.ts;
}

/** Records a trace while `work` runs; returns its events. */
export async function traced(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((ok) =>
    cdp.once('Tracing.tracingComplete', () => {
      ok();
    }),
  );
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES } });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}
