import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkResponses } from '../../generator/runtime/check-responses.js';
import type { Check, OperationSpec, ResponseKind } from '../../generator/runtime/descriptor.js';
import {
  AuthenticationError,
  BadRequestError,
  CloudflareAPIError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  UnprocessableEntityError,
} from '../../generator/runtime/errors.js';
import { fail } from '../../generator/runtime/keywords.js';
import {
  HISTORY,
  INVOICE_TEMPLATE,
  callOnce,
  clientFor,
  historyOp,
  invoiceOp,
  rejection,
  startFileServer,
} from './fixtures.js';
import { envelope, errorEnvelope, sendJson, sendRaw } from './server.js';

const server = await startFileServer();

const ACCOUNT_INVOICES = '/accounts/acc123/ai-gateway/billing/invoice-history';
const RAY = '8c1f2d3e4a5b6c7d-SJC';

/** An operation at /thing answering with `kind`, without pagination. */
const thing = (response: ResponseKind, method: OperationSpec['method'] = 'GET'): OperationSpec => ({
  method,
  path: '/thing',
  security: [],
  response,
});

describe('envelope unwrapping', () => {
  it("'page' resolves to { result, result_info }", async () => {
    const info = { page: 1, per_page: 2, count: 2, total_count: 2 };
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, envelope([{ id: 'a' }, { id: 'b' }], info)));
    expect(await callOnce(server.url, historyOp())).toEqual({ result: [{ id: 'a' }, { id: 'b' }], result_info: info });
  });

  it("'result' resolves to body.result", async () => {
    const result = { invoices: [{ id: 'inv_1' }], pagination: { has_more: false } };
    server.route('GET', ACCOUNT_INVOICES, (_req, res) => sendJson(res, 200, envelope(result)));
    expect(await callOnce(server.url, invoiceOp(), { account_id: 'acc123' })).toEqual(result);
  });

  it("'json' resolves to the body as is, without envelope checks", async () => {
    server.route('GET', '/thing', (_req, res) => sendJson(res, 200, { anything: [1, 2], success: false }));
    expect(await callOnce(server.url, thing('json'))).toEqual({ anything: [1, 2], success: false });
  });

  it('success: false in a 200 is a CloudflareAPIError with status 200, not retried', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, errorEnvelope(9999, 'nope')));
    const error = await rejection(callOnce(server.url, historyOp()));
    expect(error.constructor).toBe(CloudflareAPIError);
    expect((error as CloudflareAPIError).status).toBe(200);
    expect((error as CloudflareAPIError).errors).toEqual([{ code: 9999, message: 'nope' }]);
    expect(error.message).toBe('GET /user/billing/history failed with status 200: nope (code 9999)');
    expect(server.requests).toHaveLength(1);
  });
});

describe('response kinds', () => {
  it('text resolves to the string, binary to a Blob with the response type', async () => {
    server.route('GET', '/thing', (_req, res) => sendRaw(res, 200, 'a,b\n1,2\n', { 'content-type': 'text/csv' }));
    expect(await callOnce(server.url, thing('text'))).toBe('a,b\n1,2\n');
    server.route('GET', '/thing', (_req, res) =>
      sendRaw(res, 200, new Uint8Array([0, 1, 254, 255]), { 'content-type': 'image/png' }),
    );
    const blob = (await callOnce(server.url, thing('binary'))) as Blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0, 1, 254, 255]);
  });

  it('empty resolves to undefined, for a 204 or whatever body comes', async () => {
    server.route('DELETE', '/thing', (_req, res) => {
      res.writeHead(204);
      res.end();
    });
    await expect(callOnce(server.url, thing('empty', 'DELETE'))).resolves.toBeUndefined();
    server.route('POST', '/thing', (_req, res) => sendJson(res, 200, { ignored: true }));
    await expect(callOnce(server.url, thing('empty', 'POST'))).resolves.toBeUndefined();
  });

  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const)('sends %s', async (method) => {
    server.route(method, '/thing', (_req, res) => sendJson(res, 200, { method }));
    const value = await callOnce(server.url, thing(method === 'HEAD' ? 'empty' : 'json', method));
    expect(value).toEqual(method === 'HEAD' ? undefined : { method });
    expect(server.requests.map((r) => r.method)).toEqual([method]);
  });

  it('a JSON kind refuses a body whose Content-Type is not JSON, with a redacted excerpt', async () => {
    server.route('GET', HISTORY, (_req, res) =>
      sendRaw(res, 200, '<html>maintenance</html>', { 'content-type': 'text/html; charset=utf-8', 'cf-ray': RAY }),
    );
    const error = (await rejection(callOnce(server.url, historyOp()))) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.reason).toBe('invalid_json');
    expect(error.requestId).toBe(RAY);
    expect(error.message).toBe(
      'GET /user/billing/history failed with status 200: body is text/html, not JSON: <html>maintenance</html>',
    );
  });

  it('a JSON kind refuses a 204', async () => {
    server.route('GET', HISTORY, (_req, res) => {
      res.writeHead(204);
      res.end();
    });
    expect(((await rejection(callOnce(server.url, historyOp()))) as InvalidResponseError).reason).toBe('empty');
  });
});

