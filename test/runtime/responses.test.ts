import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  AuthenticationError,
  BadRequestError,
  CloudflareAPIError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  UnprocessableEntityError,
} from '../../generator/runtime/errors.js';
import type { Validator } from '../../generator/runtime/validation.js';
import { INVOICE_PATH, historyOp, invoiceOp, makeCore, rejection, startFileServer, type Params } from './fixtures.js';
import { envelope, errorEnvelope, sendJson, sendRaw } from './server.js';

const server = await startFileServer();

const HISTORY = '/user/billing/history';
const ACCOUNT_INVOICES = '/accounts/acc123/ai-gateway/billing/invoice-history';

describe('envelope unwrapping', () => {
  it("'page' resolves to { result, result_info }", async () => {
    const info = { page: 1, per_page: 2, count: 2, total_count: 2 };
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, envelope([{ id: 'a' }, { id: 'b' }], info)));
    const value = await makeCore(server.url).call(historyOp(), {});
    expect(value).toEqual({ result: [{ id: 'a' }, { id: 'b' }], result_info: info });
  });

  it("'result' resolves to body.result", async () => {
    const result = { invoices: [{ id: 'inv_1' }], pagination: { has_more: false } };
    server.route('GET', ACCOUNT_INVOICES, (_req, res) => sendJson(res, 200, envelope(result)));
    expect(await makeCore(server.url).call(invoiceOp(), { account_id: 'acc123' })).toEqual(result);
  });

  it("'body' resolves to the body as is, without envelope checks", async () => {
    server.route('GET', '/raw', (_req, res) => sendJson(res, 200, { anything: [1, 2] }));
    const op = historyOp({ path: '/raw', unwrap: 'body', pagination: undefined as never });
    expect(await makeCore(server.url).call(op, {})).toEqual({ anything: [1, 2] });
  });

  it('serialises query parameters, leaving undefined ones out', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, envelope([])));
    await makeCore(server.url).call(historyOp(), { type: 'a b&c=d/é', page: 2, order: undefined, action: 'x' });
    const request = server.requests[0]!;
    // in descriptor order, each value encodeURIComponent-ed
    expect(request.url).toBe('/user/billing/history?action=x&page=2&type=a%20b%26c%3Dd%2F%C3%A9');
    expect(request.query.get('type')).toBe('a b&c=d/é');
  });
});

