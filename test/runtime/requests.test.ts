import { describe, expect, it } from 'vitest';
import type { Check, OperationSpec, ParamSpec } from '../../generator/runtime/descriptor.js';
import { RequestValidationError } from '../../generator/runtime/errors.js';
import { requestHeaders } from '../../generator/runtime/extras.js';
import { fail } from '../../generator/runtime/keywords.js';
import { styledQuery } from '../../generator/runtime/serialize.js';
import {
  HISTORY,
  INVOICE_TEMPLATE,
  callOnce,
  clientFor,
  countingFetch,
  historyOp,
  invoiceOp,
  rejection,
  startFileServer,
} from './fixtures.js';
import { envelope, sendJson } from './server.js';

const server = await startFileServer();

const ok = (): void => server.fallback((_req, res) => sendJson(res, 200, envelope([])));

/** A GET /q operation with the given query parameters, answering a plain JSON body. */
const queryOp = (query: readonly ParamSpec[]): OperationSpec => ({
  method: 'GET',
  path: '/q',
  query,
  security: [],
  response: 'json',
});

describe('query strings', () => {
  it('serialises in descriptor order, encodes values, leaves undefined and null out', async () => {
    ok();
    await callOnce(server.url, historyOp(), {
      type: 'a b&c=d/é',
      page: 2,
      order: undefined,
      action: null,
      per_page: 5,
    });
    const request = server.requests[0]!;
    expect(request.url).toBe('/user/billing/history?page=2&per_page=5&type=a%20b%26c%3Dd%2F%C3%A9');
    expect(request.query.get('type')).toBe('a b&c=d/é');
  });

  const table: { name: string; spec: ParamSpec; value: unknown; want: string }[] = [
    { name: 'a number', spec: 'n', value: 1.5, want: 'n=1.5' },
    { name: 'a boolean', spec: 'b', value: false, want: 'b=false' },
    { name: 'an array, form exploded (the default)', spec: 'ids', value: ['a', 'b c'], want: 'ids=a&ids=b%20c' },
    {
      name: 'an array, form not exploded',
      spec: { name: 'ids', explode: false, encode: styledQuery },
      value: ['a', 'b,c'],
      want: 'ids=a,b%2Cc',
    },
    {
      name: 'an array, spaceDelimited',
      spec: { name: 'ids', style: 'spaceDelimited', encode: styledQuery },
      value: ['a', 'b'],
      want: 'ids=a%20b',
    },
    {
      name: 'an array, pipeDelimited',
      spec: { name: 'ids', style: 'pipeDelimited', encode: styledQuery },
      value: ['a', 'b'],
      want: 'ids=a|b',
    },
    { name: 'an empty array', spec: 'ids', value: [], want: '' },
    {
      name: 'an object, deepObject',
      spec: { name: 'filter', style: 'deepObject', explode: true, encode: styledQuery },
      value: { a: 1, 'b&c': 'x y', skip: undefined },
      want: 'filter[a]=1&filter[b%26c]=x%20y',
    },
    { name: 'an object, form exploded', spec: 'filter', value: { a: 1, b: 'x' }, want: 'a=1&b=x' },
    {
      name: 'an object, form not exploded',
      spec: { name: 'filter', explode: false, encode: styledQuery },
      value: { a: 1, b: 'x' },
      want: 'filter=a,1,b,x',
    },
    {
      name: 'a params key that differs from the wire name',
      spec: { name: 'per-page', key: 'per_page' },
      value: 5,
      want: 'per-page=5',
    },
    {
      name: 'a JSON-content parameter',
      spec: { name: 'where', json: true, encode: styledQuery },
      value: { a: [1] },
      want: 'where=%7B%22a%22%3A%5B1%5D%7D',
    },
  ];
  it.each(table)('sends $name', async ({ spec, value, want }) => {
    ok();
    const key = typeof spec === 'string' ? spec : (spec.key ?? spec.name);
    await callOnce(server.url, queryOp([spec]), { [key]: value });
    expect(server.requests[0]!.url).toBe(want ? `/q?${want}` : '/q');
  });

  it('refuses nested objects and lone surrogates with RequestValidationError, sending nothing', async () => {
    const counting = countingFetch();
    const op = queryOp(['a', { name: 'b', style: 'deepObject', encode: styledQuery }]);
    const error = (await rejection(
      callOnce(server.url, op, { a: 'x\uD800y', b: { c: { d: 1 } } }, { fetch: counting.fetch }),
    )) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues).toEqual([
      { path: '/a', keyword: 'encoding', message: 'must not hold a lone surrogate' },
      { path: '/b', keyword: 'nesting', message: 'must not nest objects or arrays' },
    ]);
    expect(counting.count()).toBe(0);
  });
});