describe('withResponse and asResponse', () => {
  it('withResponse resolves the value and the Response, its body read', async () => {
    server.route('GET', ACCOUNT_INVOICES, (_req, res) =>
      sendJson(res, 200, envelope({ invoices: [], pagination: { has_more: false } }), { 'cf-ray': RAY }),
    );
    const { call } = clientFor(server.url, invoiceOp({ pagination: undefined }));
    const { data, response } = await call({ account_id: 'acc123' }).withResponse();
    expect(data).toEqual({ invoices: [], pagination: { has_more: false } });
    expect(response.headers.get('cf-ray')).toBe(RAY);
    expect(response.bodyUsed).toBe(true);
  });

  it('asResponse resolves the Response with its body unread', async () => {
    server.route('GET', '/thing', (_req, res) => sendJson(res, 200, { big: 'x'.repeat(1000) }));
    const response: Response = await clientFor(server.url, thing('json'), { maxResponseBytes: 10 }).call().asResponse();
    expect(response.bodyUsed).toBe(false);
    expect((await response.json()).big).toHaveLength(1000); // the limit is for bodies the client reads
  });

  it('asResponse still throws the typed error for a non-2xx, after retries', async () => {
    server.route('GET', '/thing', (_req, res, hit) =>
      hit === 0 ? sendJson(res, 503, errorEnvelope(1, 'busy')) : sendJson(res, 404, errorEnvelope(7003, 'gone')),
    );
    const error = await rejection(clientFor(server.url, thing('json')).call().asResponse());
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).attempts).toBe(2);
  });
});

describe('API errors', () => {
  const cases: [number, string, new (...args: never[]) => CloudflareAPIError][] = [
    [400, 'BadRequestError', BadRequestError],
    [401, 'AuthenticationError', AuthenticationError],
    [403, 'PermissionDeniedError', PermissionDeniedError],
    [404, 'NotFoundError', NotFoundError],
    [409, 'ConflictError', ConflictError],
    [422, 'UnprocessableEntityError', UnprocessableEntityError],
    [429, 'RateLimitError', RateLimitError],
    [500, 'InternalServerError', InternalServerError],
    [503, 'InternalServerError', InternalServerError],
    [418, 'CloudflareAPIError', CloudflareAPIError],
  ];
  it.each(cases)('status %i is a %s with every field', async (status, name, ErrorClass) => {
    server.route('GET', ACCOUNT_INVOICES, (_req, res) =>
      sendJson(
        res,
        status,
        {
          success: false,
          errors: [{ code: 1000 + status, message: `failure ${status}`, documentation_url: 'x' }],
          messages: [{ code: 1, message: 'note' }],
          result: null,
        },
        { 'cf-ray': RAY },
      ),
    );
    const error = (await rejection(
      callOnce(server.url, invoiceOp(), { account_id: 'acc123', page: 2 }, { maxRetries: 0 }),
    )) as CloudflareAPIError;
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
    expect(error.errors).toEqual([{ code: 1000 + status, message: `failure ${status}` }]);
    expect(error.messages).toEqual([{ code: 1, message: 'note' }]);
    expect(error.requestId).toBe(RAY);
    expect(error.method).toBe('GET');
    expect(error.path).toBe(ACCOUNT_INVOICES);
    expect(error.attempts).toBe(1);
    expect(error.message).toBe(
      `GET ${ACCOUNT_INVOICES} failed with status ${status}: failure ${status} (code ${1000 + status})`,
    );
  });

  it('an HTML 502 page is an InternalServerError without details', async () => {
    server.route('GET', HISTORY, (_req, res) =>
      sendRaw(res, 502, '<html><h1>502 Bad Gateway</h1></html>', { 'content-type': 'text/html' }),
    );
    const error = (await rejection(callOnce(server.url, historyOp(), {}, { maxRetries: 0 }))) as CloudflareAPIError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.errors).toEqual([]);
    expect(error.requestId).toBeNull();
    expect(error.message).toBe('GET /user/billing/history failed with status 502: no error details');
  });

  it('bounds error bodies: an oversized one still gives the status-typed error', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 404, errorEnvelope(7003, 'x'.repeat(200_000))));
    const error = (await rejection(callOnce(server.url, historyOp(), {}, { maxResponseBytes: 1000 }))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.errors).toEqual([]);
  });
});

