/**
 * Misbehaving servers, through the generated client: each behaviour a real loopback server can
 * show (proxies, truncation, resets, rate-limit storms, lying pagination...) maps to a documented,
 * typed error or to a correct result. No behaviour may leak the credentials into an error, leave
 * an unhandled rejection, or hang past the small timeouts set here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  AuthenticationError,
  CloudflareError,
  createCloudflareBillingClient,
  InternalServerError,
  InvalidResponseError,
  PaginationLimitError,
  RateLimitError,
  RedirectError,
  type CloudflareBillingClient,
  type CloudflareBillingClientOptions,
} from '../../generated/dist/index.js';
import type { InvalidResponseReason } from '../../generated/dist/runtime/errors.js';
import { envelope, errorEnvelope, sendJson, sendRaw, startServer, type TestServer } from '../runtime/server.js';

const TOKEN = 'corpus-TOKEN-7c1f04be9a23d58e-shh';
const EMAIL = 'corpus.owner+secret@example.org';
const KEY = 'corpus-KEY-e0d9a61b2c7f4835-shh';
const SECRETS = [TOKEN, EMAIL, KEY];

const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
const HISTORY = '/user/billing/history';
const INVOICES = `/accounts/${ACCOUNT}/ai-gateway/billing/invoice-history`;

let server: TestServer;
let other: TestServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeAll(async () => {
  server = await startServer();
  other = await startServer(); // another port: another origin
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await server.close();
  await other.close();
  console.log(`misbehaving servers: ${BEHAVIOURS.length} behaviours, ${handled} handled`);
});
beforeEach(() => {
  server.reset();
  other.reset();
});
afterEach(async () => {
  // A rejection nobody handles surfaces on a later turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  expect(unhandled).toEqual([]);
});

/** Small timeouts and delays: a behaviour that is not handled fails fast instead of hanging. */
function client(options: CloudflareBillingClientOptions = {}): CloudflareBillingClient {
  return createCloudflareBillingClient({
    baseUrl: server.url,
    apiToken: TOKEN,
    apiEmail: EMAIL,
    apiKey: KEY,
    maxRetries: 0,
    timeoutMs: 2_000,
    retryBaseDelayMs: 1,
    warnOnDeprecated: false,
    ...options,
  });
}

/** The credentials appear nowhere in an error: message, stack, JSON, inspection, own properties. */
function expectNoSecrets(error: unknown): void {
  const texts = [JSON.stringify(error) ?? '', inspect(error, { depth: 10, showHidden: true })];
  if (error instanceof Error) texts.push(error.message, error.stack ?? '');
  if (typeof error === 'object' && error !== null) {
    for (const key of Object.getOwnPropertyNames(error))
      texts.push(describeValue((error as Record<string, unknown>)[key]));
  }
  for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

function describeValue(value: unknown): string {
  try {
    return `${String(value)} ${JSON.stringify(value) ?? ''}`;
  } catch {
    return inspect(value);
  }
}

/** The error a call rejects with, checked for credentials. */
async function rejection(promise: PromiseLike<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expectNoSecrets(error);
    expect(error).toBeInstanceOf(CloudflareError);
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

/** Every item an iteration yields, and the error that ended it, if any. */
async function drain<T>(iterable: AsyncIterable<T>): Promise<{ items: T[]; error?: Error }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
  } catch (error) {
    expectNoSecrets(error);
    return { items, error: error as Error };
  }
  return { items };
}

function history(c: CloudflareBillingClient = client()) {
  return c.user.billing.history.list({ per_page: 5 });
}

async function expectInvalid(
  reason: InvalidResponseReason,
  options: CloudflareBillingClientOptions = {},
): Promise<InvalidResponseError> {
  const error = await rejection(history(client(options)));
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect((error as InvalidResponseError).reason).toBe(reason);
  expect((error as InvalidResponseError).status).toBe(200);
  return error as InvalidResponseError;
}

const queryOf = (req: IncomingMessage): URLSearchParams => new URL(req.url ?? '/', 'http://x').searchParams;
const pageOf = (req: IncomingMessage): number => Number(queryOf(req).get('page') ?? '1');

