/**
 * `client.raw` against openapi-fetch as the oracle: the same calls through both must put the
 * same request on the wire, and resolve to the same `{ data, error }`. Then what raw adds:
 * credentials, retries, timeouts, redirects refused, the size limit.
 */
import createOpenapiFetch from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { APITimeoutError, InvalidResponseError } from '../../generator/runtime/errors.js';
import { API, HISTORY, TOKEN, clientFor, countingFetch, historyOp, rejection, startFileServer } from './fixtures.js';
import type { LoggedRequest } from './server.js';
import { envelope, errorEnvelope, sendJson, startServer } from './server.js';

const server = await startFileServer();

const CLIENT_HEADERS = { 'X-Client': 'c' };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = any;

const ours = (options = {}): Untyped => clientFor(server.url, historyOp(), { headers: CLIENT_HEADERS, ...options }).raw;
const oracle = (): Untyped =>
  createOpenapiFetch({
    baseUrl: server.url,
    headers: { 'user-agent': API.userAgent, authorization: `Bearer ${TOKEN}`, ...CLIENT_HEADERS },
    redirect: 'manual',
  });

/** What matters of a request on the wire; a multipart boundary is random, so it is normalised. */
function wire(request: LoggedRequest): object {
  const type = request.headers['content-type'];
  const boundary = /boundary=(.+)$/.exec(type ?? '')?.[1];
  const normalise = (text: string): string => (boundary ? text.split(boundary).join('BOUNDARY') : text);
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(
      ([name]) =>
        ![
          'host',
          'connection',
          'content-length',
          'accept',
          'accept-language',
          'sec-fetch-mode',
          'accept-encoding',
        ].includes(name),
    ),
  );
  return {
    method: request.method,
    url: request.url,
    headers: { ...headers, 'content-type': type && normalise(type) },
    body: normalise(request.body.toString('latin1')),
  };
}

const form = (): FormData => {
  const data = new FormData();
  data.append('field', 'value');
  data.append('file', new Blob(['bytes'], { type: 'text/plain' }), 'f.txt');
  return data;
};

const CALLS: [string, string, string, Record<string, unknown>?][] = [
  [
    'a GET with a query',
    'GET',
    HISTORY,
    { params: { query: { page: 2, per_page: 5, type: 'a b&c', order: undefined, action: null } } },
  ],
  [
    'a path parameter',
    'GET',
    '/accounts/{account_id}/x',
    { params: { path: { account_id: 'a/b c' }, query: { type: 'all' } } },
  ],
  [
    'arrays, objects and booleans',
    'GET',
    '/q',
    { params: { query: { ids: ['a', 'b c'], filter: { a: 1, b: 'x y' }, flag: true, empty: [] } } },
  ],
  [
    'a querySerializer object',
    'GET',
    '/q',
    {
      params: { query: { ids: ['a', 'b'], f: { a: 1 } } },
      querySerializer: { array: { style: 'pipeDelimited', explode: false }, object: { style: 'form', explode: true } },
    },
  ],
  [
    'a querySerializer function',
    'GET',
    '/q',
    {
      params: { query: { a: 1 } },
      querySerializer: (q: Record<string, unknown>) => `custom=${Object.keys(q).join('')}`,
    },
  ],
  ['a JSON POST', 'POST', '/things', { body: { a: 1, b: [true, null], c: 'é' } }],
  [
    'a form-urlencoded PUT',
    'PUT',
    '/things',
    { body: { a: '1', b: 'x y' }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
  ],
  [
    'header params and call headers',
    'PATCH',
    '/things',
    { params: { header: { 'X-Tag': 't' } }, headers: { 'X-Call': 'c', 'x-client': null }, body: [1] },
  ],
  ['a DELETE without body', 'DELETE', '/things/{id}', { params: { path: { id: 7 } } }],
  ['a multipart POST', 'POST', '/upload', { body: form() }],
  [
    'a custom bodySerializer',
    'POST',
    '/things',
    {
      body: { a: 1 },
      bodySerializer: (b: unknown) => `custom:${JSON.stringify(b)}`,
      headers: { 'content-type': 'text/plain' },
    },
  ],
  ['an OPTIONS', 'OPTIONS', '/things', {}],
  ['a HEAD', 'HEAD', HISTORY, {}],
];

describe('the same requests as openapi-fetch', () => {
  it.each(CALLS)('for %s', async (_name, method, path, init) => {
    server.fallback(
      (req, res) => void (req.method === 'HEAD' ? res.end() : sendJson(res, 200, envelope({ method: req.method }))),
    );
    const theirs = await oracle()[method](
      path,
      init && { ...init, body: init['body'] instanceof FormData ? form() : init['body'] },
    );
    const mine = await ours()[method](path, init);
    const [a, b] = server.requests;
    expect(wire(b!)).toEqual(wire(a!));
    expect(mine.data).toEqual(theirs.data);
    expect(mine.error).toEqual(theirs.error);
    expect(mine.response.status).toBe(theirs.response.status);
  });

  it('resolve errors the same way: parsed JSON, or the text', async () => {
    server.route('GET', '/json', (_req, res) => sendJson(res, 404, errorEnvelope(7003, 'gone')));
    server.route('GET', '/text', (_req, res) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('plain failure');
    });
    for (const path of ['/json', '/text']) {
      const theirs = await oracle().GET(path);
      const mine = await ours().GET(path);
      expect(mine).toEqual({ error: theirs.error, response: expect.any(Response) });
      expect(mine.data).toBeUndefined();
    }
  });

  it('offers request() with a lower-case method, as openapi-fetch does', async () => {
    server.fallback((_req, res) => sendJson(res, 200, { ok: 1 }));
    const { data } = await ours().request('get', '/x', { params: { query: { a: 1 } } });
    expect(data).toEqual({ ok: 1 });
    expect(server.requests[0]!.url).toBe('/x?a=1');
  });
});

