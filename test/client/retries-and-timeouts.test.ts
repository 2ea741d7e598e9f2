/** How often the generated client tries, how long it waits, and when it gives up. */
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  InternalServerError,
} from '../../generated/dist/index.js';
import { envelope, sendJson } from '../runtime/server.js';
import {
  ACCOUNT,
  HISTORY_PATH,
  INVOICE_PATH,
  billingItem,
  clientFor,
  rejection,
  sendFailure,
  silent,
  startFileServer,
} from './harness.js';

const server = await startFileServer();

describe('retries', () => {
  it('retries a 429 with Retry-After: 0 and resolves with the answer that follows', async () => {
    const items = [billingItem(1)];
    server.route('GET', HISTORY_PATH, (_req, res, hit) =>
      hit === 0
        ? sendFailure(res, 429, 'Slow down', { 'retry-after': '0' })
        : sendJson(res, 200, envelope(items, { total_count: 1 })),
    );
    const page = await clientFor(server).user.billing.history.list();
    expect(page.result).toEqual(items);
    expect(server.requests).toHaveLength(2);
  });

  it('waits the seconds Retry-After asks before retrying a 503', async () => {
    server.route('GET', INVOICE_PATH, (_req, res, hit) =>
      hit === 0
        ? sendFailure(res, 503, 'Busy', { 'retry-after': '1' })
        : sendJson(res, 200, envelope({ invoices: [], pagination: { has_more: false } })),
    );
    const started = performance.now();
    await clientFor(server).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after maxRetries with the last error, counting every attempt', async () => {
    server.route('GET', HISTORY_PATH, (_req, res) => sendFailure(res, 500, 'Internal error', { 'retry-after': '0' }));
    const error = await rejection(clientFor(server, { maxRetries: 2 }).user.billing.history.list());
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    server.route('GET', HISTORY_PATH, (_req, res) => sendFailure(res, 404, 'Not found'));
    await rejection(clientFor(server).user.billing.history.list());
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeouts and aborts', () => {
  it('rejects with APITimeoutError after retrying an attempt that outlives timeoutMs', async () => {
    server.route('GET', INVOICE_PATH, silent);
    const error = await rejection(
      clientFor(server, { timeoutMs: 50, maxRetries: 1 }).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT }),
    );
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toBe(`GET ${INVOICE_PATH} timed out after 50 ms`);
    // Counted by the client: on a busy machine an attempt may time out before the server logs it.
    expect((error as APITimeoutError).attempts).toBe(2);
  });

  it('honours a per-call timeoutMs over the client default', async () => {
    server.route('GET', HISTORY_PATH, silent);
    const error = await rejection(
      clientFor(server, { maxRetries: 0 }).user.billing.history.list({}, { timeoutMs: 30 }),
    );
    expect(error).toBeInstanceOf(APITimeoutError);
  });

  it('rejects with APIUserAbortError, and does not retry, when the caller aborts mid-request', async () => {
    const controller = new AbortController();
    server.route('GET', HISTORY_PATH, () => controller.abort());
    const error = await rejection(clientFor(server).user.billing.history.list({}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.message).toBe(`GET ${HISTORY_PATH} was aborted`);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects with APIUserAbortError, without a second attempt, when the caller aborts after a retryable 503', async () => {
    server.route('GET', HISTORY_PATH, (_req, res) => sendFailure(res, 503, 'Busy', { 'retry-after': '5' }));
    const controller = new AbortController();
    const attempts: string[] = [];
    // The client calls fetch(url, init), as globalThis.fetch takes it.
    const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      attempts.push(String(input));
      const response = await globalThis.fetch(input, init);
      controller.abort();
      return response;
    };
    const cf = clientFor(server, { fetch, maxRetries: 3 });
    const error = await rejection(cf.user.billing.history.list({}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(attempts).toHaveLength(1);
  });

  it('rejects with APITimeoutError when the headers arrive but the body never ends', async () => {
    // No network: headers at once, so the timeout can only fire while the body is read.
    const fetch = async (_input: string | URL | Request, init?: RequestInit): Promise<Response> =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"success":true,"result":['));
            const signal = init!.signal!;
            signal.addEventListener('abort', () => controller.error(signal.reason), { once: true });
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    const cf = clientFor(server, { fetch, maxRetries: 0 });
    const error = await rejection(cf.user.billing.history.list({}, { timeoutMs: 40 }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toBe(`GET ${HISTORY_PATH} timed out after 40 ms`);
  });

  it('rejects with APIUserAbortError and sends nothing when the signal is already aborted', async () => {
    const error = await rejection(
      clientFor(server).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT }, { signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });
});
