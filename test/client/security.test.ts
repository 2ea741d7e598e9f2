/**
 * What the generated client refuses or hides to stay safe: unsafe options, credentials in any
 * error, and path parameters that would climb out of their segment.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  CloudflareAPIError,
  CloudflareError,
  createCloudflareBillingClient,
  InternalServerError,
  InvalidResponseError,
  logging,
  NotFoundError,
  RedirectError,
  RequestValidationError,
  ResponseValidationError,
  type CloudflareBillingClient,
  type CloudflareBillingClientOptions,
} from '../../generated/dist/index.js';
import { responseValidators } from '../../generated/dist/response-validators.js';
import { envelope, sendJson, sendRaw, type Handler } from '../runtime/server.js';
import { ROOT, runCliProcess } from '../support/cli.js';
import {
  EMAIL,
  HISTORY_PATH,
  KEY,
  SECRETS,
  TOKEN,
  billingItem,
  clientFor,
  countingFetch,
  drain,
  errorText,
  rejection,
  sendFailure,
  serveHistory,
  serveInvoices,
  silent,
  startFileServer,
  withEnv,
} from './harness.js';

const server = await startFileServer();

describe('unsafe settings refused when the client is created', () => {
  it.each([
    { label: 'a line break', apiToken: `${TOKEN}\r\nX-Injected: 1` },
    { label: 'a character outside Latin-1', apiToken: `${TOKEN}\u20ac` },
    { label: 'a lone surrogate', apiToken: `${TOKEN}\ud800` },
  ])('refuses a token with $label, naming the option and not the value', async ({ apiToken }) => {
    expect(() => createCloudflareBillingClient({ apiToken })).toThrow(
      new CloudflareError('The option apiToken must be a string without control or non-Latin-1 characters'),
    );
    // From the environment too, naming the variable.
    await withEnv({ CLOUDFLARE_API_TOKEN: apiToken }, async () =>
      expect(() => createCloudflareBillingClient({})).toThrow(
        new CloudflareError(
          'The environment variable CLOUDFLARE_API_TOKEN must be a string without control or non-Latin-1 characters',
        ),
      ),
    );
  });

  it('refuses plain http to a host other than loopback unless allowInsecureHttp is set', () => {
    const insecure = { apiToken: TOKEN, baseUrl: 'http://billing.example.com/client/v4' };
    expect(() => createCloudflareBillingClient(insecure)).toThrow(
      /The option baseUrl must be https without user:password, query or fragment \(http: only to loopback or with allowInsecureHttp: true/,
    );
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
      options: { validateResponses: responseValidators },
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

/**
 * Regressions of the security review, each through the generated package over real HTTP: echoed
 * credentials in every place a server can put them, values that cannot be sent, Retry-After
 * values that must not shorten the backoff, and params read once.
 */