describe('request building', () => {
  it('sends header parameters and goes through the fetch option', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, envelope([])));
    const seen: string[] = [];
    const core = makeCore(server.url, {
      fetch: (request) => {
        seen.push(`${request.method} ${request.url} redirect=${request.redirect}`);
        return fetch(request);
      },
    });
    const op = historyOp({ params: { path: [], query: ['page'], header: ['X-Request-Tag'] } });
    await core.call(op, { page: 1, 'X-Request-Tag': 'tag-1' });
    expect(seen).toEqual([`GET ${server.url}/user/billing/history?page=1 redirect=manual`]);
    expect(server.requests[0]!.headers['x-request-tag']).toBe('tag-1');
    const error = await rejection(core.call(op, { 'X-Request-Tag': 'a\r\nInjected: yes' }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toBe(
      'Invalid parameters for GET /user/billing/history: X-Request-Tag must not contain control characters',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('rethrows what is not an I/O failure as is, without retrying', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, envelope([])));
    // openapi-fetch refuses nested objects in a query while building the request
    const thrown = await makeCore(server.url)
      .call(historyOp(), { type: { a: { b: 1 } } })
      .catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(0);
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
  it.each(cases)('status %i is a %s', async (status, name, ErrorClass) => {
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
        { 'cf-ray': `ray-${status}` },
      ),
    );
    const error = await rejection(
      makeCore(server.url, { maxRetries: 0 }).call(invoiceOp(), { account_id: 'acc123', page: 2 }),
    );
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(CloudflareAPIError);
    expect(error.name).toBe(name);
    const apiError = error as CloudflareAPIError;
    expect(apiError.status).toBe(status);
    expect(apiError.errors).toEqual([{ code: 1000 + status, message: `failure ${status}` }]);
    expect(apiError.messages).toEqual([{ code: 1, message: 'note' }]);
    expect(apiError.requestId).toBe(`ray-${status}`);
    expect(apiError.method).toBe('GET');
    expect(apiError.path).toBe('/accounts/acc123/ai-gateway/billing/invoice-history');
    expect(apiError.attempts).toBe(1);
    expect(apiError.message).toBe(
      `GET ${ACCOUNT_INVOICES} failed with status ${status}: failure ${status} (code ${1000 + status})`,
    );
  });

  it('success: false with 200 is a CloudflareAPIError with status 200', async () => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, errorEnvelope(9999, 'nope')));
    const error = await rejection(makeCore(server.url).call(historyOp(), {}));
    expect(error.constructor).toBe(CloudflareAPIError);
    expect((error as CloudflareAPIError).status).toBe(200);
    expect((error as CloudflareAPIError).errors).toEqual([{ code: 9999, message: 'nope' }]);
    expect(server.requests).toHaveLength(1);
  });

  it('an HTML 502 page is an InternalServerError without details', async () => {
    server.route('GET', HISTORY, (_req, res) =>
      sendRaw(res, 502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' }),
    );
    const error = await rejection(makeCore(server.url, { maxRetries: 0 }).call(historyOp(), {}));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as CloudflareAPIError).errors).toEqual([]);
    expect((error as CloudflareAPIError).requestId).toBeNull();
    expect(error.message).toBe('GET /user/billing/history failed with status 502: no error details in the response');
  });

  it('bounds error bodies too: an oversized error body still gives the status-typed error', async () => {
    server.route('GET', HISTORY, (_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(errorEnvelope(7003, 'x'.repeat(200_000))));
    });
    const error = await rejection(makeCore(server.url, { maxResponseBytes: 1000 }).call(historyOp(), {}));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).errors).toEqual([]);
  });
});

describe('unusable 2xx bodies', () => {
  const invalid = async (
    status: number,
    body: string | Uint8Array,
    options = {},
    headers: Record<string, string> = {},
  ): Promise<InvalidResponseError> => {
    server.route('GET', HISTORY, (_req, res) => sendRaw(res, status, body, { 'cf-ray': 'ray-bad', ...headers }));
    const error = await rejection(makeCore(server.url, options).call(historyOp(), {}));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(server.requests).toHaveLength(1); // never retried
    return error as InvalidResponseError;
  };

  it('invalid JSON carries status, request id and a short excerpt', async () => {
    const error = await invalid(200, `<html>${'oops '.repeat(100)}</html>`);
    expect(error.reason).toBe('invalid_json');
    expect(error.status).toBe(200);
    expect(error.requestId).toBe('ray-bad');
    expect(error.excerpt.startsWith('<html>oops')).toBe(true);
    expect(error.excerpt.length).toBeLessThanOrEqual(101);
    expect(error.message).toContain('The 200 response body of GET /user/billing/history is not JSON: <html>oops');
  });

  it('truncated JSON is invalid JSON', async () => {
    expect((await invalid(200, '{"success":true,"result":[{"id":')).reason).toBe('invalid_json');
  });

  it('an empty 200 body is reported as empty', async () => {
    expect((await invalid(200, '')).reason).toBe('empty');
    server.reset();
    expect((await invalid(201, '  \n ')).reason).toBe('empty');
  });

  it('a body that is not UTF-8 is rejected', async () => {
    const error = await invalid(200, new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    expect(error.reason).toBe('invalid_utf8');
  });

  it('a body over maxResponseBytes is rejected, by Content-Length and by counting', async () => {
    const big = JSON.stringify(envelope('x'.repeat(5000)));
    expect((await invalid(200, big, { maxResponseBytes: 1000 })).reason).toBe('too_large');
    server.reset();
    server.route('GET', HISTORY, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked, no length
      for (let i = 0; i < 10; i++) res.write(' '.repeat(300));
      res.end(big);
    });
    const error = await rejection(makeCore(server.url, { maxResponseBytes: 2000 }).call(historyOp(), {}));
    expect((error as InvalidResponseError).reason).toBe('too_large');
  });

  it('a body just under the limit is fine, in many chunks', async () => {
    const body = JSON.stringify(envelope(Array.from({ length: 200 }, (_, i) => ({ id: i }))));
    server.route('GET', HISTORY, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < body.length; i += 97) res.write(body.slice(i, i + 97));
      res.end();
    });
    const value = (await makeCore(server.url, { maxResponseBytes: body.length }).call(historyOp(), {})) as {
      result: unknown[];
    };
    expect(value.result).toHaveLength(200);
  });

  it('an envelope without result is rejected', async () => {
    expect((await invalid(200, JSON.stringify({ success: true, errors: [], messages: [] }))).reason).toBe(
      'not_envelope',
    );
    server.reset();
    expect((await invalid(200, '[1,2]')).reason).toBe('not_envelope');
    server.reset();
    expect((await invalid(200, JSON.stringify(envelope({ not: 'a list' })))).message).toContain(
      'has no list at result',
    );
  });

  it('a connection reset mid-body is an APIConnectionError, retried like one', async () => {
    server.route('GET', HISTORY, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"success":true,"result":[');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const error = await rejection(makeCore(server.url, { maxRetries: 2 }).call(historyOp(), {}));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).attempts).toBe(3);
    expect(error.message).toMatch(/^Connection error on GET \/user\/billing\/history/);
    expect(error.cause).toBeDefined();
    expect(server.requests).toHaveLength(3);
  });
});