function historyItem(id: string): Record<string, unknown> {
  return {
    id,
    action: 'subscription',
    amount: 1,
    currency: 'USD',
    description: 'x',
    occurred_at: '2024-01-01T00:00:00Z',
    type: 'charge',
    zone: {},
  };
}

function invoice(id: string): Record<string, unknown> {
  return { id, amount_due: 0, amount_paid: 0, amount_remaining: 0, currency: 'USD' };
}

/** An invoice-history page: `has_more` pagination inside `result`. */
function invoicePage(res: ServerResponse, page: number, ids: readonly string[], hasMore: boolean): void {
  sendJson(res, 200, envelope({ invoices: ids.map(invoice), pagination: { page, per_page: 2, has_more: hasMore } }));
}

function invoiceIds(items: readonly { id?: string | null }[]): (string | null | undefined)[] {
  return items.map((item) => item.id);
}

/** A one-item history page, for behaviours about transport rather than content. */
const goodPage = (res: ServerResponse): void =>
  sendJson(res, 200, envelope([historyItem('ok')], { page: 1, per_page: 5, count: 1, total_count: 1 }));

interface Behaviour {
  /** What the server does. */
  readonly server: string;
  /** What the client gives for it. */
  readonly mapsTo: string;
  readonly run: () => Promise<void>;
}

