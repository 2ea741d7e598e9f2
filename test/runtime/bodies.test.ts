import { describe, expect, it } from 'vitest';
import type { BodySpec, OperationSpec } from '../../generator/runtime/descriptor.js';
import { CloudflareError, InternalServerError, RequestValidationError } from '../../generator/runtime/errors.js';
import { binaryBody, formBody, jsonBody, multipartBody, textBody } from '../../generator/runtime/body.js';
import { requestBody, requestHeaders } from '../../generator/runtime/extras.js';
import { fail } from '../../generator/runtime/keywords.js';
import { callOnce, clientFor, countingFetch, rejection, startFileServer } from './fixtures.js';
import { errorEnvelope, sendJson } from './server.js';

const server = await startFileServer();

/** POST /things/{id}?dry_run with a header param and `body`; answers the request's content type. */
const post = (body: BodySpec, method: OperationSpec['method'] = 'POST'): OperationSpec => ({
  method,
  path: '/things/{id}',
  query: ['dry_run'],
  header: ['X-Tag'],
  extras: [requestHeaders, requestBody],
  security: [],
  response: 'json',
  body,
});

const echo = (): void =>
  server.fallback((req, res) => sendJson(res, 200, { type: req.headers['content-type'] ?? null }));
const sent = (): { type: string | undefined; text: string; bytes: Buffer } => {
  const request = server.requests.at(-1)!;
  return { type: request.headers['content-type'], text: request.body.toString('utf8'), bytes: request.body };
};