describe('validation', () => {
  it('rejects bad parameters before sending anything', async () => {
    const error = await rejection(makeCore(server.url).call(historyOp(), { per_page: 100 }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toBe('Invalid parameters for GET /user/billing/history: per_page must be at most 50');
    expect((error as RequestValidationError).issues).toEqual([
      { path: '/per_page', keyword: 'maximum', message: 'must be at most 50' },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('checks 2xx bodies only when validateResponses is on', async () => {
    const strict: Validator<unknown> = (value) => {
      const result = (value as { result: unknown }).result as { invoices: { id: unknown }[] };
      return typeof result.invoices[0]?.id === 'string'
        ? { ok: true, value }
        : { ok: false, errors: [{ path: '/result/invoices/0/id', keyword: 'type', message: 'must be string' }] };
    };
    const op = invoiceOp();
    server.route('GET', ACCOUNT_INVOICES, (_req, res) =>
      sendJson(res, 200, envelope({ invoices: [{ id: 42 }], pagination: { has_more: false } }), { 'cf-ray': 'ray-v' }),
    );
    const params: Params = { account_id: 'acc123' };
    // Off by default: the same body resolves, invalid id and all.
    await expect(makeCore(server.url).call(op, params)).resolves.toEqual({
      invoices: [{ id: 42 }],
      pagination: { has_more: false },
    });
    const error = await rejection(makeCore(server.url, { validateResponses: true }, [[op, strict]]).call(op, params));
    expect(error).toBeInstanceOf(ResponseValidationError);
    const validation = error as ResponseValidationError;
    expect(validation.issues[0]!.path).toBe('/result/invoices/0/id');
    expect(validation.status).toBe(200);
    expect(validation.requestId).toBe('ray-v');
    expect(validation.path).toBe(ACCOUNT_INVOICES);
    expect(error.message).toBe(
      `Response of GET ${ACCOUNT_INVOICES} does not match the schema: /result/invoices/0/id must be string`,
    );
  });

  it('keeps the path template in messages when a path parameter is missing', async () => {
    const error = await rejection(makeCore(server.url).call(invoiceOp(), {}));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toBe(
      `Invalid parameters for GET ${INVOICE_PATH}: account_id must be a non-empty string other than "." and ".."`,
    );
  });
});
