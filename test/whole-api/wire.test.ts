/**
 * The bytes a generated client puts on the wire, for what Cloudflare's spec does not exercise:
 * every request media type, every HTTP method, every kind of success response and every kind of
 * credential. The client is generated from test/fixtures/whole-api/wire.yaml by the real CLI and
 * talks to test/runtime/server.ts, a node:http server on 127.0.0.1, which logs exactly what
 * arrived. (test/runtime covers the same runtime with hand-written descriptors; this proves the
 * generator wires each media type, method, response kind and scheme to it.)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { envelope, sendJson, sendRaw, startServer, type TestServer } from '../runtime/server.js';
import { ROOT, removeScratch, runGenerator, scratch } from './support.js';

type Params = Record<string, unknown>;
interface Call extends Promise<unknown> {
  asResponse(): Promise<Response>;
}
type Method = (params?: Params, options?: Params) => Call;
interface ValidationIssue {
  readonly path: string;
  readonly keyword: string;
  readonly message: string;
}
type ErrorClass<E = Error> = abstract new (...args: never[]) => E;
/** The generated package's exports these tests use (its types live in the scratch folder). */
interface WirePackage {
  createWireClient(options: Params): WireClient;
  RequestValidationError: ErrorClass<Error & { readonly issues: readonly ValidationIssue[] }>;
  MissingCredentialsError: ErrorClass;
}
interface WireClient {
  readonly bodies: Record<
    'json' | 'mergePatch' | 'multipart' | 'photo' | 'form' | 'either' | 'binary' | 'text' | 'ndjson',
    Method
  >;
  readonly items: Record<'get' | 'create' | 'replace' | 'update' | 'delete' | 'head' | 'options', Method>;
  readonly responses: Record<'plain' | 'maybe' | 'text' | 'binary', Method>;
  readonly paths: Record<'twice' | 'array' | 'inherited' | 'styles', Method>;
  readonly auth: Record<'bearer' | 'header' | 'query' | 'cookie' | 'basic' | 'oauth' | 'either' | 'none', Method>;
}

const SPEC = path.join(ROOT, 'test/fixtures/whole-api/wire.yaml');
const TOKEN = 'tok_WIRE_7c1e0b9a';

let dir: string | undefined;
let pkg: WirePackage;
let server: TestServer;
let cf: WireClient;

beforeAll(async () => {
  dir = await scratch('wire');
  const out = path.join(dir, 'wire-api');
  const run = await runGenerator(['--spec', SPEC, '--out', out, '--strict']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  pkg = (await import(pathToFileURL(path.join(out, 'dist/index.js')).href)) as WirePackage;
  server = await startServer();
  cf = pkg.createWireClient({ baseUrl: server.url, apiToken: TOKEN, maxRetries: 0 });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await removeScratch(dir);
});

beforeEach(() => {
  server.reset();
  server.fallback((_req, res) => {
    res.writeHead(204);
    res.end();
  });
});

/** The one request the server got. */
function only(): TestServer['requests'][number] {
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!;
}

/** The rejection of `promise`; fails if it resolves. */
async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the call resolved');
}