describe('JSON bodies', () => {
  it('flattened: every key that is no parameter goes to the body', async () => {
    echo();
    await callOnce(server.url, post({ media: [{ type: 'application/json', encode: jsonBody }] }), {
      id: 't1',
      dry_run: true,
      'X-Tag': 'x',
      name: 'n',
      tags: ['a'],
      skipped: undefined,
    });
    expect(sent()).toMatchObject({ type: 'application/json', text: '{"name":"n","tags":["a"]}' });
    expect(server.requests[0]!.url).toBe('/things/t1?dry_run=true');
    expect(server.requests[0]!.headers['x-tag']).toBe('x');
  });

  it('under a key, sent as JSON with a +json media type as declared', async () => {
    echo();
    await callOnce(
      server.url,
      post({ media: [{ type: 'application/merge-patch+json', encode: jsonBody, key: 'body' }] }, 'PATCH'),
      { id: 't1', body: [1, { a: null }] },
    );
    expect(sent()).toMatchObject({ type: 'application/merge-patch+json', text: '[1,{"a":null}]' });
  });

  it('a flattened body with nothing in it is left out unless required', async () => {
    echo();
    await callOnce(server.url, post({ media: [{ type: 'application/json', encode: jsonBody }] }), { id: 't1' });
    expect(sent()).toMatchObject({ type: undefined, text: '' });
    await callOnce(server.url, post({ media: [{ type: 'application/json', encode: jsonBody }], required: true }), {
      id: 't1',
    });
    expect(sent()).toMatchObject({ type: 'application/json', text: '{}' });
  });

  it('a cyclic body is a RequestValidationError, and nothing is sent', async () => {
    const body: Record<string, unknown> = {};
    body['self'] = body;
    const error = (await rejection(
      callOnce(server.url, post({ media: [{ type: 'application/json', encode: jsonBody, key: 'body' }] }), {
        id: 't',
        body,
      }),
    )) as RequestValidationError;
    expect(error.issues).toEqual([
      { path: '/body', keyword: 'json', message: 'cannot be serialised as JSON: it is cyclic or nested too deeply' },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('is validated with the parameters before anything is sent', async () => {
    const check = (value: unknown, sink?: Parameters<typeof fail>[0], path = ''): boolean =>
      typeof (value as { name?: unknown }).name === 'string' || !fail(sink, `${path}/name`, 'type', 'string');
    const counting = countingFetch();
    const op = { ...post({ media: [{ type: 'application/json', encode: jsonBody }] }), check };
    const error = (await rejection(
      callOnce(server.url, op, { id: 't', name: 5 }, { fetch: counting.fetch }),
    )) as RequestValidationError;
    expect(error.message).toBe('Invalid parameters for POST /things/t: name must be string');
    expect(counting.count()).toBe(0);
  });
});

describe('other media types', () => {
  it('multipart: files, repeated fields, JSON parts with their declared type; fetch sets the boundary', async () => {
    echo();
    const op = post({
      media: [{ type: 'multipart/form-data', encode: multipartBody, parts: { meta: 'application/vnd.meta+json' } }],
    });
    const file = new File(['hello'], 'hello.txt', { type: 'text/plain' });
    await callOnce(server.url, op, { id: 't', file, tags: ['a', 'b'], meta: { x: 1 }, plain: { y: 2 }, count: 3 });
    const { type, text } = sent();
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(text).toContain('name="file"; filename="hello.txt"\r\nContent-Type: text/plain\r\n\r\nhello');
    expect(text.match(/name="tags"/g)).toHaveLength(2);
    expect(text).toContain('Content-Type: application/vnd.meta+json\r\n\r\n{"x":1}');
    expect(text).toContain('Content-Type: application/json\r\n\r\n{"y":2}');
    expect(text).toContain('name="count"\r\n\r\n3');
  });

  it('multipart: every part but a JSON one is written byte for byte as FormData (undici) writes it', async () => {
    const fields: [string, string | Blob][] = [
      ['file', new File(['a\r\nb\n'], 'q "x"\n\r.txt', { type: 'text/plain' })],
      ['blob', new Blob([new Uint8Array([0, 255])])],
      ['typed', new Blob(['z'], { type: 'image/png' })],
      ['line "breaks"\n', 'one\ntwo\rthree\r\nfour'],
      ['unicode', 'héllo ✓'],
    ];
    const form = new FormData();
    for (const [key, item] of fields) form.append(key, item);
    const theirs = new Response(form);
    const boundary = /boundary=(.+)$/.exec(theirs.headers.get('content-type') ?? '')![1]!;
    const value = Object.fromEntries(fields.map(([key, item]) => [key, item]));
    const ours = multipartBody(value, { type: 'multipart/form-data', encode: multipartBody });
    const ourBoundary = /boundary=(.+)$/.exec(ours.type ?? '')![1]!;
    const ourText = Buffer.from(await new Response(ours.body as Blob).arrayBuffer()).toString('latin1');
    const theirText = Buffer.from(await theirs.arrayBuffer()).toString('latin1');
    expect(ourText.replaceAll(ourBoundary, 'BOUNDARY')).toBe(theirText.replaceAll(boundary, 'BOUNDARY'));
  });

  it('multipart: a JSON part is a field with its Content-Type and no filename', async () => {
    const ours = multipartBody(
      { meta: { x: 1 }, plain: { y: 2 } },
      { type: 'multipart/form-data', encode: multipartBody, parts: { meta: 'application/vnd.meta+json' } },
    );
    const boundary = /boundary=(.+)$/.exec(ours.type ?? '')![1]!;
    expect(await new Response(ours.body as Blob).text()).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/vnd.meta+json\r\n\r\n{"x":1}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="plain"\r\nContent-Type: application/json\r\n\r\n{"y":2}\r\n` +
        `--${boundary}--\r\n`,
    );
  });

  it('form-urlencoded: repeated fields for arrays, JSON for objects', async () => {
    echo();
    await callOnce(server.url, post({ media: [{ type: 'application/x-www-form-urlencoded', encode: formBody }] }), {
      id: 't',
      a: 'x y',
      list: [1, 2],
      obj: { k: 'v' },
    });
    expect(sent()).toMatchObject({
      type: 'application/x-www-form-urlencoded',
      text: 'a=x+y&list=1&list=2&obj=%7B%22k%22%3A%22v%22%7D',
    });
  });

  it('text/plain sends the string', async () => {
    echo();
    await callOnce(server.url, post({ media: [{ type: 'text/plain', encode: textBody, key: 'body' }] }), {
      id: 't',
      body: 'héllo',
    });
    expect(sent()).toMatchObject({ type: 'text/plain', text: 'héllo' });
  });

  it.each([
    ['a Blob', () => new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' })],
    ['an ArrayBuffer', () => new Uint8Array([1, 2, 3]).buffer],
    ['a Uint8Array', () => new Uint8Array([1, 2, 3])],
    ['a DataView', () => new DataView(new Uint8Array([1, 2, 3]).buffer)],
  ])('binary: %s, with the declared type', async (_name, make) => {
    echo();
    await callOnce(
      server.url,
      post({ media: [{ type: 'application/octet-stream', encode: binaryBody, key: 'body' }] }),
      { id: 't', body: make() },
    );
    expect(sent().type).toBe('application/octet-stream');
    expect([...sent().bytes]).toEqual([1, 2, 3]);
  });

  it("binary with a wildcard type sends the Blob's own type, else application/octet-stream", async () => {
    echo();
    const op = post({ media: [{ type: 'image/*', encode: binaryBody, key: 'body' }] });
    await callOnce(server.url, op, { id: 't', body: new Blob(['x'], { type: 'image/webp' }) });
    expect(sent().type).toBe('image/webp');
    await callOnce(server.url, op, { id: 't', body: new Uint8Array([1]) });
    expect(sent().type).toBe('application/octet-stream');
  });

  it('multipart refuses a ReadableStream part (it would be sent as the text "[object ReadableStream]")', async () => {
    const counting = countingFetch();
    const op = post({ media: [{ type: 'multipart/form-data', encode: multipartBody }] });
    const file = new ReadableStream({ start: (controller) => controller.close() });
    const error = (await rejection(
      callOnce(server.url, op, { id: 't', file }, { fetch: counting.fetch }),
    )) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues).toEqual([
      {
        path: '',
        keyword: 'part',
        message: 'cannot be a multipart part as a ReadableStream: pass a Blob, ArrayBuffer or typed array',
      },
    ]);
    expect(counting.count()).toBe(0);
  });

  it('binary refuses what is not bytes', async () => {
    const error = (await rejection(
      callOnce(server.url, post({ media: [{ type: 'application/octet-stream', encode: binaryBody, key: 'body' }] }), {
        id: 't',
        body: 'text',
      }),
    )) as RequestValidationError;
    expect(error.issues).toEqual([
      { path: '/body', keyword: 'binary', message: 'must be a Blob, ArrayBuffer, typed array or ReadableStream' },
    ]);
  });

  it('a ReadableStream is sent once with duplex half, and never retried', async () => {
    server.fallback((_req, res) => sendJson(res, 503, errorEnvelope(1, 'busy')));
    const counting = countingFetch();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed'));
        controller.close();
      },
    });
    const op = post({ media: [{ type: 'application/octet-stream', encode: binaryBody, key: 'body' }] });
    const error = await rejection(
      callOnce(server.url, op, { id: 't', body: stream }, { fetch: counting.fetch, maxRetries: 3 }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(counting.count()).toBe(1);
    expect(sent().text).toBe('streamed');
  });
});

describe('choosing the media type', () => {
  const op = post({
    media: [
      { type: 'application/json', encode: jsonBody },
      { type: 'application/x-www-form-urlencoded', encode: formBody },
    ],
  });

  it('sends the first by default and the one named by contentType', async () => {
    echo();
    const { call } = clientFor(server.url, op);
    await call({ id: 't', a: 1 });
    expect(sent()).toMatchObject({ type: 'application/json', text: '{"a":1}' });
    await call({ id: 't', a: 1 }, { contentType: 'Application/X-WWW-Form-Urlencoded' });
    expect(sent()).toMatchObject({ type: 'application/x-www-form-urlencoded', text: 'a=1' });
  });

  it('refuses a content type the operation does not accept', async () => {
    const error = await rejection(clientFor(server.url, op).call({ id: 't' }, { contentType: 'text/csv' }));
    expect(error).toBeInstanceOf(CloudflareError);
    expect(error.message).toBe(
      'POST /things/{id} does not send text/csv: use one of application/json, application/x-www-form-urlencoded',
    );
    expect(server.requests).toHaveLength(0);
  });
});