describe('unusable 2xx bodies', () => {
  const invalid = async (
    body: string | Uint8Array,
    options = {},
    headers: Record<string, string> = {},
  ): Promise<InvalidResponseError> => {
    server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, body, { 'cf-ray': RAY, ...headers }));
    const error = await rejection(callOnce(server.url, historyOp(), {}, options));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(server.requests).toHaveLength(1); // never retried
    server.reset();
    return error as InvalidResponseError;
  };

  it('invalid JSON carries status, request id and a short excerpt', async () => {
    const body = `{"oops": ${'1 '.repeat(100)}`;
    const error = await invalid(body);
    expect(error.reason).toBe('invalid_json');
    expect(error.status).toBe(200);
    expect(error.requestId).toBe(RAY);
    expect(error.excerpt).toBe(`${body.slice(0, 100)}…`);
  });

  it('an empty or blank body is empty; bytes that are not UTF-8 are invalid_utf8', async () => {
    expect((await invalid('')).reason).toBe('empty');
    expect((await invalid('  \n ')).reason).toBe('empty');
    expect((await invalid(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))).reason).toBe('invalid_utf8');
  });

  it('an envelope without result, or without the list pagination reads, is not_envelope', async () => {
    expect((await invalid(JSON.stringify({ success: true, errors: [], messages: [] }))).reason).toBe('not_envelope');
    expect((await invalid('[1,2]')).reason).toBe('not_envelope');
    expect((await invalid(JSON.stringify(envelope({ not: 'a list' })))).message).toBe(
      'GET /user/billing/history failed with status 200: body has no list at result',
    );
  });
});

describe('maxResponseBytes', () => {
  const big = JSON.stringify(envelope('x'.repeat(5000)));

  it('refuses by Content-Length before reading', async () => {
    server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, big));
    const error = (await rejection(
      callOnce(server.url, historyOp(), {}, { maxResponseBytes: 1000 }),
    )) as InvalidResponseError;
    expect(error.reason).toBe('too_large');
    expect(error.message).toBe(
      'GET /user/billing/history failed with status 200: body is over maxResponseBytes (1000)',
    );
  });

  it('refuses a chunked body by counting', async () => {
    server.route('GET', HISTORY, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 10; i++) res.write(' '.repeat(300));
      res.end(big);
    });
    expect(
      ((await rejection(callOnce(server.url, historyOp(), {}, { maxResponseBytes: 2000 }))) as InvalidResponseError)
        .reason,
    ).toBe('too_large');
  });

  it('stops a gzip bomb after the limit of decoded bytes', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)); // 64 MiB of spaces in ~64 KiB
    server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, bomb, { 'content-encoding': 'gzip' }));
    const error = (await rejection(
      callOnce(server.url, historyOp(), {}, { maxResponseBytes: 100_000 }),
    )) as InvalidResponseError;
    expect(bomb.byteLength).toBeLessThan(100_000); // Content-Length alone would have let it in
    expect(error.reason).toBe('too_large');
  });

  it('accepts a body of exactly the limit, in many chunks', async () => {
    const body = JSON.stringify(envelope(Array.from({ length: 200 }, (_, i) => ({ id: i }))));
    server.route('GET', HISTORY, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < body.length; i += 97) res.write(body.slice(i, i + 97));
      res.end();
    });
    const value = await callOnce(server.url, historyOp(), {}, { maxResponseBytes: body.length });
    expect(value.result).toHaveLength(200);
  });
});

