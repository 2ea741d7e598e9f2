/**
 * retry.ts on its own: which errors are retried, which server hints count, and the wait between
 * attempts (fake timers: nothing here depends on the machine's speed).
 */
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  CloudflareAPIError,
  CloudflareError,
  InternalServerError,
  InvalidResponseError,
  RedirectError,
} from '../../generator/runtime/errors.js';
import { isRetryable, parseRetryAfter, sleep } from '../../generator/runtime/retry.js';

const target = {
  method: 'GET',
  path: '/x',
  errors: [],
  messages: [],
  requestId: null,
  attempts: 1,
  retryAfterMs: null,
};

describe('isRetryable', () => {
  it('retries connection errors, timeouts and retryable API statuses', () => {
    expect(isRetryable(new APIConnectionError('reset', target))).toBe(true);
    expect(isRetryable(new APITimeoutError('slow', target))).toBe(true);
    expect(isRetryable(new InternalServerError('busy', { ...target, status: 503 }))).toBe(true);
    expect(isRetryable(new CloudflareAPIError('limited', { ...target, status: 429 }))).toBe(true);
  });

  it('never retries a redirect, whatever its status, nor errors that are not API answers', () => {
    expect(isRetryable(new RedirectError('moved', { ...target, status: 302 }))).toBe(false);
    expect(isRetryable(new RedirectError('opaque', { ...target, status: 0 }))).toBe(false);
    expect(isRetryable(new APIUserAbortError(target))).toBe(false);
    expect(isRetryable(new CloudflareError('bad option'))).toBe(false);
    const invalid = { ...target, status: 503, reason: 'invalid_json' as const, excerpt: '' };
    expect(isRetryable(new InvalidResponseError('not JSON', invalid))).toBe(false);
    expect(isRetryable(new CloudflareAPIError('bad request', { ...target, status: 400 }))).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const hint = (headers: Record<string, string>) => parseRetryAfter(new Headers(headers), 0);

  it('takes retry-after-ms only as plain digits, else falls back to Retry-After', () => {
    expect(hint({ 'retry-after-ms': '1500' })).toBe(1500);
    expect(hint({ 'retry-after-ms': '1.5' })).toBe(1.5);
    for (const odd of ['1e3', '0x10', '-5', '0', 'soon', ' ']) {
      expect(hint({ 'retry-after-ms': odd })).toBeNull();
      expect(hint({ 'retry-after-ms': odd, 'retry-after': '2' })).toBe(2000);
    }
  });

  it('reads no hint from an absent, empty or negative Retry-After', () => {
    expect(hint({})).toBeNull();
    expect(hint({ 'retry-after': '' })).toBeNull();
    expect(hint({ 'retry-after': '-3' })).toBeNull();
  });
});

describe('sleep', () => {
  afterEach(() => vi.useRealTimers());

  /** Whether `promise` has settled once pending callbacks have run, and with what; no timer fires. */
  async function settled<T>(promise: Promise<T>): Promise<{ value: T } | 'pending'> {
    let outcome: { value: T } | 'pending' = 'pending';
    void promise.then((value) => (outcome = { value }));
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    return outcome;
  }

  it('resolves false at once, arming no timer, for a wait of zero or less', async () => {
    vi.useFakeTimers();
    expect(await settled(sleep(0, undefined))).toEqual({ value: false });
    expect(await settled(sleep(-5, new AbortController().signal))).toEqual({ value: false });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves true at once for a signal that is already aborted', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    controller.abort();
    expect(await settled(sleep(10_000, controller.signal))).toEqual({ value: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves false when the wait is over, true when the signal aborts first, and leaves no listener', async () => {
    vi.useFakeTimers();
    const waited = new AbortController();
    const full = sleep(1_000, waited.signal);
    expect(await settled(full)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await full).toBe(false);
    expect(getEventListeners(waited.signal, 'abort')).toHaveLength(0);

    const aborted = new AbortController();
    const cut = sleep(10_000, aborted.signal);
    aborted.abort();
    expect(await settled(cut)).toEqual({ value: true });
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(aborted.signal, 'abort')).toHaveLength(0);
  });
});
