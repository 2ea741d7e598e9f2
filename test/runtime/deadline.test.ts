/**
 * deadline.ts on its own, under a hand-driven clock: setTimeout, clearTimeout and Date.now are
 * stubbed, so every timer is inspected and fired by the test, never by the machine's speed.
 * Each test loads a fresh copy of the module, which learns from its first slot whether timers
 * can be unref'd (Node) or not (a browser's numeric handles).
 */
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deadlines as DeadlinesClass } from '../../generator/runtime/deadline.js';

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

async function freshDeadlines(): Promise<typeof DeadlinesClass> {
  vi.resetModules();
  return (await import('../../generator/runtime/deadline.js')).Deadlines;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('shared slots (timers that can be unref’d)', () => {
  it('arm one unref’d timer at timeout + 1/64 of it, at most one second late', async () => {
    const clock = fakeClock('node');
    const Deadlines = await freshDeadlines();
    new Deadlines(6_400).scope(6_400, undefined);
    new Deadlines(128_000).scope(128_000, undefined);
    expect(clock.timers.map((timer) => [timer.ms, timer.unrefs])).toEqual([
      [6_500, 1],
      [129_000, 1],
    ]);
  });

  it('serve every attempt that starts within the slack of the opening, then open a new slot', async () => {
    const clock = fakeClock('node');
    const deadlines = new (await freshDeadlines())(6_400);
    const first = deadlines.scope(6_400, undefined);
    clock.at(NOW + 100);
    expect(deadlines.scope(6_400, undefined)).toBe(first);
    clock.at(NOW + 101);
    const next = deadlines.scope(6_400, undefined);
    expect(next).not.toBe(first);
    expect(clock.timers.map((timer) => timer.ms)).toEqual([6_500, 6_500]);
  });

  it('serve at most 1,000 attempts each', async () => {
    const clock = fakeClock('node');
    const deadlines = new (await freshDeadlines())(6_400);
    const first = deadlines.scope(6_400, undefined);
    for (let use = 2; use <= 1_000; use++) expect(deadlines.scope(6_400, undefined)).toBe(first);
    expect(deadlines.scope(6_400, undefined)).not.toBe(first);
    expect(clock.timers).toHaveLength(2);
  });

  it('keep their timer when one attempt closes, so the others still time out', async () => {
    const clock = fakeClock('node');
    const deadlines = new (await freshDeadlines())(6_400);
    const done = deadlines.scope(6_400, undefined);
    const slow = deadlines.scope(6_400, undefined);
    done.close();
    clock.fire(clock.timers[0]!);
    expect(slow.signal.aborted).toBe(true);
    expect(slow.timedOut()).toBe(true);
  });

  it('are not used for a per-call timeout, nor taken over by one', async () => {
    const clock = fakeClock('node');
    const deadlines = new (await freshDeadlines())(6_400);
    const short = deadlines.scope(640, undefined);
    const normal = deadlines.scope(6_400, undefined);
    expect(normal).not.toBe(short);
    expect(clock.timers.map((timer) => timer.ms)).toEqual([640, 6_500]);
    short.close();
    expect(clock.timers.map((timer) => timer.cleared)).toEqual([true, false]);
  });
});

describe('scopes of their own (a caller signal)', () => {
  it('follow the caller’s signal, time out exactly, and release timer and listener on close', async () => {
    const clock = fakeClock('node');
    const deadlines = new (await freshDeadlines())(6_400);
    const caller = new AbortController();
    const scope = deadlines.scope(6_400, caller.signal);
    expect(clock.timers.map((timer) => timer.ms)).toEqual([6_400]);
    expect(deadlines.scope(6_400, caller.signal)).not.toBe(scope);
    caller.abort('stop');
    expect(scope.signal.aborted).toBe(true);
    expect(scope.signal.reason).toBe('stop');
    expect(scope.timedOut()).toBe(false);

    const other = new AbortController();
    deadlines.scope(6_400, other.signal).close();
    expect(clock.timers[2]!.cleared).toBe(true);
    expect(getEventListeners(other.signal, 'abort')).toHaveLength(0);
  });

  it('start aborted for a signal that already is', async () => {
    fakeClock('node');
    const deadlines = new (await freshDeadlines())(6_400);
    const reason = new Error('already');
    const scope = deadlines.scope(6_400, AbortSignal.abort(reason));
    expect(scope.signal.aborted).toBe(true);
    expect(scope.signal.reason).toBe(reason);
  });

  it('stop listening to the caller’s signal once they time out', async () => {
    const clock = fakeClock('node');
    const deadlines = new (await freshDeadlines())(6_400);
    const caller = new AbortController();
    const scope = deadlines.scope(6_400, caller.signal);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(1);
    clock.fire(clock.timers[0]!);
    expect(scope.timedOut()).toBe(true);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
  });
});

describe('where timers cannot be unref’d (numeric handles)', () => {
  it('every attempt after the first owns a timer that close() releases', async () => {
    const clock = fakeClock('numeric');
    const deadlines = new (await freshDeadlines())(6_400);
    const first = deadlines.scope(6_400, undefined);
    const second = deadlines.scope(6_400, undefined);
    expect(second).not.toBe(first);
    expect(clock.timers.map((timer) => timer.ms)).toEqual([6_500, 6_400]);
    second.close();
    expect(clock.timers[1]!.cleared).toBe(true);
  });
});