describe('request bodies: the bytes and Content-Type of each media type', () => {
  it('application/json: the flattened fields as JSON text', async () => {
    await cf.bodies.json({ name: 'a', count: 2, tags: ['x', 'y'] });
    const request = only();
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body.toString('utf8')).toBe('{"name":"a","count":2,"tags":["x","y"]}');
    expect(request.headers['content-length']).toBe(String(request.body.length));
  });

  it('a +json type (merge-patch): JSON text, null kept (it deletes the field), under its own Content-Type', async () => {
    await cf.bodies.mergePatch({ id: 'i1', name: null });
    const request = only();
    expect([request.method, request.url]).toEqual(['PATCH', '/bodies/merge/i1']);
    expect(request.headers['content-type']).toBe('application/merge-patch+json');
    expect(request.body.toString('utf8')).toBe('{"name":null}');
  });

  it('multipart/form-data: files as File/Blob, arrays as repeated parts, object parts as JSON fields of their `encoding` type (no filename)', async () => {
    await cf.bodies.multipart({
      file: new File(['hello'], 'a.txt', { type: 'text/plain' }),
      attachments: [new Blob([new Uint8Array([0, 255])]), new Blob(['z'], { type: 'image/png' })],
      tags: ['p', 'q'],
      metadata: { main_module: 'w.js' },
      settings: { mode: 'm' },
      note: 'n',
    });
    const request = only();
    const type = request.headers['content-type'] ?? '';
    const boundary = /^multipart\/form-data; boundary=(\S+)$/.exec(type)?.[1];
    expect(boundary, type).toBeDefined();
    const part = (headers: string, content: string): string => `--${boundary}\r\n${headers}\r\n\r\n${content}\r\n`;
    const disposition = (name: string, file?: string): string =>
      `Content-Disposition: form-data; name="${name}"${file === undefined ? '' : `; filename="${file}"`}`;
    expect(request.body.toString('latin1')).toBe(
      part(`${disposition('file', 'a.txt')}\r\nContent-Type: text/plain`, 'hello') +
        part(`${disposition('attachments', 'blob')}\r\nContent-Type: application/octet-stream`, '\u0000\u00ff') +
        part(`${disposition('attachments', 'blob')}\r\nContent-Type: image/png`, 'z') +
        part(disposition('tags'), 'p') +
        part(disposition('tags'), 'q') +
        part(`${disposition('metadata')}\r\nContent-Type: application/json`, '{"main_module":"w.js"}') +
        part(`${disposition('settings')}\r\nContent-Type: application/vnd.wire.settings+json`, '{"mode":"m"}') +
        part(disposition('note'), 'n') +
        `--${boundary}--\r\n`,
    );
  });

  it('multipart/form-data: an `encoding` list of types sends one of them, and bytes without a type of their own get the one it names', async () => {
    await cf.bodies.photo({ image: new Uint8Array([137, 80]), caption: { text: 't' } });
    const types = [
      ...only()
        .body.toString('latin1')
        .matchAll(/name="(\w+)".*\r\nContent-Type: (.*)\r\n/g),
    ];
    expect(types.map((match) => [match[1], match[2]])).toEqual([
      ['image', 'image/png'],
      ['caption', 'application/json'],
    ]);
  });

  it('application/x-www-form-urlencoded: arrays as repeated fields, objects as JSON, reserved characters escaped', async () => {
    await cf.bodies.form({ name: 'a b&c=d', tags: ['x', 'y'], count: 3, filter: { kind: 'k' } });
    const request = only();
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.body.toString('utf8')).toBe(
      'name=a+b%26c%3Dd&tags=x&tags=y&count=3&filter=%7B%22kind%22%3A%22k%22%7D',
    );
  });

  it('two media types: each call is checked against the schema of the one it sends (contentType)', async () => {
    await cf.bodies.either({ name: 'ab' }, { contentType: 'application/x-www-form-urlencoded' });
    await cf.bodies.either({ count: 2 });
    expect(server.requests.map((request) => request.body.toString('utf8'))).toEqual(['name=ab', '{"count":2}']);
    server.reset();
    const error = await rejection(
      cf.bodies.either({ name: 'a' }, { contentType: 'application/x-www-form-urlencoded' }),
    );
    expect(error).toBeInstanceOf(pkg.RequestValidationError);
    const found = (error as { issues: readonly ValidationIssue[] }).issues;
    expect(found.map((issue) => [issue.path, issue.keyword])).toEqual([['/name', 'minLength']]);
    expect(server.requests).toHaveLength(0);
  });

  const BYTES = [0, 1, 127, 128, 255];
  it.each([
    {
      kind: 'Blob (its own type ignored: the spec names one)',
      body: () => new Blob([new Uint8Array(BYTES)], { type: 'image/png' }),
    },
    { kind: 'ArrayBuffer', body: () => new Uint8Array(BYTES).buffer },
    { kind: 'Uint8Array', body: () => new Uint8Array(BYTES) },
    { kind: 'a view into a larger buffer', body: () => new Uint8Array([9, ...BYTES, 9]).subarray(1, 1 + BYTES.length) },
  ])('application/octet-stream from a $kind: the bytes as they are', async ({ body }) => {
    await cf.bodies.binary({ key: 'k 1', body: body() });
    const request = only();
    expect([request.method, request.url]).toEqual(['PUT', '/bodies/binary/k%201']);
    expect(request.headers['content-type']).toBe('application/octet-stream');
    expect([...request.body]).toEqual(BYTES);
    expect(request.headers['content-length']).toBe(String(BYTES.length));
  });

  it('application/octet-stream from a ReadableStream: streamed (chunked), every chunk in order', async () => {
    const chunks = [new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([254, 255])];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    await cf.bodies.binary({ key: 'k', body: stream });
    const request = only();
    expect(request.headers['content-type']).toBe('application/octet-stream');
    expect(request.headers['transfer-encoding']).toBe('chunked');
    expect([...request.body]).toEqual([1, 2, 3, 254, 255]);
  });

  it('a text type whose schema is a binary string (an .ndjson file): the bytes of the Blob, not its String()', async () => {
    const lines = '{"id":"1"}\n{"id":"2"}\n';
    await cf.bodies.ndjson({ body: new Blob([lines]) });
    await cf.bodies.ndjson({ body: new TextEncoder().encode(lines) });
    expect(server.requests.map((request) => [request.headers['content-type'], request.body.toString('utf8')])).toEqual([
      ['application/x-ndjson', lines],
      ['application/x-ndjson', lines],
    ]);
  });

  it('text/plain: the string as UTF-8', async () => {
    await cf.bodies.text({ body: 'héllo ✓' });
    const request = only();
    expect(request.headers['content-type']).toBe('text/plain');
    expect(request.body.toString('hex')).toBe(Buffer.from('héllo ✓', 'utf8').toString('hex'));
  });
});

