/**
 * What the generated client refuses or hides to stay safe: unsafe options, credentials in any
 * error, and path parameters that would climb out of their segment.
 */
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  AuthenticationError,
  CloudflareAPIError,
  CloudflareError,
  createCloudflareBillingClient,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  RedirectError,
  RequestValidationError,
  ResponseValidationError,
  type CloudflareBillingClientOptions,
} from '../../generated/dist/index.js';
import { envelope, sendJson, sendRaw, type Handler } from '../runtime/server.js';
import {
  EMAIL,
  HISTORY_PATH,
  KEY,
  SECRETS,
  TOKEN,
  billingItem,
  clientFor,
  drain,
  errorText,
  rejection,
  sendFailure,
  serveHistory,
  serveInvoices,
  silent,
  startFileServer,
} from './harness.js';

const server = await startFileServer();

describe('unsafe settings refused when the client is created', () => {
  it('refuses a token with a line break, naming the option and not the value', () => {
    expect(() => createCloudflareBillingClient({ apiToken: `${TOKEN}\r\nX-Injected: 1` })).toThrow(
      new CloudflareError('The option apiToken contains a control character (CR, LF or similar)'),
    );
  });

  it('refuses plain http to a host other than loopback unless allowInsecureHttp is set', () => {
    const insecure = { apiToken: TOKEN, baseUrl: 'http://billing.example.com/client/v4' };
    expect(() => createCloudflareBillingClient(insecure)).toThrow(/The option baseUrl must be an absolute https URL/);
    expect(() => createCloudflareBillingClient({ ...insecure, allowInsecureHttp: true })).not.toThrow();
  });
});

describe('credentials in errors', () => {
  const echo = `token ${TOKEN}, email ${EMAIL}, key ${KEY}`;
  const routes: {
    name: string;
    options?: CloudflareBillingClientOptions;
    handler: Handler;
    type: typeof CloudflareError;
  }[] = [
    {
      name: 'an API error echoing them',
      handler: (_req, res) => sendFailure(res, 401, `Bad credentials: ${echo}`),
      type: AuthenticationError,
    },
    {
      name: 'a 200 with success: false echoing them',
      handler: (_req, res) => sendFailure(res, 200, echo),
      type: CloudflareAPIError,
    },
    {
      name: 'retries exhausted',
      handler: (_req, res) => sendFailure(res, 503, echo, { 'retry-after': '0' }),
      type: InternalServerError,
    },
    {
      name: 'a non-JSON body echoing them',
      handler: (_req, res) => sendRaw(res, 200, `<html>${echo}</html>`),
      type: InvalidResponseError,
    },
    {
      name: 'a body breaking the schema with them inside',
      options: { validateResponses: true },
      handler: (_req, res) => sendJson(res, 200, envelope([{ ...billingItem(1), id: { echo }, amount: echo }])),
      type: ResponseValidationError,
    },
    {
      name: 'a redirect to a URL holding them',
      handler: (_req, res) => void res.writeHead(302, { location: `https://evil.example/${TOKEN}?k=${KEY}` }).end(),
      type: RedirectError,
    },
    { name: 'a timeout', options: { timeoutMs: 30, maxRetries: 0 }, handler: silent, type: APITimeoutError },
    {
      name: 'a reset connection',
      options: { maxRetries: 0 },
      handler: (req) => void req.socket.destroy(),
      type: APIConnectionError,
    },
  ];
  const clients = [
    { scheme: 'token', credentials: {}, held: [TOKEN] },
    { scheme: 'email + key', credentials: { apiToken: undefined, apiEmail: EMAIL, apiKey: KEY }, held: [EMAIL, KEY] },
    { scheme: 'token + email + key', credentials: { apiEmail: EMAIL, apiKey: KEY }, held: SECRETS },
  ];
  const cases = clients.flatMap((client) => routes.map((route) => ({ ...client, ...route })));

  it.each(cases)(
    'a $scheme client keeps its credentials out of message, stack and JSON of $name',
    async ({ credentials, held, options, handler, type }) => {
      server.route('GET', HISTORY_PATH, handler);
      const error = await rejection(clientFor(server, { ...credentials, ...options }).user.billing.history.list());
      expect(error).toBeInstanceOf(type);
      const text = errorText(error);
      for (const secret of held) expect(text).not.toContain(secret);
    },
  );

  it('masks them as [redacted] where the server echoed them', async () => {
    server.route('GET', HISTORY_PATH, (_req, res) => sendFailure(res, 400, echo));
    const error = await rejection(clientFor(server, { apiEmail: EMAIL, apiKey: KEY }).user.billing.history.list());
    expect(error.message).toContain('token [redacted], email [redacted], key [redacted]');
  });

  it('keeps them out of aborts, request validation and pagination limits too', async () => {
    serveHistory(server, 12);
    const cf = clientFor(server, { apiEmail: EMAIL, apiKey: KEY, maxPages: 1 });
    const errors = [
      await rejection(cf.user.billing.history.list({}, { signal: AbortSignal.abort() })),
      await rejection(cf.user.billing.history.list({ per_page: 51 })),
      await rejection(drain(cf.user.billing.history.list({ per_page: 5 }))),
    ];
    expect(errors.map((e) => e.name)).toEqual(['APIUserAbortError', 'RequestValidationError', 'PaginationLimitError']);
    for (const secret of SECRETS) expect(errors.map((e) => errorText(e)).join('\n')).not.toContain(secret);
  });
});

describe('path parameter encoding', () => {
  const ESCAPED = '/accounts/..%2F..%2Fuser/ai-gateway/billing/invoice-history';

  it("sends account_id '../../user' as one encoded segment, so the server sees the invoice path and never /user", async () => {
    serveInvoices(server, 1, ESCAPED);
    serveHistory(server, 1);
    const result = await clientFor(server).aiGateway.billing.invoiceHistory({ account_id: '../../user' });
    expect(result.invoices).toHaveLength(1);
    expect(server.requests.map((r) => r.path)).toEqual([ESCAPED]);
    expect(server.hits('GET', HISTORY_PATH)).toHaveLength(0);
  });

  it('reports the encoded path in errors, as it was sent', async () => {
    server.route('GET', ESCAPED, (_req, res) => sendFailure(res, 404, 'No such account'));
    const error = await rejection(clientFor(server).aiGateway.billing.invoiceHistory({ account_id: '../../user' }));
    expect((error as NotFoundError).path).toBe(ESCAPED);
  });

  it.each(['.', '..', ''])("rejects account_id '%s' before sending anything", async (accountId) => {
    const error = await rejection(clientFor(server).aiGateway.billing.invoiceHistory({ account_id: accountId }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toContain('account_id must be a non-empty string other than "." and ".."');
    expect(server.requests).toHaveLength(0);
  });
});