const BEHAVIOURS: readonly Behaviour[] = [
  {
    server: 'an HTML 502 page from a proxy',
    mapsTo: 'InternalServerError 502 after the retries, no error details',
    async run() {
      const html =
        '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';
      server.route('GET', HISTORY, (_req, res) => sendRaw(res, 502, html, { 'content-type': 'text/html' }));
      const error = await rejection(history(client({ maxRetries: 1 })));
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toMatchObject({ status: 502, errors: [], attempts: 2 });
      expect(error.message).toBe(`GET ${HISTORY} failed with status 502: no error details`);
      expect(server.hits('GET', HISTORY)).toHaveLength(2);
    },
  },
  {
    server: 'invalid JSON with status 200',
    mapsTo: "InvalidResponseError reason 'invalid_json' with an excerpt",
    async run() {
      server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, "{success: true, result: ['a']}"));
      const error = await expectInvalid('invalid_json');
      expect(error.excerpt).toBe("{success: true, result: ['a']}");
    },
  },
  {
    server: 'truncated JSON (Content-Length matches the cut body)',
    mapsTo: "InvalidResponseError reason 'invalid_json'",
    async run() {
      const whole = JSON.stringify(envelope([historyItem('a'), historyItem('b')]));
      server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, whole.slice(0, whole.length / 2)));
      await expectInvalid('invalid_json');
    },
  },
  {
    server: 'an empty body with status 200',
    mapsTo: "InvalidResponseError reason 'empty'",
    async run() {
      server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, ''));
      await expectInvalid('empty');
    },
  },
  {
    server: 'JSON labelled text/plain',
    // A body whose Content-Type says it is not JSON is not trusted to be the API's answer (a proxy's
    // page can parse as JSON too): refused, quoting it, rather than guessed at.
    mapsTo: "InvalidResponseError reason 'invalid_json' naming the media type",
    async run() {
      const body = JSON.stringify(envelope([historyItem('plain')]));
      server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, body, { 'content-type': 'text/plain' }));
      const error = await expectInvalid('invalid_json');
      expect(error.message).toContain('is text/plain, not JSON');
    },
  },
  {
    server: 'an HTML page with status 200 (a captive portal)',
    mapsTo: "InvalidResponseError reason 'invalid_json' quoting the start of the page",
    async run() {
      const html = '<!doctype html><html><body>Please sign in to the hotel Wi-Fi</body></html>';
      server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, html, { 'content-type': 'text/html' }));
      const error = await expectInvalid('invalid_json');
      expect(error.excerpt).toBe(html);
    },
  },
  {
    server: '`success: false` with status 200',
    mapsTo: 'CloudflareAPIError status 200 with the errors, not retried',
    async run() {
      server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, errorEnvelope(1001, 'billing is unavailable')));
      const error = await rejection(history(client({ maxRetries: 2 })));
      expect(error.name).toBe('CloudflareAPIError');
      expect(error).toMatchObject({
        status: 200,
        errors: [{ code: 1001, message: 'billing is unavailable' }],
        attempts: 1,
      });
      expect(server.hits('GET', HISTORY)).toHaveLength(1);
    },
  },
  {
    server: 'an envelope without `result`',
    mapsTo: "InvalidResponseError reason 'not_envelope'",
    async run() {
      server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, { success: true, errors: [], messages: [] }));
      const error = await expectInvalid('not_envelope');
      expect(error.message).toContain('has no result');
    },
  },
  {
    server: 'a list page whose `result` is not an array',
    mapsTo: "InvalidResponseError reason 'not_envelope' (no list at result)",
    async run() {
      server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, envelope({ oops: true })));
      const error = await expectInvalid('not_envelope');
      expect(error.message).toContain('has no list at result');
    },
  },
  {
    server: 'a body over maxResponseBytes, announced by Content-Length',
    mapsTo: "InvalidResponseError reason 'too_large'",
    async run() {
      server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, 'x'.repeat(5_000)));
      await expectInvalid('too_large', { maxResponseBytes: 1_024 });
    },
  },
  {
    server: 'a chunked body over maxResponseBytes (no Content-Length)',
    mapsTo: "InvalidResponseError reason 'too_large', counted as it arrives",
    async run() {
      server.route('GET', HISTORY, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let chunk = 0; chunk < 20; chunk++) res.write(' '.repeat(512));
        res.end('{}');
      });
      await expectInvalid('too_large', { maxResponseBytes: 1_024 });
    },
  },
  {
    server: 'headers sent, then nothing',
    mapsTo: 'APITimeoutError after timeoutMs per attempt, retried once',
    async run() {
      server.route('GET', HISTORY, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.flushHeaders();
      });
      const error = await rejection(history(client({ timeoutMs: 200, maxRetries: 1 })));
      expect(error).toBeInstanceOf(APITimeoutError);
      // Attempts counted by the client: the server may not have logged a timed-out one yet.
      expect(error).toMatchObject({ attempts: 2, method: 'GET', path: HISTORY });
      expect(error.message).toBe(`GET ${HISTORY} timed out after 200 ms`);
    },
  },
  {
    server: 'a connection reset in the middle of the body',
    mapsTo: 'APIConnectionError (not a timeout)',
    async run() {
      server.route('GET', HISTORY, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '10000' });
        res.write('{"success":true,"errors":[],"messages":[],"result":[', () => res.socket?.resetAndDestroy());
      });
      const error = await rejection(history());
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error).not.toBeInstanceOf(APITimeoutError);
      expect(error.message).toMatch(new RegExp(`^Connection error on GET ${HISTORY}`));
    },
  },
  {
    server: 'a connection closed before any response',
    mapsTo: 'APIConnectionError after every retry',
    async run() {
      server.route('GET', HISTORY, (req) => void req.socket.destroy());
      const error = await rejection(history(client({ maxRetries: 2 })));
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error).toMatchObject({ attempts: 3 });
      expect(server.hits('GET', HISTORY)).toHaveLength(3);
    },
  },
  {
    server: '429 with Retry-After: 3600',
    mapsTo: 'RateLimitError at once with retryAfterMs 3600000 (no hour-long wait)',
    async run() {
      server.route('GET', HISTORY, (_req, res) =>
        sendJson(res, 429, errorEnvelope(10000, 'rate limited'), { 'retry-after': '3600' }),
      );
      // Were it to wait the hour, the test would time out: no clock is needed to tell.
      const error = await rejection(history(client({ maxRetries: 3 })));
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000, attempts: 1 });
      expect(server.hits('GET', HISTORY)).toHaveLength(1);
    },
  },
  {
    server: '429 with Retry-After as a date next week',
    mapsTo: 'RateLimitError at once, retryAfterMs about a week',
    async run() {
      const date = new Date(Date.now() + 7 * 86_400_000).toUTCString();
      server.route('GET', HISTORY, (_req, res) =>
        sendJson(res, 429, errorEnvelope(10000, 'rate limited'), { 'retry-after': date }),
      );
      const error = await rejection(history(client({ maxRetries: 3 })));
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(6 * 86_400_000);
      expect(server.hits('GET', HISTORY)).toHaveLength(1);
    },
  },
  {
    server: 'a storm of 429s past maxRetries',
    mapsTo: 'RateLimitError after maxRetries + 1 attempts, counted server-side',
    async run() {
      server.route('GET', HISTORY, (_req, res) => sendJson(res, 429, errorEnvelope(10000, 'rate limited')));
      const error = await rejection(history(client({ maxRetries: 3 })));
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ attempts: 4, retryAfterMs: null });
      expect(server.hits('GET', HISTORY)).toHaveLength(4);
    },
  },
  {
    server: '503, then 200',
    mapsTo: 'the page, after one retry',
    async run() {
      server.route('GET', HISTORY, (_req, res, hit) =>
        hit === 0 ? sendJson(res, 503, errorEnvelope(10013, 'try again')) : goodPage(res),
      );
      const page = await history(client({ maxRetries: 2 }));
      expect(page.result?.map((item) => item.id)).toEqual(['ok']);
      expect(server.hits('GET', HISTORY)).toHaveLength(2);
    },
  },
  {
    server: 'a redirect to another host and port',
    mapsTo: 'RedirectError; the other server receives nothing, so no credentials',
    async run() {
      other.fallback((_req, res) => goodPage(res));
      server.route('GET', HISTORY, (_req, res) => {
        res.writeHead(302, { location: `${other.url}${HISTORY}`, 'content-length': '0' });
        res.end();
      });
      const error = await rejection(history(client({ maxRetries: 2 })));
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toMatchObject({ status: 302 });
      expect(error.message).toContain(`redirected to ${other.url}`);
      expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(other.requests).toEqual([]);
    },
  },
  {
    server: 'result_info claiming more pages than exist (total_count 50, then an empty page)',
    mapsTo: 'iteration ends at the empty page with every item',
    async run() {
      const pages: Record<number, string[]> = { 1: ['a', 'b', 'c', 'd', 'e'], 2: ['f', 'g', 'h', 'i', 'j'] };
      server.route('GET', HISTORY, (req, res) => {
        const ids = pages[pageOf(req)] ?? [];
        sendJson(
          res,
          200,
          envelope(ids.map(historyItem), { page: pageOf(req), per_page: 5, count: ids.length, total_count: 50 }),
        );
      });
      const { items, error } = await drain(history());
      expect(error).toBeUndefined();
      expect(items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
      expect(server.hits('GET', HISTORY)).toHaveLength(3);
    },
  },
  {
    server: 'an empty page in the middle of a has_more run',
    mapsTo: 'iteration goes on past it while has_more is true',
    async run() {
      const pages: Record<number, [string[], boolean]> = { 1: [['i1', 'i2'], true], 2: [[], true], 3: [['i3'], false] };
      server.route('GET', INVOICES, (req, res) => {
        const [ids, more] = pages[pageOf(req)] ?? [[], false];
        invoicePage(res, pageOf(req), ids, more);
      });
      const { items, error } = await drain(client().aiGateway.billing.invoiceHistory({ account_id: ACCOUNT }));
      expect(error).toBeUndefined();
      expect(invoiceIds(items)).toEqual(['i1', 'i2', 'i3']);
      expect(server.hits('GET', INVOICES)).toHaveLength(3);
    },
  },
  {
    server: '`has_more: true` forever',
    mapsTo: 'PaginationLimitError after maxPages pages, the items before it yielded',
    async run() {
      server.route('GET', INVOICES, (req, res) => invoicePage(res, pageOf(req), [`i${pageOf(req)}`], true));
      const { items, error } = await drain(
        client({ maxPages: 4 }).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT }),
      );
      expect(error).toBeInstanceOf(PaginationLimitError);
      expect(error).toMatchObject({ maxPages: 4 });
      expect(invoiceIds(items)).toEqual(['i1', 'i2', 'i3', 'i4']);
      expect(server.hits('GET', INVOICES)).toHaveLength(4);
    },
  },
  {
    server: 'the same item on two pages',
    mapsTo: 'both copies yielded, as the server sent them (the client does not deduplicate)',
    async run() {
      server.route('GET', INVOICES, (req, res) =>
        pageOf(req) === 1 ? invoicePage(res, 1, ['i1', 'i2'], true) : invoicePage(res, 2, ['i2', 'i3'], false),
      );
      const { items, error } = await drain(client().aiGateway.billing.invoiceHistory({ account_id: ACCOUNT }));
      expect(error).toBeUndefined();
      expect(invoiceIds(items)).toEqual(['i1', 'i2', 'i2', 'i3']);
      expect(server.hits('GET', INVOICES)).toHaveLength(2);
    },
  },
  {
    server: '`result: null` on a list',
    mapsTo: 'an empty page: iteration yields nothing and stops',
    async run() {
      server.route('GET', HISTORY, (_req, res) =>
        sendJson(res, 200, envelope(null, { page: 1, per_page: 5, count: 0, total_count: 0 })),
      );
      const { items, error } = await drain(history());
      expect(error).toBeUndefined();
      expect(items).toEqual([]);
      expect(server.hits('GET', HISTORY)).toHaveLength(1);
    },
  },
  {
    server: 'non-UTF-8 bytes in a 200 body',
    mapsTo: "InvalidResponseError reason 'invalid_utf8'",
    async run() {
      const latin1 = Buffer.from(JSON.stringify(envelope([historyItem('café')])), 'latin1');
      server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, latin1));
      await expectInvalid('invalid_utf8');
    },
  },
  {
    server: 'non-UTF-8 bytes in an error body',
    mapsTo: 'InternalServerError whose message has U+FFFD for the bad bytes',
    async run() {
      const latin1 = Buffer.from(JSON.stringify(errorEnvelope(10013, 'panne générale')), 'latin1');
      server.route('GET', HISTORY, (_req, res) => sendRaw(res, 500, latin1));
      const error = await rejection(history());
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as InternalServerError).errors).toEqual([{ code: 10013, message: 'panne g\uFFFDn\uFFFDrale' }]);
    },
  },
  {
    server: 'a 500 whose body is far over maxResponseBytes',
    mapsTo: 'InternalServerError from the first bytes, without reading the rest',
    async run() {
      // 4 KiB of a body announced as 5 MB, and then nothing: a client that waited for the rest
      // would never finish (the test would time out), whatever the machine's speed.
      server.route('GET', HISTORY, (_req, res) => {
        res.writeHead(500, { 'content-type': 'application/json', 'content-length': String(5_000_000) });
        res.write(`{"success":false,"errors":[${'{"code":1,"message":"x"},'.repeat(170)}`);
      });
      const error = await rejection(history(client({ maxResponseBytes: 1_024, timeoutMs: 600_000 })));
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toMatchObject({ status: 500 });
    },
  },
  {
    server: 'an error body that echoes the credentials back',
    mapsTo: 'AuthenticationError with the echoed credentials redacted',
    async run() {
      server.route('GET', HISTORY, (_req, res) =>
        sendJson(res, 401, errorEnvelope(10000, `Invalid token ${TOKEN} for ${EMAIL} / ${KEY}`)),
      );
      const error = await rejection(history());
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).errors).toEqual([
        { code: 10000, message: 'Invalid token [redacted] for [redacted] / [redacted]' },
      ]);
    },
  },
  {
    server: '250 concurrent list() calls on one client, answered out of order',
    mapsTo: 'every call gets its own, correct result',
    async run() {
      server.route('GET', HISTORY, (req, res) => {
        const action = queryOf(req).get('action') ?? 'missing';
        setTimeout(
          () => sendJson(res, 200, envelope([historyItem(action)], { page: 1, per_page: 5, count: 1, total_count: 1 })),
          Math.random() * 20,
        );
      });
      // Opening hundreds of sockets at once takes a while on a busy machine: this is about
      // isolation, not speed, so the client's default timeout (60 s) rather than this file's 2 s.
      const shared = client({ timeoutMs: 60_000 });
      const calls = Array.from({ length: 250 }, (_, index) =>
        shared.user.billing.history.list({ action: `call-${index}`, per_page: 5 }),
      );
      const pages = await Promise.all(calls);
      expect(pages.map((page) => page.result?.[0]?.id)).toEqual(calls.map((_, index) => `call-${index}`));
      expect(server.hits('GET', HISTORY)).toHaveLength(250);
    },
  },
];

let handled = 0;

describe('misbehaving servers map to a typed error or a correct result, without leaking credentials', () => {
  it.each(BEHAVIOURS)(
    '$server -> $mapsTo',
    async ({ run }) => {
      await run();
      handled++;
    },
    // Generous: a busy CI machine; every behaviour that waits sets its own small timeouts.
    90_000,
  );
});