describe('a bad body is a RequestValidationError naming each problem by JSON pointer, and nothing is sent', () => {
  it.each([
    {
      what: 'JSON: too short, below minimum, an unknown field',
      call: () => cf.bodies.json({ name: '', count: -1, colour: 'red' }),
      issues: [
        ['/name', 'minLength'],
        ['/count', 'minimum'],
        ['', 'additionalProperties'],
      ],
    },
    {
      what: 'JSON: the required field missing, an array item of the wrong type',
      call: () => cf.bodies.json({ tags: ['x', 1] }),
      issues: [
        ['', 'required'],
        ['/tags/1', 'type'],
      ],
    },
    {
      what: 'merge-patch: a number for a string-or-null',
      call: () => cf.bodies.mergePatch({ id: 'i1', name: 5 }),
      issues: [['/name', 'type']],
    },
    {
      what: 'multipart: the file missing, a tag not a string',
      call: () => cf.bodies.multipart({ tags: ['ok', {}] }),
      issues: [
        ['', 'required'],
        ['/tags/1', 'type'],
      ],
    },
    {
      what: 'form: count not an integer',
      call: () => cf.bodies.form({ name: 'a', count: 1.5 }),
      issues: [['/count', 'type']],
    },
    {
      what: 'binary: a string is not bytes',
      call: () => cf.bodies.binary({ key: 'k', body: 'not bytes' }),
      issues: [['/body', 'binary']],
    },
    {
      what: 'text: longer than maxLength',
      call: () => cf.bodies.text({ body: 'x'.repeat(101) }),
      issues: [['/body', 'maxLength']],
    },
  ])('$what', async ({ call, issues }) => {
    const error = await rejection(call());
    expect(error).toBeInstanceOf(pkg.RequestValidationError);
    const found: readonly ValidationIssue[] = (error as { issues: readonly ValidationIssue[] }).issues;
    expect(found.map((issue) => [issue.path, issue.keyword])).toEqual(issues);
    expect(server.requests).toHaveLength(0);
  });
});

