/**
 * The generated package, used the way a user would: imported from generated/dist, talking real
 * HTTP to a node:http server on 127.0.0.1. Every assertion about requests is about what arrived.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  CloudflareAPIError,
  CloudflareError,
  ConflictError,
  createCloudflareBillingClient,
  InternalServerError,
  InvalidResponseError,
  MissingCredentialsError,
  NotFoundError,
  PaginationLimitError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  RequestValidationError,
  ResponseValidationError,
  UnprocessableEntityError,
  type CloudflareBillingClient,
  type CloudflareBillingClientOptions,
  type ListAiGatewayInvoiceHistoryParams,
  type ListUserBillingHistoryParams,
} from '../../generated/dist/index.js';
import { envelope, sendJson, sendRaw, startServer, type Handler, type TestServer } from '../runtime/server.js';
import {
  ACCOUNT,
  EMAIL,
  ENV_VARS,
  HISTORY_PATH,
  INVOICE_PATH,
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
  setEnv,
  withEnv,
} from './harness.js';

let server: TestServer;
let savedEnv: Record<string, string | undefined>;
beforeAll(async () => {
  server = await startServer();
  // A developer's real CLOUDFLARE_* variables must neither leak into these requests nor change them.
  savedEnv = Object.fromEntries(ENV_VARS.map((name) => [name, process.env[name]]));
  setEnv(Object.fromEntries(ENV_VARS.map((name) => [name, undefined])));
});
afterAll(async () => {
  setEnv(savedEnv);
  await server.close();
});
beforeEach(() => server.reset());

type Endpoint = 'history' | 'invoices';
const ENDPOINTS: readonly Endpoint[] = ['history', 'invoices'];
const PATHS: Record<Endpoint, string> = { history: HISTORY_PATH, invoices: INVOICE_PATH };

/** The first page of an endpoint, with extra (possibly ill-typed) parameters. */
function callEndpoint(
  cf: CloudflareBillingClient,
  endpoint: Endpoint,
  params: Record<string, unknown> = {},
): PromiseLike<unknown> {
  return endpoint === 'history'
    ? cf.user.billing.history.list(params as ListUserBillingHistoryParams)
    : cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, ...params } as ListAiGatewayInvoiceHistoryParams);
}

function serveBoth(): void {
  serveHistory(server, 1);
  serveInvoices(server, 1);
}

/** A handler that never answers: the client has to give up on its own. */
const silent: Handler = () => undefined;

describe('authentication headers', () => {
  it.each(ENDPOINTS)(
    'sends an API token as Authorization: Bearer, and no X-Auth headers, to the %s endpoint',
    async (endpoint) => {
      serveBoth();
      await callEndpoint(clientFor(server), endpoint);
      const { headers } = server.requests[0]!;
      expect(headers['authorization']).toBe(`Bearer ${TOKEN}`);
      expect(headers['x-auth-email']).toBeUndefined();
      expect(headers['x-auth-key']).toBeUndefined();
      expect(headers['user-agent']).toBe('cloudflare-billing-client/0.1.0');
    },
  );

  it.each(ENDPOINTS)(
    'sends an email and a Global API key as X-Auth-Email and X-Auth-Key, and no Authorization, to the %s endpoint',
    async (endpoint) => {
      serveBoth();
      await callEndpoint(clientFor(server, { apiToken: undefined, apiEmail: EMAIL, apiKey: KEY }), endpoint);
      const { headers } = server.requests[0]!;
      expect(headers['x-auth-email']).toBe(EMAIL);
      expect(headers['x-auth-key']).toBe(KEY);
      expect(headers['authorization']).toBeUndefined();
    },
  );

  it('uses only the token when a client has both schemes, as the spec lists the token first', async () => {
    serveBoth();
    await callEndpoint(clientFor(server, { apiEmail: EMAIL, apiKey: KEY }), 'history');
    const { headers } = server.requests[0]!;
    expect(headers['authorization']).toBe(`Bearer ${TOKEN}`);
    expect(headers['x-auth-email']).toBeUndefined();
    expect(headers['x-auth-key']).toBeUndefined();
  });

  it('sends per-call headers alongside the credentials', async () => {
    serveBoth();
    await clientFor(server).aiGateway.billing.invoiceHistory(
      { account_id: ACCOUNT },
      { headers: { 'X-Trace': 'abc' } },
    );
    expect(server.requests[0]!.headers).toMatchObject({ 'x-trace': 'abc', authorization: `Bearer ${TOKEN}` });
  });
});

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