describe('echoed credentials are redacted wherever the server puts them', () => {
  /** No credential, in any letter case, in any view of the error. */
  const expectClean = (error: unknown): void => {
    const text = errorText(error).toLowerCase();
    for (const secret of SECRETS) expect(text).not.toContain(secret.toLowerCase());
  };

  it('drops a cf-ray header holding the token: requestId is null', async () => {
    server.route('GET', HISTORY_PATH, (_req, res) => sendFailure(res, 403, 'Denied', { 'cf-ray': TOKEN }));
    const error = (await rejection(clientFor(server).user.billing.history.list())) as CloudflareAPIError;
    expect(error.requestId).toBeNull();
    expectClean(error);
  });

  it('names a redirect target by its origin, the token (lower-cased by the URL parser) redacted', async () => {
    const location = `https://${TOKEN.toLowerCase()}.evil.example/${TOKEN}?key=${KEY}`;
    server.route('GET', HISTORY_PATH, (_req, res) => void res.writeHead(302, { location }).end());
    const error = await rejection(clientFor(server, { apiEmail: EMAIL, apiKey: KEY }).user.billing.history.list());
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain('redirected to https://[redacted].evil.example,');
    expectClean(error);
  });

  it.each([
    { label: 'as sent', echoed: TOKEN },
    { label: 'upper-cased', echoed: TOKEN.toUpperCase() },
  ])('redacts the token $label in a body excerpt before cutting it, so no prefix survives', async ({ echoed }) => {
    // The excerpt keeps 100 characters: the token starts at 95, across the cut.
    server.route('GET', HISTORY_PATH, (_req, res) => sendRaw(res, 200, `${'x'.repeat(95)}${echoed} and more`));
    const error = (await rejection(clientFor(server).user.billing.history.list())) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.excerpt).toBe(`${'x'.repeat(95)}[reda…`);
    expect(errorText(error).toLowerCase()).not.toContain(TOKEN.slice(0, 5).toLowerCase());
  });

  it('keeps raw bytes out of a transport failure and its whole cause chain', async () => {
    // A response header undici cannot parse, echoing the token: its HTTPParserError keeps the raw
    // bytes in `.data`, which util.inspect would print.
    const tcp = createTcpServer((socket) =>
      socket.once('data', () => socket.end(`HTTP/1.1 200 OK\r\nX-Echo: ${TOKEN}\u0001\r\nContent-Length: 0\r\n\r\n`)),
    );
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(tcp.address() as AddressInfo).port}`;
      const error = await rejection(clientFor(server, { baseUrl, maxRetries: 0 }).user.billing.history.list());
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error.cause).toBeInstanceOf(Error);
      expect(errorText(error)).not.toContain('X-Echo');
      expectClean(error);
    } finally {
      tcp.close();
    }
  });
});

describe('values that cannot be sent are refused before anything is sent', () => {
  it.each([
    {
      label: 'a path parameter',
      call: (cf: CloudflareBillingClient) => cf.aiGateway.billing.invoiceHistory({ account_id: 'ab\ud800' }),
      at: '/account_id',
    },
    {
      label: 'a query parameter',
      call: (cf: CloudflareBillingClient) => cf.user.billing.history.list({ action: 'a\udc00b' }),
      at: '/action',
    },
  ])('a lone surrogate in $label is a RequestValidationError, not a URIError', async ({ call, at }) => {
    const counting = countingFetch();
    const error = await rejection(call(clientFor(server, { fetch: counting.fetch })));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      { path: at, keyword: 'encoding', message: 'must not hold a lone surrogate' },
    ]);
    expect(counting.count()).toBe(0);
    expect(server.requests).toHaveLength(0);
  });
});

describe('Retry-After that must not shorten the backoff', () => {
  /**
   * The delay the client chose before its first retry, read from its info log line; the logger
   * aborts the call there, so no test waits for the backoff.
   */
  async function firstDelay(retryAfter: string): Promise<number> {
    server.route('GET', HISTORY_PATH, (_req, res) => sendFailure(res, 503, 'Busy', { 'retry-after': retryAfter }));
    const controller = new AbortController();
    const lines: string[] = [];
    const logger = {
      info: (line: string): void => {
        lines.push(line);
        controller.abort();
      },
    };
    const cf = clientFor(server, { retryBaseDelayMs: 4000, maxRetries: 1, log: logging({ level: 'info', logger }) });
    const error = await rejection(cf.user.billing.history.list({}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
    const delay = /retrying in (\d+) ms/.exec(lines[0] ?? '')?.[1];
    expect(delay, lines.join('\n')).toBeDefined();
    return Number(delay);
  }

  it.each([
    { label: '0', value: '0' },
    { label: 'a date in the past', value: 'Wed, 21 Oct 2015 07:28:00 GMT' },
    { label: '"1, 2" (not a delay, and no date)', value: '1, 2' },
    { label: 'a negative number', value: '-5' },
  ])('Retry-After $label: the normal backoff (base 4000 ms, up to 25% jitter)', async ({ value }) => {
    const delay = await firstDelay(value);
    expect(delay).toBeGreaterThanOrEqual(3000);
    expect(delay).toBeLessThanOrEqual(4000);
  });

  it('a valid Retry-After is honoured instead (the check above can tell them apart)', async () => {
    expect(await firstDelay('2')).toBe(2000);
  });
});

describe('params objects', () => {
  it('are read once: a getter is called once, and the value validated is the value sent', async () => {
    serveHistory(server, 1);
    let reads = 0;
    const params = {
      get per_page(): number {
        reads++;
        return reads === 1 ? 5 : 51; // 51 would fail validation
      },
    };
    await clientFor(server).user.billing.history.list(params);
    expect(reads).toBe(1);
    expect(server.requests[0]!.query.get('per_page')).toBe('5');
  });
});

describe('a spec cannot inject headers through its version', () => {
  const OUT = path.join(import.meta.dirname, '__out__', `crlf-version-${process.pid}`);
  afterAll(() => rm(OUT, { recursive: true, force: true }));

  it('x-sdk.packageVersion with CR/LF is refused with a warning; the client sends a clean User-Agent', async () => {
    const spec = (await readFile(path.join(ROOT, 'spec/openapi.yaml'), 'utf8')).replace(
      /^(\s+packageVersion:).*$/m,
      '$1 "1.0.0\\r\\nX-Injected: yes"',
    );
    expect(spec).toContain('X-Injected');
    await mkdir(OUT, { recursive: true });
    await writeFile(path.join(OUT, 'openapi.yaml'), spec);
    const run = await runCliProcess(['--spec', path.join(OUT, 'openapi.yaml'), '--out', path.join(OUT, 'pkg')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain('x-sdk.packageVersion');
    const pkg = (await import(pathToFileURL(path.join(OUT, 'pkg/dist/index.js')).href)) as {
      createCloudflareBillingClient: typeof createCloudflareBillingClient;
    };
    serveHistory(server, 1);
    await pkg
      .createCloudflareBillingClient({ baseUrl: server.url, apiToken: TOKEN, warnOnDeprecated: false })
      .user.billing.history.list();
    const { headers } = server.requests[0]!;
    // info.version (4.0.0) stands in for the refused value.
    expect(headers['user-agent']).toBe('cloudflare-billing-client/4.0.0');
    expect(headers['x-injected']).toBeUndefined();
  });
});