describe('every HTTP method, and every kind of success response', () => {
  const ITEM = { id: 'i 1', name: 'first' };

  it('GET: a JSON response in the v4 envelope resolves to its `result`', async () => {
    server.route('GET', '/items/i%201', (_req, res) => sendJson(res, 200, envelope(ITEM)));
    await expect(cf.items.get({ id: 'i 1' })).resolves.toEqual(ITEM);
    expect(only().body).toHaveLength(0);
  });

  it.each([
    { method: 'POST', call: 'create', status: 201 },
    { method: 'PUT', call: 'replace', status: 200 },
    { method: 'PATCH', call: 'update', status: 200 },
  ] as const)('$method sends its JSON body and resolves to the enveloped result', async ({ method, call, status }) => {
    server.route(method, '/items/i%201', (_req, res) => sendJson(res, status, envelope({ ...ITEM, name: 'second' })));
    await expect(cf.items[call]({ id: 'i 1', name: 'second' })).resolves.toEqual({ ...ITEM, name: 'second' });
    const request = only();
    expect(request.method).toBe(method);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body.toString('utf8')).toBe('{"name":"second"}');
  });

  it('DELETE: a 204 with no body resolves to undefined', async () => {
    await expect(cf.items.delete({ id: 'i 1' })).resolves.toBeUndefined();
    expect(only().method).toBe('DELETE');
  });

  it('HEAD: no body either way; the response headers are there through asResponse()', async () => {
    server.route('HEAD', '/items/i%201', (_req, res) => {
      res.writeHead(200, { etag: '"v1"', 'content-length': '0' });
      res.end();
    });
    await expect(cf.items.head({ id: 'i 1' })).resolves.toBeUndefined();
    const response = await cf.items.head({ id: 'i 1' }).asResponse();
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(server.requests.map((r) => [r.method, r.body.length])).toEqual([
      ['HEAD', 0],
      ['HEAD', 0],
    ]);
  });

  it('OPTIONS: sent as OPTIONS; a 204 resolves to undefined', async () => {
    server.route('OPTIONS', '/items/i%201', (_req, res) => {
      res.writeHead(204, { allow: 'GET, PUT, PATCH, DELETE' });
      res.end();
    });
    await expect(cf.items.options({ id: 'i 1' })).resolves.toBeUndefined();
    expect(only().method).toBe('OPTIONS');
  });

  it('a path template naming a parameter twice: one parameter, filled in both places', async () => {
    await cf.paths.twice({ name: 'a b' });
    expect(only().url).toBe('/twice/a%20b/and/a%20b');
    const error = await rejection(cf.paths.twice({ name: 'a', path_name: 'b' }));
    expect(error).toBeInstanceOf(pkg.RequestValidationError);
  });

  it('an array path parameter: style simple, its items encoded and joined by commas', async () => {
    await cf.paths.array({ ids: ['a b', 'c,d', 'e'] });
    expect(only().url).toBe('/batch/a%20b,c%2Cd,e');
  });

  it('parameters named like members of Object.prototype: sent when given, and only then', async () => {
    await cf.paths.inherited();
    await cf.paths.inherited({ constructor: 'c', toString: 't' });
    expect(server.requests.map((request) => [request.url, request.headers['tostring']])).toEqual([
      ['/inherited', undefined],
      ['/inherited?constructor=c', 't'],
    ]);
  });

  it('each query style as OpenAPI says, the default one without the styled encoder', async () => {
    await cf.paths.styles({
      plain: ['a', 'b'],
      spaced: ['a', 'b'],
      piped: ['a', 'b'],
      compact: ['a', 'b'],
      deep: { x: '1', 'y&z': '2' },
      where: { n: 1 },
    });
    expect(only().url).toBe(
      '/styles?plain=a&plain=b&spaced=a%20b&piped=a|b&compact=a,b&deep[x]=1&deep[y%26z]=2&where=%7B%22n%22%3A1%7D',
    );
  });

  it('JSON without an envelope resolves to the body as it is', async () => {
    const body = { id: 'p', name: 'plain', result: 'not an envelope' };
    server.route('GET', '/responses/plain', (_req, res) => sendJson(res, 200, body));
    await expect(cf.responses.plain()).resolves.toEqual(body);
  });

  it('JSON, where the operation also declares a bodiless 2XX: that one resolves to undefined, typed so', async () => {
    const item = { id: 'j', name: 'job' };
    server.route('POST', '/responses/maybe', (_req, res, hit) => {
      if (hit === 0) sendJson(res, 200, item);
      else res.writeHead(202).end();
    });
    await expect(cf.responses.maybe()).resolves.toEqual(item);
    await expect(cf.responses.maybe()).resolves.toBeUndefined();
    const types = await readFile(path.join(dir!, 'wire-api/dist/units/responses.d.ts'), 'utf8');
    expect(types).toContain('maybe(options?: RequestOptions): APIPromise<StartJobResponse | undefined>;');
  });

  it('text resolves to the string', async () => {
    server.route('GET', '/responses/text', (_req, res) =>
      sendRaw(res, 200, 'línea 1\nline 2\n', { 'content-type': 'text/plain; charset=utf-8' }),
    );
    await expect(cf.responses.text()).resolves.toBe('línea 1\nline 2\n');
  });

  it('binary resolves to a Blob of the bytes, with the response Content-Type', async () => {
    server.route('GET', '/responses/binary', (_req, res) =>
      sendRaw(res, 200, new Uint8Array([0, 1, 2, 255]), { 'content-type': 'application/octet-stream' }),
    );
    const blob = await cf.responses.binary();
    expect(blob).toBeInstanceOf(Blob);
    expect((blob as Blob).type).toBe('application/octet-stream');
    expect([...new Uint8Array(await (blob as Blob).arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });
});

describe('security: each kind of credential where its scheme puts it', () => {
  const USER = 'wire-user';
  const PASSWORD = 'p✓ss';
  const all = {
    apiToken: TOKEN,
    headerKey: 'hk_1',
    queryKey: 'qk 2&x',
    sessionCookie: 'sess3',
    basicAuth: { username: USER, password: 'pa:ss' },
    oauth: 'oauth_access_4',
  };
  const client = (credentials: Params): WireClient =>
    pkg.createWireClient({ baseUrl: server.url, maxRetries: 0, ...credentials });
  const credentialHeaders = (request: TestServer['requests'][number]): Params =>
    Object.fromEntries(
      ['authorization', 'x-wire-key', 'cookie']
        .filter((name) => request.headers[name] !== undefined)
        .map((name) => [name, request.headers[name]]),
    );

  it.each([
    { call: 'bearer', url: '/auth/bearer', headers: { authorization: `Bearer ${TOKEN}` } },
    { call: 'header', url: '/auth/header', headers: { 'x-wire-key': 'hk_1' } },
    { call: 'query', url: '/auth/query?q=1&wire_key=qk%202%26x', headers: {} },
    { call: 'cookie', url: '/auth/cookie', headers: { cookie: 'wire_session=sess3' } },
    {
      call: 'basic',
      url: '/auth/basic',
      headers: { authorization: `Basic ${Buffer.from(`${USER}:pa:ss`).toString('base64')}` },
    },
    { call: 'oauth', url: '/auth/oauth', headers: { authorization: 'Bearer oauth_access_4' } },
    { call: 'none', url: '/auth/none', headers: {} },
  ] as const)('$call: $url with $headers and no other credential', async ({ call, url, headers }) => {
    await client(all).auth[call](call === 'query' ? { q: '1' } : {});
    const request = only();
    expect(request.url).toBe(url);
    expect(credentialHeaders(request)).toEqual(headers);
  });

  it('basic: a password outside Latin-1 is refused when the client is made, without echoing it', () => {
    const make = (): WireClient => client({ basicAuth: { username: USER, password: PASSWORD } });
    expect(make).toThrow(/basicAuth must be \{ username, password \} of strings/);
    expect(make).not.toThrow(PASSWORD);
  });

  it('alternatives: the first whose credentials are all given, all of its credentials together', async () => {
    await client(all).auth.either();
    await client({ headerKey: 'hk_1', queryKey: 'qk' }).auth.either();
    expect(server.requests.map((r) => [r.url, credentialHeaders(r)])).toEqual([
      ['/auth/either', { authorization: `Bearer ${TOKEN}` }],
      ['/auth/either?wire_key=qk', { 'x-wire-key': 'hk_1' }],
    ]);
  });

  it('alternatives: half of one is a MissingCredentialsError, and nothing is sent', async () => {
    const error = await rejection(client({ headerKey: 'hk_1' }).auth.either());
    expect(error).toBeInstanceOf(pkg.MissingCredentialsError);
    expect(server.requests).toHaveLength(0);
  });
});