describe('credentials from the environment', () => {
  it('falls back to CLOUDFLARE_API_TOKEN when no credential option is given', async () => {
    serveBoth();
    await withEnv({ CLOUDFLARE_API_TOKEN: TOKEN }, () =>
      callEndpoint(clientFor(server, { apiToken: undefined }), 'invoices'),
    );
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
  });

  it('falls back to CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY together', async () => {
    serveBoth();
    await withEnv({ CLOUDFLARE_EMAIL: EMAIL, CLOUDFLARE_API_KEY: KEY }, () =>
      callEndpoint(clientFor(server, { apiToken: undefined }), 'history'),
    );
    expect(server.requests[0]!.headers['x-auth-email']).toBe(EMAIL);
    expect(server.requests[0]!.headers['x-auth-key']).toBe(KEY);
    expect(server.requests[0]!.headers['authorization']).toBeUndefined();
  });

  it('lets an option win over the environment variable of the same credential', async () => {
    serveBoth();
    await withEnv({ CLOUDFLARE_API_TOKEN: 'tok_from_the_environment' }, () =>
      callEndpoint(clientFor(server), 'history'),
    );
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
  });

  it('restores the environment afterwards, so these tests leave no variable behind', async () => {
    await withEnv({ CLOUDFLARE_API_TOKEN: TOKEN }, async () => expect(process.env['CLOUDFLARE_API_TOKEN']).toBe(TOKEN));
    expect(process.env['CLOUDFLARE_API_TOKEN']).toBeUndefined();
  });

  it('rejects with MissingCredentialsError naming every option and variable, and sends nothing, when there are none', async () => {
    const error = await rejection(callEndpoint(clientFor(server, { apiToken: undefined }), 'invoices'));
    expect(error).toBeInstanceOf(MissingCredentialsError);
    expect(error.message).toBe(
      `GET /accounts/{account_id}/ai-gateway/billing/invoice-history needs credentials: pass apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail and apiKey (or set CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY)`,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('envelope unwrapping', () => {
  it('history.list resolves to { result, result_info } without success, errors or messages', async () => {
    const items = serveHistory(server, 3);
    const page = await clientFor(server).user.billing.history.list({ per_page: 50, order: 'occurred_at' });
    expect(page).toEqual({ result: items, result_info: { page: 1, per_page: 50, count: 3, total_count: 3 } });
  });

  it('invoiceHistory resolves to the result itself: { invoices, pagination }', async () => {
    const invoices = serveInvoices(server, 2);
    const result = await clientFor(server).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, type: 'all' });
    expect(result).toEqual({ invoices, pagination: { page: 1, per_page: 20, total_count: 2, has_more: false } });
  });

  it.each(ENDPOINTS)('rejects a 200 whose envelope says success: false on the %s endpoint', async (endpoint) => {
    server.route('GET', PATHS[endpoint], (_req, res) => sendFailure(res, 200, 'Billing is unavailable'));
    const error = await rejection(callEndpoint(clientFor(server), endpoint));
    expect(error).toBeInstanceOf(CloudflareAPIError);
    expect(error.message).toBe(`GET ${PATHS[endpoint]} failed with status 200: Billing is unavailable (code 2000)`);
  });
});

describe('auto-pagination with for await', () => {
  it('walks every billing history item of three pages exactly once, in order, asking for page 1, 2 and 3', async () => {
    const all = serveHistory(server, 13);
    const seen: string[] = [];
    const cf = clientFor(server);
    for await (const item of cf.user.billing.history.list({ per_page: 5, order: 'occurred_at' })) {
      seen.push(item.id);
    }
    expect(seen).toEqual(all.map((item) => item.id));
    const queries = server.hits('GET', HISTORY_PATH).map((r) => Object.fromEntries(r.query));
    expect(queries).toEqual([
      { page: '1', per_page: '5', order: 'occurred_at' },
      { page: '2', per_page: '5', order: 'occurred_at' },
      { page: '3', per_page: '5', order: 'occurred_at' },
    ]);
  });

  it('walks every invoice of three pages exactly once, in order, following pagination.has_more', async () => {
    const all = serveInvoices(server, 5);
    const seen: (string | null | undefined)[] = [];
    const cf = clientFor(server);
    for await (const item of cf.aiGateway.billing.invoiceHistory({
      account_id: ACCOUNT,
      per_page: 2,
      type: 'manual',
    })) {
      seen.push(item.id);
    }
    expect(seen).toEqual(all.map((item) => item.id));
    const queries = server.hits('GET', INVOICE_PATH).map((r) => Object.fromEntries(r.query));
    expect(queries).toEqual([
      { page: '1', per_page: '2', type: 'manual' },
      { page: '2', per_page: '2', type: 'manual' },
      { page: '3', per_page: '2', type: 'manual' },
    ]);
  });

  it('starts from the requested page and walks on from there', async () => {
    const all = serveHistory(server, 12);
    const seen: string[] = [];
    for await (const item of clientFor(server).user.billing.history.list({ page: 2, per_page: 5 })) seen.push(item.id);
    expect(seen).toEqual(all.slice(5).map((item) => item.id));
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['2', '3']);
  });

  it('fetches only the first page when the method is awaited', async () => {
    serveInvoices(server, 5);
    const first = await clientFor(server).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, per_page: 2 });
    expect(first.invoices.map((i) => i.id)).toEqual(['inv1', 'inv2']);
    expect(server.requests).toHaveLength(1);
  });

  it('stops with PaginationLimitError once maxPages pages are fetched and the server still has more', async () => {
    serveInvoices(server, 5);
    const cf = clientFor(server, { maxPages: 2 });
    const error = await rejection(drain(cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, per_page: 2 })));
    expect(error).toBeInstanceOf(PaginationLimitError);
    expect(server.requests).toHaveLength(2);
  });
});

