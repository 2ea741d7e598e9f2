import { beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../generator/runtime/client.js';
import { basicAuth } from '../../generator/runtime/auth.js';
import type { ApiSpec, OperationSpec } from '../../generator/runtime/descriptor.js';
import { CloudflareError, MissingCredentialsError } from '../../generator/runtime/errors.js';
import { requestHeaders } from '../../generator/runtime/extras.js';
import { logging } from '../../generator/runtime/log.js';
import {
  API,
  EMAIL,
  ENV,
  HISTORY,
  KEY,
  NO_ENV,
  TOKEN,
  callOnce,
  clientFor,
  historyOp,
  rejection,
  startFileServer,
  thrownBy,
  withEnv,
  type TestOptions,
} from './fixtures.js';
import { envelope, sendJson } from './server.js';

const server = await startFileServer();
// Registered after startFileServer's reset, so it runs after it.
beforeEach(() => server.fallback((_req, res) => sendJson(res, 200, envelope([]))));

const history = historyOp({ pagination: undefined });
/** A client with no credentials from the fixtures' defaults: only what `options` says. */
const bare = (options: TestOptions, op: OperationSpec = history) =>
  clientFor(server.url, op, { apiToken: undefined, ...options });

describe('credentials', () => {
  it('sends the API token as a bearer token, with User-Agent and client headers', async () => {
    await callOnce(server.url, history, {}, { headers: { 'X-Custom': 'yes' } });
    const headers = server.requests[0]!.headers;
    expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(headers['x-auth-email']).toBeUndefined();
    expect(headers['user-agent']).toBe('cloudflare-billing-client/0.2.0');
    expect(headers['x-custom']).toBe('yes');
  });

  it('uses the first satisfiable alternative of the operation, and only its credentials', async () => {
    const options = { apiEmail: EMAIL, apiKey: KEY };
    await callOnce(server.url, history, {}, options);
    await callOnce(
      server.url,
      historyOp({ pagination: undefined, security: [['api_email', 'api_key'], ['api_token']] }),
      {},
      options,
    );
    await callOnce(server.url, historyOp({ pagination: undefined, security: [] }), {}, options);
    const [first, second, third] = server.requests.map((r) => r.headers);
    expect(first!.authorization).toBe(`Bearer ${TOKEN}`);
    expect(first!['x-auth-key']).toBeUndefined();
    expect(second!.authorization).toBeUndefined();
    expect([second!['x-auth-email'], second!['x-auth-key']]).toEqual([EMAIL, KEY]);
    expect(third!.authorization).toBeUndefined();
    expect(third!['x-auth-key']).toBeUndefined();
  });

  it('falls back to the environment, and options win over it', async () => {
    await withEnv({ ...NO_ENV, [ENV.token]: 'env-token-value' }, async () => {
      await bare({}).call();
      await callOnce(server.url, history);
    });
    await withEnv({ ...NO_ENV, [ENV.email]: EMAIL, [ENV.key]: KEY }, () => bare({}).call());
    const [a, b, c] = server.requests.map((r) => r.headers);
    expect(a!.authorization).toBe('Bearer env-token-value');
    expect(b!.authorization).toBe(`Bearer ${TOKEN}`);
    expect(c!['x-auth-email']).toBe(EMAIL);
  });

  it('reads the environment only where process.env exists', async () => {
    const saved = globalThis.process.env;
    Object.defineProperty(globalThis.process, 'env', { value: undefined, configurable: true, writable: true });
    try {
      const error = await rejection(bare({}).call());
      expect(error).toBeInstanceOf(MissingCredentialsError);
    } finally {
      Object.defineProperty(globalThis.process, 'env', { value: saved, configurable: true, writable: true });
    }
  });

  it('throws MissingCredentialsError at call time, naming the options, before any request', async () => {
    await withEnv(NO_ENV, async () => {
      const error = await rejection(bare({}).call());
      expect(error).toBeInstanceOf(MissingCredentialsError);
      expect(error.message).toBe(
        `GET /user/billing/history needs credentials: pass apiToken (or set ${ENV.token}), or apiEmail (or set ${ENV.email}) and apiKey (or set ${ENV.key})`,
      );
      await bare({}, historyOp({ pagination: undefined, security: [] })).call(); // no security: fine
    });
    expect(server.requests).toHaveLength(1);
  });

  it("sends nothing and never throws MissingCredentialsError with auth: 'none'", async () => {
    await withEnv({ ...NO_ENV, [ENV.token]: 'env-token-value' }, () =>
      callOnce(server.url, history, {}, { auth: 'none', apiToken: TOKEN }),
    );
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('sends basic, header, query and cookie credentials where their scheme says', async () => {
    const api: ApiSpec = {
      baseUrl: server.url,
      userAgent: 'x/1',
      credentials: [
        { scheme: 'basic', option: 'login', name: 'authorization', prefix: 'Basic ', basic: basicAuth },
        { scheme: 'hdr', option: 'hdrKey', name: 'x-api-key' },
        { scheme: 'qry', option: 'qryKey', in: 'query', name: 'api_key' },
        { scheme: 'jar', option: 'jarKey', in: 'cookie', name: 'sid' },
      ],
      security: [['basic', 'hdr', 'qry', 'jar']],
    };
    const op: OperationSpec = {
      method: 'GET',
      path: '/k',
      query: ['q'],
      cookie: ['c'],
      extras: [requestHeaders],
      security: api.security,
      response: 'json',
    };
    const client = createClient(
      api,
      {
        login: { username: 'ann', password: 'pä ss' },
        hdrKey: 'h-123456',
        qryKey: 'q 123456',
        jarKey: 'c;123456',
      } as never,
      [{ at: ['k'], methods: { get: op } }],
    ) as never as { k: { get(p: unknown): Promise<unknown> } };
    await client.k.get({ q: 1, c: 'x' });
    const request = server.requests[0]!;
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from('ann:pä ss', 'latin1').toString('base64')}`);
    expect(request.headers['x-api-key']).toBe('h-123456');
    expect(request.url).toBe('/k?q=1&api_key=q%20123456');
    expect(request.headers.cookie).toBe('c=x; sid=c%3B123456');
  });
});

describe('credentials refused at creation', () => {
  it('refuses half a pair when no alternative is complete, naming the pair and every way', async () => {
    await withEnv(NO_ENV, () => {
      expect(() => bare({ apiKey: KEY })).toThrow(
        new CloudflareError(
          `apiEmail and apiKey go together: pass apiToken (or set ${ENV.token}), or apiEmail (or set ${ENV.email}) and apiKey (or set ${ENV.key})`,
        ),
      );
      expect(() => bare({ apiEmail: EMAIL })).toThrow('apiEmail and apiKey go together: pass apiToken');
      expect(() => bare({ apiKey: KEY, apiToken: TOKEN })).not.toThrow(); // the token is enough
    });
  });

  it.each([
    ['CR LF', `${TOKEN}\r\nX-Injected: 1`],
    ['LF', `${TOKEN}\n`],
    ['NUL', `${TOKEN}\u0000`],
    ['DEL', `${TOKEN}\u007f`],
    ['non-Latin-1', `${TOKEN}€`],
  ])('refuses a credential with %s, naming the option, never the value', (_name, bad) => {
    const error = thrownBy(() => bare({ apiToken: bad }));
    expect(error).toBeInstanceOf(CloudflareError);
    expect(error.message).toBe('The option apiToken must be a string without control or non-Latin-1 characters');
    expect(error.message).not.toContain(TOKEN);
  });

  it('refuses a credential that is not a string, and one from the environment by its variable', async () => {
    expect(() => bare({ apiToken: 42 as never })).toThrow('The option apiToken must be a string');
    await withEnv({ ...NO_ENV, [ENV.email]: 'me@example.com\r\n', [ENV.key]: KEY }, () => {
      expect(() => bare({})).toThrow(
        `The environment variable ${ENV.email} must be a string without control or non-Latin-1 characters`,
      );
    });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses client and per-call headers with control characters without echoing the value', async () => {
    expect(() => clientFor(server.url, history, { headers: { 'X-Thing': 'a\r\nsecret' } })).toThrow(
      'The header "X-Thing" in the option headers must be a token with a string value without control or non-Latin-1 characters',
    );
    const error = await rejection(callOnce(server.url, history, {}, {}, { headers: { 'X-Other': 'secret\nvalue' } }));
    expect(error.message).toBe(
      'The header "X-Other" in the request options must be a token with a string value without control or non-Latin-1 characters',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('sanitises a User-Agent with CR/LF from the spec', async () => {
    const api: ApiSpec = { ...API, userAgent: 'pkg/1.0\r\nX-Injected: yes' };
    const client = createClient(api, { baseUrl: server.url, apiToken: TOKEN } as never, [
      { at: ['h'], methods: { get: history } },
    ]) as never as { h: { get(): Promise<unknown> } };
    await client.h.get();
    expect(server.requests[0]!.headers['user-agent']).toBe('pkg/1.0X-Injected: yes');
    expect(server.requests[0]!.headers['x-injected']).toBeUndefined();
  });
});

describe('base URL', () => {
  const make = (baseUrl: string | undefined, options: TestOptions = {}) =>
    clientFor(baseUrl as string, history, { ...(baseUrl === undefined ? { baseUrl: undefined } : {}), ...options });

  it('refuses http:// to a non-loopback host unless allowInsecureHttp', () => {
    const message =
      'The option baseUrl must be https without user:password, query or fragment (http: only to loopback or with allowInsecureHttp: true; relative: only in a browser)';
    expect(() => make('http://api.example.com/client/v4')).toThrow(message);
    expect(() => make('http://10.0.0.1:8080')).toThrow(CloudflareError);
    expect(() => make('http://localhost.example.com')).toThrow(CloudflareError);
    expect(() => make('http://api.example.com', { allowInsecureHttp: true })).not.toThrow();
    for (const ok of [
      'http://localhost:8787',
      'http://127.0.0.1:1',
      'http://127.8.9.10',
      'http://[::1]:3000/v4',
      'https://api.example.com',
    ])
      expect(() => make(ok)).not.toThrow();
    for (const bad of [
      'ftp://api.example.com',
      'https://user:pass@api.example.com',
      'https://token@api.example.com',
      'https://x.com/v4?a=1',
    ])
      expect(() => make(bad)).toThrow(message);
  });

  it('reads <PREFIX>_BASE_URL when the option is absent', async () => {
    await withEnv({ CFTEST_BASE_URL: `${server.url}/from-env` }, () => make(undefined).call());
    expect(server.requests[0]!.path).toBe('/from-env/user/billing/history');
    await withEnv({ CFTEST_BASE_URL: 'http://evil.example.com' }, () => {
      expect(() => make(undefined)).toThrow('The environment variable CFTEST_BASE_URL must be https');
    });
  });

  it('resolves a relative baseUrl against the page, and refuses one where there is no page', async () => {
    expect(() => make('/api')).toThrow(
      'The option baseUrl must be https without user:password, query or fragment (http: only to loopback or with allowInsecureHttp: true; relative: only in a browser)',
    );
    Object.defineProperty(globalThis, 'location', {
      value: { href: `${server.url}/app/page.html` },
      configurable: true,
    });
    try {
      await make('/api', { auth: 'none' }).call();
    } finally {
      delete (globalThis as { location?: unknown }).location;
    }
    expect(server.requests[0]!.path).toBe(`/api${HISTORY}`);
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('refuses nonsensical numeric options', () => {
    expect(() => make(server.url, { maxRetries: -1 })).toThrow(
      'The option maxRetries must be an integer from 0 to 9007199254740991',
    );
    expect(() => make(server.url, { timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(() => make(server.url, { maxPages: 1.5 })).toThrow(/maxPages/);
    expect(() => logging({ level: 'loud' as never })).toThrow(
      'The logging level must be one of off, error, warn, info, debug',
    );
  });
});