describe('response validation', () => {
  const strict = (op: OperationSpec): [OperationSpec, Check][] => [
    [
      op,
      (value, sink, path = '') => {
        const id = (value as { result: { invoices: { id: unknown }[] } }).result.invoices[0]?.id;
        return typeof id === 'string' || !fail(sink, `${path}/result/invoices/0/id`, 'type', 'string');
      },
    ],
  ];

  it('checks 2xx bodies only when validateResponses is on', async () => {
    const op = invoiceOp();
    server.route('GET', ACCOUNT_INVOICES, (_req, res) =>
      sendJson(res, 200, envelope({ invoices: [{ id: 42 }], pagination: { has_more: false } }), { 'cf-ray': RAY }),
    );
    await expect(clientFor(server.url, op).call({ account_id: 'acc123' })).resolves.toEqual({
      invoices: [{ id: 42 }],
      pagination: { has_more: false },
    });
    const error = (await rejection(
      clientFor(server.url, op, {}, strict(op)).call({ account_id: 'acc123' }),
    )) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues).toEqual([{ path: '/result/invoices/0/id', keyword: 'type', message: 'must be string' }]);
    expect(error.omitted).toBe(0);
    expect(error.status).toBe(200);
    expect(error.requestId).toBe(RAY);
    expect(error.path).toBe(ACCOUNT_INVOICES);
    expect(error.message).toBe(
      `GET ${ACCOUNT_INVOICES} failed with status 200: body does not match the schema: /result/invoices/0/id must be string`,
    );
  });

  it('refuses validateResponses: true (from JavaScript; the type takes only the checks)', () => {
    expect(() => clientFor(server.url, historyOp(), { validateResponses: true as never })).toThrow(
      "validateResponses needs the response validators: pass validateResponses: responseValidators, imported from 'cloudflare-billing-client/response-validators'",
    );
  });

  it('refuses a bare list of checks: the option takes checkResponses of them (responseValidators)', () => {
    expect(() => clientFor(server.url, historyOp(), { validateResponses: [] as never })).toThrow(
      /validateResponses needs the response validators/,
    );
  });

  it('takes the response checks from the option itself (validateResponses: responseValidators)', async () => {
    const op = invoiceOp();
    server.route('GET', ACCOUNT_INVOICES, (_req, res) =>
      sendJson(res, 200, envelope({ invoices: [{ id: 5 }], pagination: {} })),
    );
    const error = await rejection(
      clientFor(server.url, op, { validateResponses: checkResponses(strict(op)) }).call({ account_id: 'acc123' }),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(
      await clientFor(server.url, op, { validateResponses: checkResponses([]) }).call({ account_id: 'acc123' }),
    ).toEqual({
      invoices: [{ id: 5 }],
      pagination: {},
    });
  });

  it('reports a body nested beyond the stack as a depth issue, not a RangeError', async () => {
    const recursive: Check = (value, sink, path = ''): boolean =>
      typeof value !== 'object' ||
      value === null ||
      Object.values(value).every((v, i) => recursive(v, sink, `${path}/${i}`));
    const op = thing('json');
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    server.route('GET', '/thing', (_req, res) => sendRaw(res, 200, deep));
    const error = (await rejection(clientFor(server.url, op, {}, [[op, recursive]]).call())) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues).toEqual([
      { path: '', keyword: 'depth', message: 'is nested too deeply to check (or contains a cycle)' },
    ]);
  });
});

describe('paths in errors', () => {
  it('use the filled path, never the query', async () => {
    server.route('GET', ACCOUNT_INVOICES, (_req, res) => sendJson(res, 400, errorEnvelope(1, 'bad')));
    const error = (await rejection(
      callOnce(server.url, invoiceOp(), { account_id: 'acc123', type: 'secret-filter' }),
    )) as CloudflareAPIError;
    expect(error.path).toBe(ACCOUNT_INVOICES);
    expect(error.message).not.toContain('secret-filter');
    expect(INVOICE_TEMPLATE).not.toBe(error.path);
  });
});