describe('.pages()', () => {
  it('yields each billing history page as { result, result_info }', async () => {
    serveHistory(server, 11);
    const pages = [];
    for await (const page of clientFor(server).user.billing.history.list({ per_page: 5 }).pages()) pages.push(page);
    expect(pages.map((p) => p.result.length)).toEqual([5, 5, 1]);
    expect(pages.map((p) => p.result_info)).toEqual(
      [1, 2, 3].map((page) => ({ page, per_page: 5, count: page < 3 ? 5 : 1, total_count: 11 })),
    );
  });

  it('yields each invoice page as { invoices, pagination }', async () => {
    serveInvoices(server, 6);
    const pages = [];
    const cf = clientFor(server);
    for await (const page of cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, per_page: 2 }).pages()) {
      pages.push(page);
    }
    expect(pages.map((p) => p.invoices.map((i) => i.id))).toEqual([
      ['inv1', 'inv2'],
      ['inv3', 'inv4'],
      ['inv5', 'inv6'],
    ]);
    expect(pages.map((p) => p.pagination.has_more)).toEqual([true, true, false]);
  });
});

describe('retries', () => {
  it('retries a 429 with Retry-After: 0 and resolves with the answer that follows', async () => {
    const items = [billingItem(1)];
    server.route('GET', HISTORY_PATH, (_req, res, hit) =>
      hit === 0
        ? sendFailure(res, 429, 'Slow down', { 'retry-after': '0' })
        : sendJson(res, 200, envelope(items, { total_count: 1 })),
    );
    const page = await clientFor(server).user.billing.history.list();
    expect(page.result).toEqual(items);
    expect(server.requests).toHaveLength(2);
  });

  it('waits the seconds Retry-After asks before retrying a 503', async () => {
    server.route('GET', INVOICE_PATH, (_req, res, hit) =>
      hit === 0
        ? sendFailure(res, 503, 'Busy', { 'retry-after': '1' })
        : sendJson(res, 200, envelope({ invoices: [], pagination: { has_more: false } })),
    );
    const started = performance.now();
    await clientFor(server).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after maxRetries with the last error, counting every attempt', async () => {
    server.route('GET', HISTORY_PATH, (_req, res) => sendFailure(res, 500, 'Internal error', { 'retry-after': '0' }));
    const error = await rejection(clientFor(server, { maxRetries: 2 }).user.billing.history.list());
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    server.route('GET', HISTORY_PATH, (_req, res) => sendFailure(res, 404, 'Not found'));
    await rejection(clientFor(server).user.billing.history.list());
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeouts and aborts', () => {
  it('rejects with APITimeoutError after retrying an attempt that outlives timeoutMs', async () => {
    server.route('GET', INVOICE_PATH, silent);
    const error = await rejection(
      clientFor(server, { timeoutMs: 50, maxRetries: 1 }).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT }),
    );
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toBe(`GET ${INVOICE_PATH} timed out after 50 ms`);
    // Counted by the client: on a busy machine an attempt may time out before the server logs it.
    expect((error as APITimeoutError).attempts).toBe(2);
  });

  it('honours a per-call timeoutMs over the client default', async () => {
    server.route('GET', HISTORY_PATH, silent);
    const error = await rejection(
      clientFor(server, { maxRetries: 0 }).user.billing.history.list({}, { timeoutMs: 30 }),
    );
    expect(error).toBeInstanceOf(APITimeoutError);
  });

  it('rejects with APIUserAbortError, and does not retry, when the caller aborts mid-request', async () => {
    const controller = new AbortController();
    server.route('GET', HISTORY_PATH, () => controller.abort());
    const error = await rejection(clientFor(server).user.billing.history.list({}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.message).toBe(`GET ${HISTORY_PATH} was aborted`);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects with APIUserAbortError and sends nothing when the signal is already aborted', async () => {
    const error = await rejection(
      clientFor(server).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT }, { signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });
});

const STATUSES = [
  { status: 400, type: BadRequestError, name: 'BadRequestError' },
  { status: 401, type: AuthenticationError, name: 'AuthenticationError' },
  { status: 403, type: PermissionDeniedError, name: 'PermissionDeniedError' },
  { status: 404, type: NotFoundError, name: 'NotFoundError' },
  { status: 409, type: ConflictError, name: 'ConflictError' },
  { status: 418, type: CloudflareAPIError, name: 'CloudflareAPIError' },
  { status: 422, type: UnprocessableEntityError, name: 'UnprocessableEntityError' },
  { status: 429, type: RateLimitError, name: 'RateLimitError' },
  { status: 500, type: InternalServerError, name: 'InternalServerError' },
  { status: 502, type: InternalServerError, name: 'InternalServerError' },
  { status: 503, type: InternalServerError, name: 'InternalServerError' },
];

describe('API errors by status', () => {
  const cases = ENDPOINTS.flatMap((endpoint) => STATUSES.map((row) => ({ endpoint, ...row })));

  it.each(cases)(
    'a $status from the $endpoint endpoint rejects as $name with status, errors, messages, requestId, method and path',
    async ({ endpoint, status, type, name }) => {
      server.route('GET', PATHS[endpoint], (_req, res) => sendFailure(res, status, `Failure ${status}`));
      const error = await rejection(callEndpoint(clientFor(server, { maxRetries: 0 }), endpoint));
      expect(error).toBeInstanceOf(type);
      expect(error).toBeInstanceOf(CloudflareAPIError);
      expect(error).toBeInstanceOf(CloudflareError);
      expect(error).toBeInstanceOf(Error);
      const apiError = error as CloudflareAPIError;
      expect(apiError.name).toBe(name);
      expect({ ...apiError }).toMatchObject({
        status,
        errors: [{ code: status * 10, message: `Failure ${status}` }],
        messages: [{ code: 1, message: 'see the docs' }],
        requestId: `ray-${status}-LHR`,
        method: 'GET',
        path: PATHS[endpoint],
        attempts: 1,
      });
      expect(apiError.message).toBe(
        `GET ${PATHS[endpoint]} failed with status ${status}: Failure ${status} (code ${status * 10})`,
      );
    },
  );
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
      want: 'order must be one of "type", "occurred_at", "action"',
    },
    {
      endpoint: 'history',
      label: 'a 31-character action',
      given: { action: A31 },
      path: '/action',
      keyword: 'maxLength',
      want: 'action must be at most 30 characters',
    },
    {
      endpoint: 'history',
      label: 'occurred_at on 30 February',
      given: { occurred_at: '2024-02-30T00:00:00Z' },
      path: '/occurred_at',
      keyword: 'format',
      want: 'occurred_at must be a valid date-time',
    },
    {
      endpoint: 'history',
      label: "occurred_at 'yesterday'",
      given: { occurred_at: 'yesterday' },
      path: '/occurred_at',
      keyword: 'format',
      want: 'occurred_at must be a valid date-time',
    },
    {
      endpoint: 'history',
      label: 'an unknown parameter',
      given: { colour: 'red' },
      path: '',
      keyword: 'additionalProperties',
      want: "params must not have additional property 'colour'",
    },
    {
      endpoint: 'invoices',
      label: "type 'bogus'",
      given: { type: 'bogus' },
      path: '/type',
      keyword: 'enum',
      want: 'type must be one of "auto", "all", "manual"',
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
      want: 'account_id must be at most 32 characters',
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
      want: "params must not have additional property 'order'",
    },
  ];

  it.each(cases)(
    'rejects $label for the $endpoint endpoint with "$want", sending nothing',
    async ({ endpoint, given, path, keyword, want }) => {
      const error = await rejection(callEndpoint(clientFor(server), endpoint, given));
      expect(error).toBeInstanceOf(RequestValidationError);
      const failed = error as RequestValidationError;
      // The template, not the filled path: the parameters that would fill it may be the problem.
      const template =
        endpoint === 'history' ? HISTORY_PATH : '/accounts/{account_id}/ai-gateway/billing/invoice-history';
      expect(failed.message).toBe(`Invalid parameters for GET ${template}: ${want}`);
      expect(failed.issues).toContainEqual(expect.objectContaining({ path, keyword }));
      expect({ method: failed.method, path: failed.path }).toEqual({ method: 'GET', path: template });
      expect(server.requests).toHaveLength(0);
    },
  );

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

describe('response validation', () => {
  const badHistory: Handler = (_req, res) =>
    sendJson(res, 200, envelope([{ ...billingItem(1), id: 123 }], { total_count: 1 }), { 'cf-ray': 'ray-bad-LHR' });

  it('rejects a billing history body breaking the schema with ResponseValidationError at /result/0/id when validateResponses is on', async () => {
    server.route('GET', HISTORY_PATH, badHistory);
    const error = await rejection(clientFor(server, { validateResponses: true }).user.billing.history.list());
    expect(error).toBeInstanceOf(ResponseValidationError);
    const failed = error as ResponseValidationError;
    expect(failed.message).toBe(
      `Response of GET ${HISTORY_PATH} does not match the schema: /result/0/id must be string`,
    );
    expect(failed.issues).toEqual([{ path: '/result/0/id', keyword: 'type', message: 'must be string' }]);
    expect({ status: failed.status, requestId: failed.requestId }).toEqual({ status: 200, requestId: 'ray-bad-LHR' });
  });

  it('points into the invoices of an invoice history body breaking the schema', async () => {
    server.route('GET', INVOICE_PATH, (_req, res) =>
      sendJson(
        res,
        200,
        envelope({
          invoices: [{ amount_due: '1', amount_paid: 0, amount_remaining: 0, currency: 'USD' }],
          pagination: { has_more: false, page: 1, per_page: 20, total_count: 1 },
        }),
      ),
    );
    const error = await rejection(
      clientFor(server, { validateResponses: true }).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT }),
    );
    expect((error as ResponseValidationError).issues).toEqual([
      { path: '/result/invoices/0/amount_due', keyword: 'type', message: 'must be number' },
    ]);
  });

  it('is off by default: the same bad body resolves as sent', async () => {
    server.route('GET', HISTORY_PATH, badHistory);
    const page = await clientFor(server).user.billing.history.list();
    expect(page.result[0]?.id).toBe(123);
  });
});

