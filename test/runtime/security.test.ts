import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../generator/runtime/core.js';
import { CloudflareAPIError, RedirectError, RequestValidationError } from '../../generator/runtime/errors.js';
import {
  API,
  EMAIL,
  INVOICE_PATH,
  KEY,
  SECRETS,
  TOKEN,
  errorText,
  historyOp,
  invoiceOp,
  makeCore,
  rejection,
  type TestOptions,
} from './fixtures.js';
import { envelope, errorEnvelope, sendJson, startServer, type TestServer } from './server.js';

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  server = await startServer();
  other = await startServer(); // another port: another origin
});
afterAll(async () => {
  await server.close();
  await other.close();
});
beforeEach(() => {
  server.reset();
  other.reset();
  other.fallback((_req, res) => sendJson(res, 200, envelope(['stolen'])));
});

const HISTORY = '/user/billing/history';
const redirect = (status: number, location: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(status, { location, 'content-length': '0' });
  res.end();
};

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])('refuses a %i to another origin and sends it nothing', async (status) => {
    server.route('GET', HISTORY, redirect(status, `${other.url}/steal?x=1`));
    const core = makeCore(server.url, { apiEmail: EMAIL, apiKey: KEY });
    const error = await rejection(core.call(historyOp(), {}));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toBeInstanceOf(CloudflareAPIError);
    expect((error as RedirectError).status).toBe(status);
    expect(error.message).toBe(
      `GET ${HISTORY} failed with status ${status}: redirected to ${other.url}; redirects are not followed, so credentials stay with the configured host`,
    );
    expect(other.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1); // not retried
  });

  it('does not follow same-origin redirects either', async () => {
    server.route('GET', HISTORY, redirect(301, '/moved'));
    server.route('GET', '/moved', (_req, res) => sendJson(res, 200, envelope([])));
    const error = await rejection(makeCore(server.url).call(historyOp(), {}));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain(`redirected to ${server.url};`);
    expect(server.requests).toHaveLength(1);
  });

  it('leaves the 3xx to raw callers, who never get redirected by the runtime', async () => {
    server.route('GET', HISTORY, redirect(302, `${other.url}/steal`));
    const options: TestOptions = { baseUrl: server.url, apiToken: TOKEN };
    const { response } = await createCore<Record<string, never>>(API, options).raw.request(
      'get' as never,
      HISTORY as never,
    );
    expect(response.status).toBe(302);
    expect(other.requests).toHaveLength(0);
  });
});

describe('path parameters', () => {
  const invoices = (id: string): Promise<unknown> => makeCore(server.url).call(invoiceOp(), { account_id: id });

  it('encodes a path parameter into its own segment', async () => {
    server.fallback((_req, res) => sendJson(res, 200, envelope({ invoices: [], pagination: { has_more: false } })));
    await invoices('../../user');
    await invoices('a/b?c#d e');
    await invoices('%2e%2e');
    expect(server.requests.map((r) => r.path)).toEqual([
      '/accounts/..%2F..%2Fuser/ai-gateway/billing/invoice-history',
      '/accounts/a%2Fb%3Fc%23d%20e/ai-gateway/billing/invoice-history',
      '/accounts/%252e%252e/ai-gateway/billing/invoice-history',
    ]);
  });

  it.each(['..', '.', ''])('rejects %j before sending anything', async (id) => {
    const error = await rejection(invoices(id));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toBe(
      `Invalid parameters for GET ${INVOICE_PATH}: account_id must be a non-empty string other than "." and ".."`,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('credentials never appear in errors', () => {
  it('holds for every kind of error, even when the server echoes them', async () => {
    const echo = `token ${TOKEN} / email ${EMAIL} / key ${KEY}`;
    server.route('GET', '/401', (_req, res) =>
      sendJson(res, 401, errorEnvelope(10001, `Invalid credentials: ${echo}`)),
    );
    server.route('GET', '/200-false', (_req, res) => sendJson(res, 200, errorEnvelope(10001, echo)));
    server.route('GET', '/bad-json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{${echo}`);
    });
    server.route('GET', '/html', (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end(`<p>${echo}</p>`);
    });
    server.route('GET', '/hang', () => undefined);
    server.route('GET', '/reset', (req) => {
      req.socket.destroy();
    });
    server.route('GET', '/away', redirect(302, `${other.url}/?t=${TOKEN}`));
    server.route('GET', '/long', (_req, res) => sendJson(res, 200, envelope([echo, echo, echo, echo, echo])));
    server.route('GET', '/ok', (_req, res) => sendJson(res, 200, envelope([echo])));

    // [error, the secrets the client that produced it holds]: a client can only redact what it knows.
    const errors: [unknown, string[]][] = [];
    const clients: [TestOptions, string[]][] = [
      [{ apiToken: TOKEN, apiEmail: EMAIL, apiKey: KEY }, SECRETS],
      [{ apiToken: undefined, apiEmail: EMAIL, apiKey: KEY }, [EMAIL, KEY]],
    ];
    for (const [options, held] of clients) {
      const core = makeCore(server.url, { maxRetries: 1, timeoutMs: 100, maxResponseBytes: 400, ...options });
      const at = (path: string) => historyOp({ path });
      const failing = historyOp({ path: '/ok' });
      const strict = makeCore(server.url, { ...options, validateResponses: true }, [
        [failing, () => ({ ok: false, errors: [{ path: '/result/0', keyword: 'type', message: 'must be number' }] })],
      ]);
      for (const send of [
        () => core.call(at('/401'), {}),
        () => core.call(at('/200-false'), {}),
        () => core.call(at('/bad-json'), {}),
        () => core.call(at('/html'), {}),
        () => core.call(at('/hang'), {}),
        () => core.call(at('/reset'), {}),
        () => core.call(at('/away'), {}),
        () => core.call(at('/long'), {}),
        () => core.call(at('/ok'), {}, { signal: AbortSignal.abort() }),
        () => core.call(at('/ok'), { per_page: 51 }),
        () => strict.call(failing, {}),
      ]) {
        errors.push([await rejection(send()), held]);
      }
    }
    const gone = await startServer();
    await gone.close();
    errors.push([await rejection(makeCore(gone.url, { maxRetries: 0 }).call(historyOp(), {})), [TOKEN]]);
    errors.push([
      await rejection(
        createCore<{}>(API, { baseUrl: server.url, apiEmail: EMAIL } as TestOptions).call(historyOp(), {}),
      ),
      [EMAIL],
    ]);
    for (const bad of [`${TOKEN}\n`, `\r${EMAIL}`]) {
      try {
        makeCore(server.url, { apiToken: bad, apiEmail: bad });
      } catch (error) {
        errors.push([error, SECRETS]);
      }
    }

    const names = new Set(errors.map(([e]) => (e as Error).name));
    expect([...names].sort()).toEqual(
      [
        'APIConnectionError',
        'APITimeoutError',
        'APIUserAbortError',
        'AuthenticationError',
        'CloudflareAPIError',
        'CloudflareError',
        'InternalServerError',
        'InvalidResponseError',
        'MissingCredentialsError',
        'RedirectError',
        'RequestValidationError',
        'ResponseValidationError',
      ].sort(),
    );
    for (const [error, held] of errors) {
      const text = errorText(error);
      for (const secret of held) expect(text, `${(error as Error).name}: ${text.slice(0, 300)}`).not.toContain(secret);
    }
    // the echoed text was redacted, not dropped
    const auth = errors[0]![0] as CloudflareAPIError;
    expect(auth.errors[0]!.message).toBe('Invalid credentials: token [redacted] / email [redacted] / key [redacted]');
  });
});
