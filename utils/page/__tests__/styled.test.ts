import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchStyle } from '../styled';

// Marks are painted only once a frame has styled the page since the content script started (or a
// second has passed, for a tab in the background). Frames are driven by hand here.

/** A content script context whose timers are vitest's fake ones. */
const fakeCtx = () =>
  ({
    isInvalid: false,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  }) as unknown as ContentScriptContext;

let frames: FrameRequestCallback[] = [];
/** Runs the animation callbacks of one frame, as the browser does before it styles the page. */
const frame = () => {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('watchStyle', () => {
  it('is done in the task after the next frame, not in the frame itself', async () => {
    const style = watchStyle(fakeCtx());
    let settled = false;
    void style.settled.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(style.done()).toBe(false);
    frame();
    // The frame's style is worked out after its animation callbacks: not done in their microtasks.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(style.done()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(style.done()).toBe(true);
    expect(settled).toBe(true);
  });

  it('gives up waiting after a second without frames (a tab in the background)', async () => {
    const style = watchStyle(fakeCtx());
    await vi.advanceTimersByTimeAsync(999);
    expect(style.done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(style.done()).toBe(true);
    // A frame that comes later changes nothing.
    frame();
    await vi.advanceTimersByTimeAsync(0);
    expect(style.done()).toBe(true);
  });
});
