/** Parameters the generated validators reject before anything is sent, and some they let through. */
import { describe, expect, it } from 'vitest';
import { RequestValidationError } from '../../generated/dist/index.js';
import {
  ACCOUNT,
  HISTORY_PATH,
  callEndpoint,
  clientFor,
  drain,
  rejection,
  serveHistory,
  startFileServer,
  type Endpoint,
} from './harness.js';

const server = await startFileServer();

describe('request validation by the generated validators', () => {
  const A31 = 'a'.repeat(31);
  const cases: {
    endpoint: Endpoint;
    label: string;
    given: Record<string, unknown>;
    path: string;
    keyword: string;
    want: string;
  }[] = [
    {
      endpoint: 'history',
      label: 'per_page 51',
      given: { per_page: 51 },
      path: '/per_page',
      keyword: 'maximum',
      want: 'per_page must be <= 50',
    },
    {
      endpoint: 'history',
      label: 'per_page 4',
      given: { per_page: 4 },
      path: '/per_page',
      keyword: 'minimum',
      want: 'per_page must be >= 5',
    },
    {
      endpoint: 'history',
      label: "per_page '5'",
      given: { per_page: '5' },
      path: '/per_page',
      keyword: 'type',
      want: 'per_page must be number',
    },
    {
      endpoint: 'history',
      label: "order 'bogus'",
      given: { order: 'bogus' },
      path: '/order',
      keyword: 'enum',
      want: 'order must be equal to one of the allowed values',
    },
    {
      endpoint: 'history',
      label: 'a 31-character action',
      given: { action: A31 },
      path: '/action',
      keyword: 'maxLength',
      want: 'action must NOT have more than 30 characters',
    },
    {
      endpoint: 'history',
      label: 'occurred_at on 30 February',
      given: { occurred_at: '2024-02-30T00:00:00Z' },
      path: '/occurred_at',
      keyword: 'format',
      want: 'occurred_at must match format "date-time"',
    },
    {
      endpoint: 'history',
      label: "occurred_at 'yesterday'",
      given: { occurred_at: 'yesterday' },
      path: '/occurred_at',
      keyword: 'format',
      want: 'occurred_at must match format "date-time"',
    },
    {
      endpoint: 'history',
      label: 'an unknown parameter',
      given: { colour: 'red' },
      path: '',
      keyword: 'additionalProperties',
      want: 'params must NOT have additional properties',
    },
    {
      endpoint: 'invoices',
      label: "type 'bogus'",
      given: { type: 'bogus' },
      path: '/type',
      keyword: 'enum',
      want: 'type must be equal to one of the allowed values',
    },
    {
      endpoint: 'invoices',
      label: 'per_page 0',
      given: { per_page: 0 },
      path: '/per_page',
      keyword: 'minimum',
      want: 'per_page must be >= 1',
    },
    {
      endpoint: 'invoices',
      label: 'page 1.5',
      given: { page: 1.5 },
      path: '/page',
      keyword: 'type',
      want: 'page must be integer',
    },
    {
      endpoint: 'invoices',
      label: 'a 33-character account_id',
      given: { account_id: 'f'.repeat(33) },
      path: '/account_id',
      keyword: 'maxLength',
      want: 'account_id must NOT have more than 32 characters',
    },
    {
      endpoint: 'invoices',
      label: 'no account_id',
      given: { account_id: undefined },
      path: '',
      keyword: 'required',
      want: "params must have required property 'account_id'",
    },
    {
      endpoint: 'invoices',
      label: 'an unknown parameter',
      given: { order: 'type' },
      path: '',
      keyword: 'additionalProperties',
      want: 'params must NOT have additional properties',
    },
  ];

  it.each(cases)(
    'rejects $label for the $endpoint endpoint with "$want", sending nothing',
    async ({ endpoint, given, path, keyword, want }) => {
      const error = await rejection(callEndpoint(clientFor(server), endpoint, given));
      expect(error).toBeInstanceOf(RequestValidationError);
      const failed = error as RequestValidationError;
      // The path as far as it can be filled: an account_id that cannot be sent stays {account_id}.
      const account = !('account_id' in given) ? ACCOUNT : (given['account_id'] ?? '{account_id}');
      const where = endpoint === 'history' ? HISTORY_PATH : `/accounts/${account}/ai-gateway/billing/invoice-history`;
      expect(failed.message).toBe(`Invalid parameters for GET ${where}: ${want}`);
      expect(failed.issues).toContainEqual(expect.objectContaining({ path, keyword }));
      expect({ method: failed.method, path: failed.path }).toEqual({ method: 'GET', path: where });
      expect(server.requests).toHaveLength(0);
    },
  );

  it.each([
    {
      given: { per_page: 51, order: 'bogus' },
      want: 'order must be equal to one of the allowed values; per_page must be <= 50',
      count: 2,
    },
    {
      given: { action: 'a'.repeat(31), type: 'b'.repeat(31), per_page: 4, page: 0, order: 'x' },
      want: 'action must NOT have more than 30 characters; order must be equal to one of the allowed values; page must be >= 1; per_page must be >= 5; type must NOT have more than 30 characters',
      count: 5,
    },
    {
      given: { action: 'a'.repeat(31), type: 'b'.repeat(31), per_page: 4, page: 0, order: 'x', colour: 'red' },
      want: 'action must NOT have more than 30 characters; order must be equal to one of the allowed values; page must be >= 1; per_page must be >= 5; type must NOT have more than 30 characters; and 1 more',
      count: 6,
    },
  ])('names every problem ($count), at most five of them in the message', async ({ given, want, count }) => {
    const error = await rejection(callEndpoint(clientFor(server), 'history', given));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toBe(`Invalid parameters for GET ${HISTORY_PATH}: ${want}`);
    expect((error as RequestValidationError).issues).toHaveLength(count);
  });

  it('rejects bad parameters of a for await run before its first request', async () => {
    const error = await rejection(drain(clientFor(server).user.billing.history.list({ per_page: 51 })));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('lets an action of exactly 30 characters and an RFC 3339 occurred_at through to the server', async () => {
    serveHistory(server, 1);
    const action = 'a'.repeat(30);
    await clientFor(server).user.billing.history.list({ action, occurred_at: '2024-02-29T23:59:59.5+01:00' });
    expect(server.requests[0]!.query.get('action')).toBe(action);
    expect(server.requests[0]!.query.get('occurred_at')).toBe('2024-02-29T23:59:59.5+01:00');
  });
});