describe('what raw adds', () => {
  it('retries a 429 or 5xx like any call, and resolves { error, response } after the last attempt', async () => {
    server.route('GET', '/flaky', (_req, res, hit) =>
      hit === 0 ? sendJson(res, 503, errorEnvelope(1, 'busy')) : sendJson(res, 200, { ok: true }),
    );
    server.route('GET', '/down', (_req, res) => sendJson(res, 429, errorEnvelope(10000, 'slow down')));
    const counting = countingFetch();
    const raw = ours({ fetch: counting.fetch, maxRetries: 2 });
    expect((await raw.GET('/flaky')).data).toEqual({ ok: true });
    expect(counting.count()).toBe(2);
    const { error, response } = await raw.GET('/down');
    expect(response.status).toBe(429);
    expect(error).toEqual(errorEnvelope(10000, 'slow down'));
    expect(counting.count()).toBe(5);
  });

  it('never follows a redirect: the 3xx comes back as { error, response }', async () => {
    const other = await startServer();
    try {
      server.route('GET', '/away', (_req, res) => {
        res.writeHead(302, { location: `${other.url}/steal` });
        res.end('moved');
      });
      const { error, response } = await ours().GET('/away');
      expect(response.status).toBe(302);
      expect(error).toBe('moved');
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('times out with APITimeoutError and reads bodies with the size limit', async () => {
    server.route('GET', '/hang', () => undefined);
    server.route('GET', '/big', (_req, res) => sendJson(res, 200, { big: 'x'.repeat(10_000) }));
    expect(await rejection(ours({ timeoutMs: 50, maxRetries: 0 }).GET('/hang'))).toBeInstanceOf(APITimeoutError);
    const error = (await rejection(ours({ maxResponseBytes: 1000 }).GET('/big'))) as InvalidResponseError;
    expect(error.reason).toBe('too_large');
    const { data } = await ours({ maxResponseBytes: 1000 }).GET('/big', { parseAs: 'stream' });
    expect(data).toBeInstanceOf(ReadableStream); // a stream is the caller's to read
    await data.cancel();
  });

  it("sends the API's top-level credentials, or none with auth: 'none'", async () => {
    server.fallback((_req, res) => sendJson(res, 200, {}));
    await ours().GET('/a');
    await ours({ auth: 'none' }).GET('/b');
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.requests[1]!.headers.authorization).toBeUndefined();
  });

  it("refuses '', '.' and '..' path parameters, as the methods do", async () => {
    const error = await rejection(ours().GET('/accounts/{account_id}/x', { params: { path: { account_id: '..' } } }));
    expect(error.message).toBe(
      'Invalid parameters for GET /accounts/{account_id}/x: account_id must be a non-empty string other than "." and ".."',
    );
    expect(server.requests).toHaveLength(0);
  });
});
