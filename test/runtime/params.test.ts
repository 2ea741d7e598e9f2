/**
 * From the flat params object of an SDK method to what goes over the wire: path segments, query
 * and header values, and the messages that name the parameters a call got wrong.
 */
import { describe, expect, it } from 'vitest';
import { RequestValidationError, ResponseValidationError } from '../../generator/runtime/errors.js';
import type { ValidationIssue, Validator } from '../../generator/runtime/validation.js';
import {
  INVOICE_PATH,
  accept,
  historyOp,
  invoiceOp,
  makeCore,
  rejection,
  startFileServer,
  type Params,
} from './fixtures.js';
import { envelope, sendJson } from './server.js';

const server = await startFileServer();

const HISTORY = '/user/billing/history';
const okPage = (): void =>
  server.fallback((_req, res) => sendJson(res, 200, envelope({ invoices: [], pagination: { has_more: false } })));

describe('path parameters', () => {
  it.each([
    { given: 'acc123', sent: 'acc123' },
    { given: 12345, sent: '12345' },
    { given: 'a b/c', sent: 'a%20b%2Fc' },
  ])('$given is sent as the segment $sent', async ({ given, sent }) => {
    okPage();
    await makeCore(server.url).call(invoiceOp(), { account_id: given });
    expect(server.requests[0]?.path).toBe(`/accounts/${sent}/ai-gateway/billing/invoice-history`);
  });

  it.each([true, null, { id: 1 }, ['a'], '', '.', '..'])(
    '%j is refused as a path segment before anything is sent',
    async (given) => {
      const error = await rejection(makeCore(server.url).call(invoiceOp(), { account_id: given }));
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues).toEqual([
        {
          path: '/account_id',
          keyword: 'pathSegment',
          message: 'must be a non-empty string other than "." and ".."',
        },
      ]);
      expect(server.requests).toEqual([]);
    },
  );
});

describe('header parameters', () => {
  const traced = () =>
    historyOp({ params: { path: [], query: ['page'], header: ['X-Trace'] }, validateParams: accept() });

  it.each([
    { given: { 'X-Trace': 'abc' }, sent: 'abc' },
    { given: { 'X-Trace': 42 }, sent: '42' },
    { given: {}, sent: undefined },
    { given: { 'X-Trace': undefined }, sent: undefined },
  ])('$given sends X-Trace: $sent', async ({ given, sent }) => {
    server.route('GET', HISTORY, (_req, res) => sendJson(res, 200, envelope([])));
    await makeCore(server.url).call(traced(), given);
    expect(server.requests[0]?.headers['x-trace']).toBe(sent);
  });

  it('refuses a value with a line break, naming it, before anything is sent', async () => {
    const error = await rejection(makeCore(server.url).call(traced(), { 'X-Trace': 'a\r\nX-Evil: 1' }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      { path: '/X-Trace', keyword: 'headerValue', message: 'must not contain control characters' },
    ]);
    expect(error.message).toBe(`Invalid parameters for GET ${HISTORY}: X-Trace must not contain control characters`);
    expect(server.requests).toEqual([]);
  });
});

describe('messages name the parameters', () => {
  const rejecting =
    (issues: ValidationIssue[]): Validator<Params> =>
    () => ({ ok: false, errors: issues });

  it.each([
    { path: '', want: 'params must be object' },
    { path: '/fields/0', want: 'fields.0 must be object' },
    { path: '/a~1b', want: 'a/b must be object' },
    { path: '/c~0d', want: 'c~d must be object' },
    { path: '/x~01', want: 'x~1 must be object' },
  ])('the issue at "$path" reads "$want"', async ({ path, want }) => {
    const op = historyOp({ validateParams: rejecting([{ path, keyword: 'type', message: 'must be object' }]) });
    const error = await rejection(makeCore(server.url).call(op, {}));
    expect(error.message).toBe(`Invalid parameters for GET ${HISTORY}: ${want}`);
  });

  it('a response body issue at the root reads "(body)"', async () => {
    const op = invoiceOp();
    const strict: Validator<unknown> = () => ({
      ok: false,
      errors: [{ path: '', keyword: 'type', message: 'must be object' }],
    });
    okPage();
    const error = await rejection(
      makeCore(server.url, { validateResponses: true }, [[op, strict]]).call(op, { account_id: 'acc' }),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toBe(
      `Response of GET ${INVOICE_PATH.replace('{account_id}', 'acc')} does not match the schema: (body) must be object`,
    );
  });
});
