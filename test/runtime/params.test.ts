/**
 * From the flat params object of an SDK method to what goes over the wire: path segments, header
 * values, and the messages that name the parameters a call got wrong. (Query strings, cookies and
 * the rest of the encoding rules: requests.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../generator/runtime/descriptor.js';
import { RequestValidationError, ResponseValidationError } from '../../generator/runtime/errors.js';
import { requestHeaders } from '../../generator/runtime/extras.js';
import { reject, type ValidationIssue } from '../../generator/runtime/validation.js';
import { HISTORY, callOnce, clientFor, historyOp, invoiceOp, rejection, startFileServer } from './fixtures.js';
import { envelope, sendJson } from './server.js';

const server = await startFileServer();

const invoicePath = (segment: string): string => `/accounts/${segment}/ai-gateway/billing/invoice-history`;
const okInvoices = (): void =>
  server.fallback((_req, res) => sendJson(res, 200, envelope({ invoices: [], pagination: { has_more: false } })));

describe('path parameters', () => {
  it.each([
    { given: 'acc123', sent: 'acc123' },
    { given: 12345, sent: '12345' },
    { given: 'a b/c', sent: 'a%20b%2Fc' },
    // The generated check refuses a boolean by its schema; the runtime itself can send one.
    { given: true, sent: 'true' },
    // An array path parameter is style simple: its items, each encoded, joined by commas.
    { given: ['a', 'b,c', 3], sent: 'a,b%2Cc,3' },
  ])('$given is sent as the segment $sent', async ({ given, sent }) => {
    okInvoices();
    await callOnce(server.url, invoiceOp(), { account_id: given });
    expect(server.requests[0]?.path).toBe(invoicePath(sent));
  });

  it.each([null, { id: 1 }, [], ['.'], '', '.', '..'])(
    '%j is refused as a path segment before anything is sent',
    async (given) => {
      const error = await rejection(callOnce(server.url, invoiceOp(), { account_id: given }));
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues).toEqual([
        { path: '/account_id', keyword: 'pathSegment', message: 'must be a non-empty string other than "." and ".."' },
      ]);
      expect(server.requests).toEqual([]);
    },
  );
});

describe('header parameters', () => {
  const traced = () =>
    historyOp({
      query: ['page'],
      header: ['X-Trace'],
      extras: [requestHeaders],
      check: undefined,
      pagination: undefined,
    });

  it.each([
    { given: { 'X-Trace': 'abc' }, sent: 'abc' },
    { given: { 'X-Trace': 42 }, sent: '42' },
    { given: {}, sent: undefined },
    { given: { 'X-Trace': undefined }, sent: undefined },
    { given: { 'X-Trace': null }, sent: undefined },
  ])('$given sends X-Trace: $sent', async ({ given, sent }) => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, envelope([])));
    await callOnce(server.url, traced(), given);
    expect(server.requests[0]?.headers['x-trace']).toBe(sent);
  });

  it('refuses a value with a line break, naming it, before anything is sent', async () => {
    const error = await rejection(callOnce(server.url, traced(), { 'X-Trace': 'a\r\nX-Evil: 1' }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      { path: '/X-Trace', keyword: 'headerValue', message: 'must be Latin-1 text without control characters' },
    ]);
    expect(error.message).toBe(
      `Invalid parameters for GET ${HISTORY}: X-Trace must be Latin-1 text without control characters`,
    );
    expect(server.requests).toEqual([]);
  });
});

describe('messages name the parameters', () => {
  /** A generated check that finds `issues`. */
  const rejecting =
    (issues: readonly ValidationIssue[]): Check =>
    (_value, sink) => {
      if (sink === undefined) return false;
      for (const issue of issues) reject(sink, issue.path, issue.keyword, issue.message);
      return false;
    };

  it.each([
    { path: '', want: 'params must be object' },
    { path: '/fields/0', want: 'fields.0 must be object' },
    { path: '/a~1b', want: 'a/b must be object' },
    { path: '/c~0d', want: 'c~d must be object' },
    { path: '/x~01', want: 'x~1 must be object' },
  ])('the issue at "$path" reads "$want"', async ({ path, want }) => {
    const op = historyOp({ check: rejecting([{ path, keyword: 'type', message: 'must be object' }]) });
    const error = await rejection(callOnce(server.url, op, {}));
    expect(error.message).toBe(`Invalid parameters for GET ${HISTORY}: ${want}`);
    expect(server.requests).toEqual([]);
  });

  it('a response body issue at the root reads "(root)"', async () => {
    const op = invoiceOp();
    okInvoices();
    const checks = [[op, rejecting([{ path: '', keyword: 'type', message: 'must be object' }])]] as const;
    const error = await rejection(clientFor(server.url, op, {}, checks).call({ account_id: 'acc' }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toBe(
      `GET ${invoicePath('acc')} failed with status 200: body does not match the schema: (root) must be object`,
    );
  });
});
