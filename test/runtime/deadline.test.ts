/**
 * deadline.ts on its own, under a hand-driven clock: setTimeout, clearTimeout and Date.now are
 * stubbed, so every timer is inspected and fired by the test, never by the machine's speed.
 */
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scope } from '../../generator/runtime/deadline.js';

interface FakeTimer {
  readonly callback: (...args: unknown[]) => void;
  readonly ms: number;
  readonly args: unknown[];
  cleared: boolean;
  unrefs: number;
}

const NOW = 1_000_000;

/** Stubs the timer functions and the clock; `numeric` handles have no unref(), as in a browser. */
function fakeClock(handles: 'node' | 'numeric') {
  const timers: FakeTimer[] = [];
  const now = vi.spyOn(Date, 'now').mockReturnValue(NOW);
  vi.stubGlobal('setTimeout', (callback: FakeTimer['callback'], ms: number, ...args: unknown[]) => {
    const timer: FakeTimer = { callback, ms, args, cleared: false, unrefs: 0 };
    timers.push(timer);
    const id = timers.length;
    if (handles === 'numeric') return id;
    return {
      id,
      unref() {
        timer.unrefs++;
        return this;
      },
    };
  });
  vi.stubGlobal('clearTimeout', (handle: number | { id: number }) => {
    const timer = timers[(typeof handle === 'number' ? handle : handle.id) - 1];
    if (timer) timer.cleared = true;
  });
  return {
    timers,
    at: (ms: number) => now.mockReturnValue(ms),
    /** Fires a timer as the event loop would, unless it was cleared. */
    fire(timer: FakeTimer) {
      if (!timer.cleared) timer.callback(...timer.args);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a scope per attempt', () => {
  it('arms one timer at exactly the timeout, unref’d where handles can be', () => {
    const clock = fakeClock('node');
    new Scope(6_400, undefined);
    new Scope(128_000, undefined);
    expect(clock.timers.map((timer) => [timer.ms, timer.unrefs])).toEqual([
      [6_400, 1],
      [128_000, 1],
    ]);
  });

  it('works with numeric timer handles (browsers), which have no unref()', () => {
    const clock = fakeClock('numeric');
    const scope = new Scope(6_400, undefined);
    scope.close();
    expect(clock.timers.map((timer) => [timer.ms, timer.cleared])).toEqual([[6_400, true]]);
  });

  it('aborts its signal when the timer fires, and says it timed out', () => {
    const clock = fakeClock('node');
    const scope = new Scope(6_400, undefined);
    expect(scope.signal.aborted).toBe(false);
    clock.fire(clock.timers[0]!);
    expect(scope.signal.aborted).toBe(true);
    expect(scope.timedOut()).toBe(true);
  });

  it('releases its timer on close, so it never fires', () => {
    const clock = fakeClock('node');
    const scope = new Scope(6_400, undefined);
    scope.close();
    clock.fire(clock.timers[0]!);
    expect(clock.timers[0]!.cleared).toBe(true);
    expect(scope.signal.aborted).toBe(false);
    expect(scope.timedOut()).toBe(false);
  });
});

describe('with a caller signal', () => {
  it('follows the caller’s signal, with its reason, and releases timer and listener on close', () => {
    const clock = fakeClock('node');
    const caller = new AbortController();
    const scope = new Scope(6_400, caller.signal);
    caller.abort('stop');
    expect(scope.signal.aborted).toBe(true);
    expect(scope.signal.reason).toBe('stop');
    expect(scope.timedOut()).toBe(false);

    const other = new AbortController();
    new Scope(6_400, other.signal).close();
    expect(clock.timers[1]!.cleared).toBe(true);
    expect(getEventListeners(other.signal, 'abort')).toHaveLength(0);
  });

  it('starts aborted for a signal that already is', () => {
    fakeClock('node');
    const reason = new Error('already');
    const scope = new Scope(6_400, AbortSignal.abort(reason));
    expect(scope.signal.aborted).toBe(true);
    expect(scope.signal.reason).toBe(reason);
  });

  it('stops listening to the caller’s signal once it times out', () => {
    const clock = fakeClock('node');
    const caller = new AbortController();
    const scope = new Scope(6_400, caller.signal);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(1);
    clock.fire(clock.timers[0]!);
    expect(scope.timedOut()).toBe(true);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
  });
});
