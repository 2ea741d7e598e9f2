import { getEventListeners } from 'node:events';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
} from '../../generator/runtime/errors.js';
import { MAX_BACKOFF_MS, parseRetryAfter, retryDelay, RETRY_AFTER_CAP_MS } from '../../generator/runtime/retry.js';
import {
  HISTORY,
  callOnce,
  clientFor,
  countingFetch,
  eventually,
  historyOp,
  rejection,
  startFileServer,
} from './fixtures.js';
import { envelope, errorEnvelope, sendJson, startServer } from './server.js';

const server = await startFileServer();

const op = historyOp({ pagination: undefined });
const ok = envelope([{ id: 'ok' }]);

describe('retries', () => {
  it('retries a 503 and succeeds on the next 200', async () => {
    server.route('GET', HISTORY, (_req, res, hit) =>
      hit === 0 ? sendJson(res, 503, errorEnvelope(1, 'busy')) : sendJson(res, 200, ok),
    );
    const counting = countingFetch();
    await expect(callOnce(server.url, op, {}, { fetch: counting.fetch })).resolves.toEqual({ result: [{ id: 'ok' }] });
    expect(counting.count()).toBe(2);
  });

  it('gives up on a 429 storm after maxRetries with a RateLimitError counting the attempts', async () => {
    server.route('GET', HISTORY, (_req, res) =>
      sendJson(res, 429, errorEnvelope(10000, 'slow down'), { 'retry-after': '0' }),
    );
    const counting = countingFetch();
    const error = (await rejection(
      callOnce(server.url, op, {}, { maxRetries: 3, fetch: counting.fetch }),
    )) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.attempts).toBe(4);
    expect(error.retryAfterMs).toBeNull(); // Retry-After: 0 is no hint
    expect(counting.count()).toBe(4);
  });

  it('per-call maxRetries overrides the client default', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 500, errorEnvelope(1, 'boom')));
    const counting = countingFetch();
    const error = await rejection(
      clientFor(server.url, op, { maxRetries: 5, fetch: counting.fetch }).call({}, { maxRetries: 1 }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(counting.count()).toBe(2);
  });

  it('does not retry other 4xx', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 400, errorEnvelope(1, 'bad')));
    const counting = countingFetch();
    expect(await rejection(callOnce(server.url, op, {}, { fetch: counting.fetch }))).toBeInstanceOf(BadRequestError);
    expect(counting.count()).toBe(1);
  });

  it('retries 408 and 409', async () => {
    server.route('GET', HISTORY, (_req, res, hit) =>
      sendJson(res, [408, 409][hit] ?? 200, hit < 2 ? errorEnvelope(1, 'again') : ok),
    );
    const counting = countingFetch();
    await callOnce(server.url, op, {}, { fetch: counting.fetch });
    expect(counting.count()).toBe(3);
  });

  it('gives up at once when Retry-After is beyond the cap, carrying it', async () => {
    server.route('GET', HISTORY, (_req, res) =>
      sendJson(res, 429, errorEnvelope(10000, 'later'), { 'retry-after': '3600' }),
    );
    const counting = countingFetch();
    const error = (await rejection(
      callOnce(server.url, op, {}, { maxRetries: 2, fetch: counting.fetch }),
    )) as RateLimitError;
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(error.attempts).toBe(1);
    expect(counting.count()).toBe(1);
  });

  it('waits at least what retry-after-ms asks', async () => {
    server.route('GET', HISTORY, (_req, res, hit) =>
      hit === 0
        ? sendJson(res, 503, errorEnvelope(1, 'wait'), { 'retry-after-ms': '150', 'retry-after': '3600' })
        : sendJson(res, 200, ok),
    );
    const started = performance.now();
    await callOnce(server.url, op);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('retries a refused connection, then reports APIConnectionError with a plain code', async () => {
    const gone = await startServer();
    await gone.close();
    const counting = countingFetch();
    const error = (await rejection(
      callOnce(gone.url, op, {}, { maxRetries: 2, fetch: counting.fetch }),
    )) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
    expect(error.attempts).toBe(3);
    expect(error.message).toBe('Connection error on GET /user/billing/history: ECONNREFUSED');
    expect(counting.count()).toBe(3);
  });

  it('retries a connection reset mid-body', async () => {
    server.route('GET', HISTORY, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"success":true,"result":[');
      setImmediate(() => res.socket?.destroy());
    });
    const counting = countingFetch();
    const error = (await rejection(
      callOnce(server.url, op, {}, { maxRetries: 2, fetch: counting.fetch }),
    )) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.attempts).toBe(3);
    expect(error.cause).toBeInstanceOf(Error);
    expect(counting.count()).toBe(3);
  });
});

