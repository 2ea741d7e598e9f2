import { beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../generator/runtime/core.js';
import { CloudflareError, MissingCredentialsError } from '../../generator/runtime/errors.js';
import {
  API,
  EMAIL,
  ENV,
  KEY,
  TOKEN,
  historyOp,
  makeCore,
  rejection,
  startFileServer,
  withEnv,
  type TestOptions,
} from './fixtures.js';
import { envelope, sendJson } from './server.js';

const server = await startFileServer();
// Registered after startFileServer's reset, so it runs after it.
beforeEach(() => server.route('GET', '/user/billing/history', (_req, res) => sendJson(res, 200, envelope([]))));

const NO_ENV = { [ENV.token]: undefined, [ENV.email]: undefined, [ENV.key]: undefined };

describe('credentials', () => {
  it('sends the API token as a bearer token, with User-Agent and client headers', async () => {
    const core = makeCore(server.url, { headers: { 'X-Custom': 'yes' } });
    await core.call(historyOp(), {});
    const headers = server.requests[0]!.headers;
    expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(headers['x-auth-email']).toBeUndefined();
    expect(headers['user-agent']).toBe('cloudflare-billing-client/0.1.0');
    expect(headers['x-custom']).toBe('yes');
    expect(Object.keys(headers).some((h) => h.startsWith('x-stainless'))).toBe(false);
  });

  it('sends email and key as X-Auth-Email and X-Auth-Key when there is no token', async () => {
    await withEnv(NO_ENV, async () => {
      const options: TestOptions = { baseUrl: server.url, apiEmail: EMAIL, apiKey: KEY, warnOnDeprecated: false };
      await createCore<{}>(API, options).call(historyOp(), {});
    });
    const headers = server.requests[0]!.headers;
    expect(headers['x-auth-email']).toBe(EMAIL);
    expect(headers['x-auth-key']).toBe(KEY);
    expect(headers.authorization).toBeUndefined();
  });

  it('uses the first satisfiable alternative of the operation, and only its credentials', async () => {
    const core = makeCore(server.url, { apiEmail: EMAIL, apiKey: KEY });
    await core.call(historyOp(), {});
    await core.call(historyOp({ security: [['api_email', 'api_key'], ['api_token']] }), {});
    await core.call(historyOp({ security: [] }), {});
    const [first, second, third] = server.requests.map((r) => r.headers);
    expect(first!.authorization).toBe(`Bearer ${TOKEN}`);
    expect(first!['x-auth-key']).toBeUndefined();
    expect(second!.authorization).toBeUndefined();
    expect(second!['x-auth-email']).toBe(EMAIL);
    expect(second!['x-auth-key']).toBe(KEY);
    expect(third!.authorization).toBeUndefined();
    expect(third!['x-auth-key']).toBeUndefined();
  });

  it('falls back to the environment, and options win over it', async () => {
    await withEnv({ ...NO_ENV, [ENV.token]: 'env-token-value' }, async () => {
      const fromEnv: TestOptions = { baseUrl: server.url, warnOnDeprecated: false };
      await createCore<{}>(API, fromEnv).call(historyOp(), {});
      await makeCore(server.url).call(historyOp(), {});
    });
    await withEnv({ ...NO_ENV, [ENV.email]: EMAIL, [ENV.key]: KEY }, async () => {
      const fromEnv: TestOptions = { baseUrl: server.url, warnOnDeprecated: false };
      await createCore<{}>(API, fromEnv).call(historyOp(), {});
    });
    const [a, b, c] = server.requests.map((r) => r.headers);
    expect(a!.authorization).toBe('Bearer env-token-value');
    expect(b!.authorization).toBe(`Bearer ${TOKEN}`);
    expect(c!['x-auth-email']).toBe(EMAIL);
  });

  it('throws MissingCredentialsError at call time, naming the options, before any request', async () => {
    await withEnv(NO_ENV, async () => {
      const options: TestOptions = { baseUrl: server.url, apiEmail: EMAIL };
      const core = createCore<{}>(API, options);
      const error = await rejection(core.call(historyOp(), {}));
      expect(error).toBeInstanceOf(MissingCredentialsError);
      expect(error.name).toBe('MissingCredentialsError');
      expect(error.message).toContain(
        `pass apiToken (or set ${ENV.token}), or apiEmail and apiKey (or set ${ENV.email} and ${ENV.key})`,
      );
      expect(error.message).not.toContain(EMAIL);
      // the operation without security still works
      await core.call(historyOp({ security: [] }), {});
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers['x-auth-email']).toBeUndefined();
  });

  it('rejects a credential with CR, LF or other control characters when the client is created', async () => {
    for (const bad of [`${TOKEN}\r\nX-Injected: 1`, `${TOKEN}\n`, `${TOKEN}\u0000`, `${TOKEN}\u007f`]) {
      const create = (): unknown => makeCore(server.url, { apiToken: bad });
      expect(create).toThrow(CloudflareError);
      expect(create).toThrow(/option apiToken contains a control character/);
      try {
        create();
      } catch (error) {
        expect(String((error as Error).message)).not.toContain(TOKEN);
      }
    }
    expect(() => makeCore(server.url, { apiKey: `a\nb`, apiEmail: EMAIL })).toThrow(/option apiKey/);
    await withEnv({ ...NO_ENV, [ENV.email]: 'me@example.com\r\n' }, () => {
      expect(() => createCore<{}>(API, { baseUrl: server.url })).toThrow(
        new RegExp(`environment variable ${ENV.email}`),
      );
    });
    expect(server.requests).toHaveLength(0);
  });

  it('rejects control characters in client and per-call headers without echoing the value', async () => {
    expect(() => makeCore(server.url, { headers: { 'X-Thing': 'a\r\nb' } })).toThrow(
      /header X-Thing in option headers/,
    );
    const core = makeCore(server.url);
    const error = await rejection(core.call(historyOp(), {}, { headers: { 'X-Other': 'secret\nvalue' } }));
    expect(error.message).toContain('X-Other');
    expect(error.message).not.toContain('secret');
    await core.call(historyOp(), {}, { headers: { 'X-Other': 'fine' } });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers['x-other']).toBe('fine');
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('gives raw the first satisfiable credentials in descriptor order', async () => {
    interface Paths {
      '/user/billing/history': {
        get: {
          parameters: { query?: { page?: number }; header?: never; path?: never; cookie?: never };
          requestBody?: never;
          responses: {
            200: {
              headers: { [name: string]: unknown };
              content: { 'application/json': { success: boolean; result: unknown[] } };
            };
          };
        };
      };
    }
    const options: TestOptions = { baseUrl: server.url, apiToken: TOKEN, apiEmail: EMAIL, apiKey: KEY };
    const core = createCore<Paths>(API, options);
    const { data } = await core.raw.GET('/user/billing/history', { params: { query: { page: 2 } } });
    expect(data?.success).toBe(true);
    expect(server.requests[0]!.url).toBe('/user/billing/history?page=2');
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.requests[0]!.headers['x-auth-key']).toBeUndefined();
  });
});

describe('raw credentials', () => {
  const rawHeaders = async (api: typeof API, options: TestOptions) => {
    server.reset();
    server.route('GET', '/user/billing/history', (_req, res) => sendJson(res, 200, envelope([])));
    await createCore<Record<string, never>>(api, { baseUrl: server.url, ...options }).raw.request(
      'get' as never,
      '/user/billing/history' as never,
    );
    return server.requests[0]!.headers;
  };

  it('sends email and key together when they are what the client has', async () => {
    await withEnv(NO_ENV, async () => {
      const headers = await rawHeaders(API, { apiEmail: EMAIL, apiKey: KEY });
      expect(headers['x-auth-email']).toBe(EMAIL);
      expect(headers['x-auth-key']).toBe(KEY);
      expect(headers.authorization).toBeUndefined();
      // an incomplete pair sends nothing rather than half a credential
      const half = await rawHeaders(API, { apiEmail: EMAIL });
      expect(half['x-auth-email']).toBeUndefined();
    });
  });

  it("follows the descriptor's security order when given", async () => {
    const api = { ...API, security: [['api_email', 'api_key'], ['api_token']] };
    const headers = await rawHeaders(api, { apiToken: TOKEN, apiEmail: EMAIL, apiKey: KEY });
    expect(headers['x-auth-key']).toBe(KEY);
    expect(headers.authorization).toBeUndefined();
  });
});

describe('base URL', () => {
  it('refuses http:// to a non-loopback host unless allowInsecureHttp', () => {
    expect(() => makeCore('http://api.example.com/client/v4')).toThrow(
      'The option baseUrl must be an absolute https URL without user:password (http only to localhost or with allowInsecureHttp: true)',
    );
    expect(() => makeCore('http://10.0.0.1:8080')).toThrow(CloudflareError);
    expect(() => makeCore('http://localhost.example.com')).toThrow(CloudflareError);
    expect(() => makeCore('http://api.example.com', { allowInsecureHttp: true })).not.toThrow();
    for (const ok of [
      'http://localhost:8787',
      'http://127.0.0.1:1',
      'http://127.8.9.10',
      'http://[::1]:3000/v4',
      'https://api.example.com',
    ]) {
      expect(() => makeCore(ok)).not.toThrow();
    }
  });

  it('refuses other schemes, relative URLs and URLs with user info', () => {
    for (const bad of [
      'ftp://api.example.com',
      '/client/v4',
      'https://user:pass@api.example.com',
      'https://token@api.example.com',
    ]) {
      expect(() => makeCore(bad)).toThrow(/The option baseUrl must be an absolute https URL/);
    }
  });

  it('rejects nonsensical numeric options', () => {
    expect(() => makeCore(server.url, { maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => makeCore(server.url, { timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(() => makeCore(server.url, { maxPages: 1.5 })).toThrow(/maxPages/);
  });
});
