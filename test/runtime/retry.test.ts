import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
} from '../../generator/runtime/errors.js';
import {
  MAX_BACKOFF_MS,
  parseRetryAfter,
  retryDelay,
  RETRY_AFTER_CAP_MS,
  sleep,
} from '../../generator/runtime/retry.js';
import { countingFetch, historyOp, makeCore, rejection, stalledBody, startFileServer } from './fixtures.js';
import { envelope, errorEnvelope, sendJson, startServer } from './server.js';

const server = await startFileServer();

const HISTORY = '/user/billing/history';
const ok = envelope([{ id: 'ok' }]);

describe('retries', () => {
  it('retries a 503 and succeeds on the next 200', async () => {
    server.route('GET', HISTORY, (_req, res, hit) =>
      hit === 0 ? sendJson(res, 503, errorEnvelope(1, 'busy')) : sendJson(res, 200, ok),
    );
    await expect(makeCore(server.url).call(historyOp(), {})).resolves.toEqual({ result: [{ id: 'ok' }] });
    expect(server.requests).toHaveLength(2);
  });

  it('gives up on a 429 storm after maxRetries with a RateLimitError counting the attempts', async () => {
    server.route('GET', HISTORY, (_req, res) =>
      sendJson(res, 429, errorEnvelope(10000, 'slow down'), { 'retry-after': '0' }),
    );
    const error = await rejection(makeCore(server.url, { maxRetries: 3 }).call(historyOp(), {}));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).attempts).toBe(4);
    expect((error as RateLimitError).retryAfterMs).toBe(0);
    expect(server.requests).toHaveLength(4);
  });

  it('per-call maxRetries overrides the client default', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 500, errorEnvelope(1, 'boom')));
    const error = await rejection(makeCore(server.url, { maxRetries: 5 }).call(historyOp(), {}, { maxRetries: 1 }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry other 4xx', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 400, errorEnvelope(1, 'bad')));
    expect(await rejection(makeCore(server.url).call(historyOp(), {}))).toBeInstanceOf(BadRequestError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries 408 and 409', async () => {
    server.route('GET', HISTORY, (_req, res, hit) =>
      sendJson(res, [408, 409][hit] ?? 200, hit < 2 ? errorEnvelope(1, 'again') : ok),
    );
    await makeCore(server.url).call(historyOp(), {});
    expect(server.requests).toHaveLength(3);
  });

  it('gives up at once when Retry-After is beyond the cap, instead of hanging', async () => {
    server.route('GET', HISTORY, (_req, res) =>
      sendJson(res, 429, errorEnvelope(10000, 'later'), { 'retry-after': '3600' }),
    );
    // Were it to wait the hour, the test would time out: no clock is needed to tell.
    const error = await rejection(makeCore(server.url, { maxRetries: 2 }).call(historyOp(), {}));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect((error as RateLimitError).attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('waits what retry-after-ms asks', async () => {
    server.route('GET', HISTORY, (_req, res, hit) =>
      hit === 0
        ? sendJson(res, 503, errorEnvelope(1, 'wait'), { 'retry-after-ms': '150', 'retry-after': '3600' })
        : sendJson(res, 200, ok),
    );
    const started = Date.now();
    await makeCore(server.url).call(historyOp(), {});
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a refused connection and then reports APIConnectionError', async () => {
    const gone = await startServer();
    await gone.close();
    const error = await rejection(makeCore(gone.url, { maxRetries: 2 }).call(historyOp(), {}));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
    expect((error as APIConnectionError).attempts).toBe(3);
    expect(error.message).toBe('Connection error on GET /user/billing/history: ECONNREFUSED');
  });
});

describe('timeouts and aborts', () => {
  const hang = (): void => server.route('GET', HISTORY, () => undefined); // never answers

  it('times out each attempt with APITimeoutError, and retries timeouts', async () => {
    hang();
    const { fetch, calls } = countingFetch();
    const error = await rejection(makeCore(server.url, { timeoutMs: 50, maxRetries: 1, fetch }).call(historyOp(), {}));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toBe('GET /user/billing/history timed out after 50 ms');
    // Counted by the client: on a busy machine an attempt may time out before the server logs it.
    expect((error as APITimeoutError).attempts).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('times out while the body is still arriving', async () => {
    // Headers at once, then a body that never ends: the timeout can only fire while it is read.
    const fetch = async (request: Request): Promise<Response> =>
      new Response(stalledBody('{"success":true,', request.signal), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    const core = makeCore(server.url, { maxRetries: 0, fetch });
    const error = await rejection(core.call(historyOp(), {}, { timeoutMs: 80 }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toBe('GET /user/billing/history timed out after 80 ms');
  });

  it('aborts an in-flight request with APIUserAbortError and sends nothing more', async () => {
    const controller = new AbortController();
    // The server holds the request; the caller aborts once it has arrived.
    server.route('GET', HISTORY, () => controller.abort());
    const { fetch, calls } = countingFetch();
    const error = await rejection(
      makeCore(server.url, { maxRetries: 3, fetch }).call(historyOp(), {}, { signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.message).toBe('GET /user/billing/history was aborted');
    expect(server.requests).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('an abort after a retryable failure ends the call, with no second attempt', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 503, errorEnvelope(1, 'busy'), { 'retry-after': '5' }));
    const controller = new AbortController();
    const { fetch, calls } = countingFetch(() => controller.abort());
    const error = await rejection(
      makeCore(server.url, { maxRetries: 3, fetch }).call(historyOp(), {}, { signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(calls).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, ok));
    const error = await rejection(makeCore(server.url).call(historyOp(), {}, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('leaves no listener on a long-lived caller signal', async () => {
    server.route('GET', HISTORY, (_req, res, hit) =>
      hit % 2 === 0 ? sendJson(res, 503, errorEnvelope(1, 'x')) : sendJson(res, 200, ok),
    );
    const controller = new AbortController();
    const core = makeCore(server.url);
    for (let i = 0; i < 5; i++) await core.call(historyOp(), {}, { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(server.requests).toHaveLength(10);
  });
});

describe('retry policy helpers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sleep waits the time asked, and an abort wakes it at once', async () => {
    vi.useFakeTimers();
    const outcomes: boolean[] = [];
    void sleep(5_000, undefined).then((aborted) => outcomes.push(aborted));
    const controller = new AbortController();
    void sleep(5_000, controller.signal).then((aborted) => outcomes.push(aborted));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(outcomes).toEqual([]);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual([true]);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcomes).toEqual([true, false]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sleep does not wait on an aborted signal, nor for 0 ms', async () => {
    vi.useFakeTimers();
    await expect(sleep(5_000, AbortSignal.abort())).resolves.toBe(true);
    await expect(sleep(0, new AbortController().signal)).resolves.toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('parses retry-after-ms, delta-seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250' }), now)).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after': '1.5' }), now)).toBe(1500);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:10 GMT' }), now)).toBe(10_000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Tue, 31 Dec 2024 00:00:00 GMT' }), now)).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeNull();
    expect(parseRetryAfter(new Headers({ 'retry-after': '-5' }), now)).toBeNull();
    expect(parseRetryAfter(new Headers(), now)).toBeNull();
  });

  it('backs off exponentially with up to 25% jitter, capped, and gives up past the Retry-After cap', () => {
    for (let i = 0; i < 100; i++) {
      const first = retryDelay(1, null, 500);
      expect(first).toBeGreaterThan(374);
      expect(first).toBeLessThanOrEqual(500);
      const third = retryDelay(3, null, 500);
      expect(third).toBeGreaterThan(1499);
      expect(third).toBeLessThanOrEqual(2000);
      expect(retryDelay(10, null, 500)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    }
    expect(retryDelay(1, 2000, 500)).toBe(2000);
    expect(retryDelay(1, RETRY_AFTER_CAP_MS, 500)).toBe(RETRY_AFTER_CAP_MS);
    expect(retryDelay(1, RETRY_AFTER_CAP_MS + 1, 500)).toBe(-1);
  });
});