describe('timeouts', () => {
  it('times out each attempt with APITimeoutError, retries, and closes the sockets it used', async () => {
    const held: Socket[] = [];
    server.route('GET', '/warm', (_req, res) => sendJson(res, 200, ok));
    server.route('GET', HISTORY, (req) => void held.push(req.socket)); // holds every request
    {
      const counting = countingFetch();
      await fetch(`${server.url}/warm`).then((response) => response.text()); // a pooled connection, so both attempts reach the server
      const error = (await rejection(
        callOnce(server.url, op, {}, { timeoutMs: 200, maxRetries: 1, fetch: counting.fetch }),
      )) as APITimeoutError;
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error.message).toBe('GET /user/billing/history timed out after 200 ms');
      expect(error.attempts).toBe(2);
      expect(counting.count()).toBe(2);
      // The aborts closed the connections that carried the requests (an idle pooled one undici
      // may open meanwhile is not a request's and closes on its keep-alive timeout).
      expect(held).toHaveLength(2);
      await eventually(() => held.every((socket) => socket.destroyed));
    }
  });

  it('times out while the body is still arriving, per call', async () => {
    server.route('GET', HISTORY, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"success":true,');
    });
    const error = await rejection(clientFor(server.url, op, { maxRetries: 0 }).call({}, { timeoutMs: 80 }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toBe('GET /user/billing/history timed out after 80 ms');
  });

  it('shares the timeout signal between attempts without a caller signal, one per call with one', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, ok));
    const signals: (AbortSignal | null | undefined)[] = [];
    const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      signals.push(init?.signal);
      return globalThis.fetch(input, init);
    };
    const { call } = clientFor(server.url, op, { fetch });
    await call();
    await call();
    const caller = new AbortController();
    await call({}, { signal: caller.signal });
    await call({}, { signal: caller.signal });
    expect(signals[0]).toBeInstanceOf(AbortSignal);
    expect(signals[1]).toBe(signals[0]);
    expect(signals[2]).not.toBe(signals[0]);
    expect(signals[3]).not.toBe(signals[2]);
  });
});

describe('aborts', () => {
  it('aborts an in-flight request with APIUserAbortError and sends nothing more', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    server.route('GET', HISTORY, () => release()); // holds the request
    const controller = new AbortController();
    const counting = countingFetch();
    const pending = clientFor(server.url, op, { maxRetries: 3, fetch: counting.fetch }).call(
      {},
      { signal: controller.signal },
    );
    await arrived;
    controller.abort();
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.message).toBe('GET /user/billing/history was aborted');
    expect(counting.count()).toBe(1);
  });

  it('aborts the wait between retries', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 503, errorEnvelope(1, 'busy'), { 'retry-after': '30' }));
    const controller = new AbortController();
    const counting = countingFetch();
    const pending = clientFor(server.url, op, { maxRetries: 3, fetch: counting.fetch }).call(
      {},
      { signal: controller.signal },
    );
    await eventually(() => server.requests.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the client is now waiting out the 30 s
    controller.abort();
    expect(await rejection(pending)).toBeInstanceOf(APIUserAbortError);
    expect(counting.count()).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const counting = countingFetch();
    const error = await rejection(
      clientFor(server.url, op, { fetch: counting.fetch }).call({}, { signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(counting.count()).toBe(0);
  });

  it('leaves no listener on a long-lived caller signal', async () => {
    server.route('GET', HISTORY, (_req, res, hit) =>
      hit % 2 === 0 ? sendJson(res, 503, errorEnvelope(1, 'x')) : sendJson(res, 200, ok),
    );
    const controller = new AbortController();
    const { call } = clientFor(server.url, op);
    for (let i = 0; i < 5; i++) await call({}, { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(server.requests).toHaveLength(10);
  });
});

describe('retry policy helpers', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each([
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after': '1.5' }, 1500],
    [{ 'retry-after': 'Wed, 01 Jan 2025 00:00:10 GMT' }, 10_000],
    [{ 'retry-after': '0' }, null],
    [{ 'retry-after-ms': '0', 'retry-after': '2' }, 2000],
    [{ 'retry-after': 'Tue, 31 Dec 2024 00:00:00 GMT' }, null],
    [{ 'retry-after': '1, 2' }, null],
    [{ 'retry-after': 'soon' }, null],
    [{ 'retry-after': '-5' }, null],
    [{ 'retry-after': '1e3' }, null],
    [{}, null],
  ])('reads %j as %j', (headers, want) => {
    expect(parseRetryAfter(new Headers(headers), now)).toBe(want);
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