describe('deprecation warning', () => {
  const WARNING =
    '[cloudflare-billing-client] GET /user/billing/history is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)';

  /** The warning is once per process, so each test gets its own copy of the package. */
  async function freshPackage(): Promise<typeof import('../../generated/dist/index.js')> {
    vi.resetModules();
    return import('../../generated/dist/index.js');
  }

  function collector(): { warn(message: string): void; messages: string[] } {
    const messages: string[] = [];
    return { messages, warn: (message) => messages.push(message) };
  }

  it('warns once, through the logger option, however often and by however many clients the method is called', async () => {
    const pkg = await freshPackage();
    serveHistory(server, 7);
    serveInvoices(server, 1);
    const logger = collector();
    const options = { baseUrl: server.url, apiToken: TOKEN, logger };
    const cf = pkg.createCloudflareBillingClient(options);
    await cf.user.billing.history.list({ per_page: 5 });
    await drain(cf.user.billing.history.list({ per_page: 5 }));
    await cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT });
    const second = collector();
    await pkg.createCloudflareBillingClient({ ...options, logger: second }).user.billing.history.list();
    expect(logger.messages).toEqual([WARNING]);
    expect(second.messages).toEqual([]);
  });

  it('stays silent with warnOnDeprecated: false', async () => {
    const pkg = await freshPackage();
    serveHistory(server, 1);
    const logger = collector();
    const options = { baseUrl: server.url, apiToken: TOKEN, logger };
    await pkg.createCloudflareBillingClient({ ...options, warnOnDeprecated: false }).user.billing.history.list();
    expect(logger.messages).toEqual([]);
    // not just already warned: the same package still warns a client that did not opt out
    await pkg.createCloudflareBillingClient(options).user.billing.history.list();
    expect(logger.messages).toEqual([WARNING]);
  });
});

describe('raw openapi-fetch client', () => {
  it("cf.raw.GET('/user/billing/history') sends the query and the token and returns the whole envelope", async () => {
    const items = serveHistory(server, 6);
    const { data, error, response } = await clientFor(server).raw.GET('/user/billing/history', {
      params: { query: { per_page: 5 } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual({
      success: true,
      errors: [],
      messages: [],
      result: items.slice(0, 5),
      result_info: { page: 1, per_page: 5, count: 5, total_count: 6 },
    });
    expect(server.requests[0]!.query.get('per_page')).toBe('5');
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
  });

  it('sends X-Auth-Email and X-Auth-Key for an email + key client', async () => {
    serveInvoices(server, 1);
    const cf = clientFor(server, { apiToken: undefined, apiEmail: EMAIL, apiKey: KEY });
    const { data } = await cf.raw.GET('/accounts/{account_id}/ai-gateway/billing/invoice-history', {
      params: { path: { account_id: ACCOUNT } },
    });
    expect(data?.result.invoices).toHaveLength(1);
    expect(server.requests[0]!.headers).toMatchObject({ 'x-auth-email': EMAIL, 'x-auth-key': KEY });
    expect(server.requests[0]!.headers['authorization']).toBeUndefined();
  });
});