describe('path parameters', () => {
  const invoices = (id: unknown): Promise<unknown> =>
    callOnce(server.url, invoiceOp({ pagination: undefined }), { account_id: id });

  it('encodes a path parameter into its own segment', async () => {
    server.fallback((_req, res) => sendJson(res, 200, envelope({ invoices: [], pagination: { has_more: false } })));
    await invoices('../../user');
    await invoices('a/b?c#d e');
    await invoices('%2e%2e');
    await invoices(42);
    expect(server.requests.map((r) => r.path)).toEqual([
      '/accounts/..%2F..%2Fuser/ai-gateway/billing/invoice-history',
      '/accounts/a%2Fb%3Fc%23d%20e/ai-gateway/billing/invoice-history',
      '/accounts/%252e%252e/ai-gateway/billing/invoice-history',
      '/accounts/42/ai-gateway/billing/invoice-history',
    ]);
  });

  it.each(['..', '.', '', undefined, { a: 1 }])('refuses %j before sending anything', async (id) => {
    const error = await rejection(invoices(id));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toBe(
      `Invalid parameters for GET ${INVOICE_TEMPLATE}: account_id must be a non-empty string other than "." and ".."`,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a lone surrogate with RequestValidationError, not URIError', async () => {
    const error = (await rejection(invoices('\uDC00'))) as RequestValidationError;
    expect(error.issues).toEqual([
      { path: '/account_id', keyword: 'encoding', message: 'must not hold a lone surrogate' },
    ]);
    expect(server.requests).toHaveLength(0);
  });
});

describe('header and cookie parameters', () => {
  const op: OperationSpec = {
    method: 'GET',
    path: '/h',
    header: ['X-Request-Tag', { name: 'X-List', key: 'list' }, { name: 'X-Obj', key: 'obj', explode: true }],
    cookie: ['session', { name: 'prefs', key: 'prefs' }],
    extras: [requestHeaders],
    security: [],
    response: 'json',
  };

  it('sends headers (style simple) and cookies (style form) with the credentials cookie', async () => {
    ok();
    await callOnce(server.url, op, {
      'X-Request-Tag': 'tag-1',
      list: [1, 2],
      obj: { a: 1, b: 2 },
      session: 'a b',
      prefs: ['x', 'y'],
    });
    const headers = server.requests[0]!.headers;
    expect(headers['x-request-tag']).toBe('tag-1');
    expect(headers['x-list']).toBe('1,2');
    expect(headers['x-obj']).toBe('a=1,b=2');
    expect(headers.cookie).toBe('session=a%20b; prefs=x,y');
  });

  it('refuses header values with control or non-Latin-1 characters', async () => {
    const error = (await rejection(
      callOnce(server.url, op, { 'X-Request-Tag': 'a\r\nInjected: yes', list: ['€'] }),
    )) as RequestValidationError;
    expect(error.issues.map((issue) => [issue.path, issue.keyword])).toEqual([
      ['/X-Request-Tag', 'headerValue'],
      ['/list', 'headerValue'],
    ]);
    expect(error.message).toBe(
      'Invalid parameters for GET /h: X-Request-Tag must be Latin-1 text without control characters; list must be Latin-1 text without control characters',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('lets the per-call headers override everything, case-insensitively', async () => {
    ok();
    await callOnce(
      server.url,
      op,
      { 'X-Request-Tag': 'from-params' },
      { headers: { 'X-Client': 'client' } },
      { headers: { 'x-request-tag': 'from-call', Authorization: 'Bearer call' } },
    );
    const headers = server.requests[0]!.headers;
    expect(headers['x-request-tag']).toBe('from-call');
    expect(headers['x-client']).toBe('client');
    expect(headers.authorization).toBe('Bearer call');
  });
});

describe('the params object', () => {
  it('is read once: a getter is called once and the value validated is the value sent', async () => {
    ok();
    let reads = 0;
    const params = {
      get per_page(): number {
        reads++;
        return reads === 1 ? 10 : 500; // valid when validated, invalid if read again to send
      },
    };
    await callOnce(server.url, historyOp(), params);
    expect(reads).toBe(1);
    expect(server.requests[0]!.query.get('per_page')).toBe('10');
  });

  it('is validated before anything is sent, with capped issues and JSON pointers', async () => {
    const many = (value: unknown, sink?: Parameters<typeof fail>[0], path = ''): boolean => {
      let ok = true;
      for (let i = 0; i < 150; i++)
        if (fail(sink, `${path}/items/${i}`, 'type', 'string')) return false;
        else ok = false;
      return ok && value !== undefined;
    };
    const counting = countingFetch();
    const error = (await rejection(
      callOnce(server.url, historyOp({ check: many }), {}, { fetch: counting.fetch }),
    )) as RequestValidationError;
    expect(error.issues).toHaveLength(100);
    expect(error.omitted).toBe(50);
    expect(error.issues[0]).toEqual({ path: '/items/0', keyword: 'type', message: 'must be string' });
    expect(error.message).toBe(
      `Invalid parameters for GET ${HISTORY}: items.0 must be string; items.1 must be string; items.2 must be string; items.3 must be string; items.4 must be string; and 145 more`,
    );
    expect(counting.count()).toBe(0);
  });

  it('must be an object', async () => {
    const error = (await rejection(
      callOnce(server.url, historyOp({ check: undefined }), 'page=2'),
    )) as RequestValidationError;
    expect(error.issues).toEqual([{ path: '', keyword: 'type', message: 'must be object' }]);
  });

  it('100k-deep nesting against a recursive check is a depth issue, not a RangeError', async () => {
    const recursive: Check = (value, sink, path = ''): boolean =>
      typeof value !== 'object' ||
      value === null ||
      Object.values(value).every((v, i) => recursive(v, sink, `${path}/${i}`));
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const filter of [deep, cyclic]) {
      const error = (await rejection(
        callOnce(server.url, historyOp({ check: recursive }), { filter }),
      )) as RequestValidationError;
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(error.issues).toEqual([
        { path: '', keyword: 'depth', message: 'is nested too deeply to check (or contains a cycle)' },
      ]);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('operations without parameters', () => {
  it('take the options as first argument', async () => {
    ok();
    const op: OperationSpec = { method: 'GET', path: '/ping', security: [], response: 'json', noParams: true };
    await clientFor(server.url, op).call({ headers: { 'X-Trace': 't1' } });
    expect(server.requests[0]!.headers['x-trace']).toBe('t1');
    expect(server.requests[0]!.url).toBe('/ping');
  });
});
