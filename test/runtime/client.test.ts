import { describe, expect, it, vi } from 'vitest';
import { APIPromise } from '../../generator/runtime/api-promise.js';
import { createClient } from '../../generator/runtime/client.js';
import type { ClientPart, OperationSpec, Resource } from '../../generator/runtime/descriptor.js';
import { rawNamespace } from '../../generator/runtime/raw.js';
import { logging, type LogLevel, type Logger } from '../../generator/runtime/log.js';
import { PagePromise, pagination } from '../../generator/runtime/pagination.js';
import { retries } from '../../generator/runtime/retry.js';
import { deprecation, validation } from '../../generator/runtime/operation.js';
import { RequestValidationError } from '../../generator/runtime/errors.js';
import type { BuiltIn } from '../../generator/runtime/client.js';
import {
  API,
  HISTORY,
  TOKEN,
  callOnce,
  checkHistoryParams,
  clientFor,
  historyOp,
  invoiceOp,
  startFileServer,
  withEnv,
  type TestOptions,
} from './fixtures.js';
import { envelope, errorEnvelope, sendJson } from './server.js';

const server = await startFileServer();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = any;

const ping = (path: string): OperationSpec => ({
  method: 'GET',
  path,
  security: [],
  response: 'json',
  noParams: true,
});
const make = (resources: readonly ClientPart[], options: TestOptions = {}): Untyped =>
  createClient(
    API,
    { baseUrl: server.url, apiToken: TOKEN, warnOnDeprecated: false, ...options } as TestOptions,
    resources,
    { retries, pagination, validation },
  );

describe('parameter checks', () => {
  const checked = (builtIn: BuiltIn): Untyped =>
    createClient(
      API,
      { baseUrl: server.url, apiToken: TOKEN, warnOnDeprecated: false } as TestOptions,
      [
        {
          at: ['h'],
          methods: { list: historyOp({ check: undefined, pagination: undefined }) },
          checks: { list: checkHistoryParams },
        },
      ],
      builtIn,
    );

  it('run in a client whose factory builds in validation, before anything is sent', async () => {
    const error = await checked({ validation })
      .h.list({ per_page: 51 })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toBe(`Invalid parameters for GET ${HISTORY}: per_page must be <= 50`);
    expect(server.requests).toHaveLength(0);
  });

  it('do not run without it (the lite factory: its resources have none, and it bundles no checking)', async () => {
    server.fallback((_req, res) => sendJson(res, 200, envelope([])));
    await checked({}).h.list({ per_page: 51 });
    expect(server.requests[0]!.url).toBe(`${HISTORY}?per_page=51`);
  });
});

describe('namespaces', () => {
  it('are created on first access, then are plain properties', () => {
    const client = make([{ at: ['user', 'billing', 'history'], methods: { list: historyOp() } }]);
    expect(typeof Object.getOwnPropertyDescriptor(client, 'user')!.get).toBe('function');
    const user = client.user;
    expect(Object.getOwnPropertyDescriptor(client, 'user')!.value).toBe(user);
    expect(client.user).toBe(user);
    expect(typeof Object.getOwnPropertyDescriptor(user, 'billing')!.get).toBe('function');
    expect(typeof client.user.billing.history.list).toBe('function');
  });

  it('build nothing per operation until touched: 1,500 operations, one getter per top-level name', () => {
    const resources: Resource[] = Array.from({ length: 1500 }, (_, i) => ({
      at: [`ns${i % 30}`, `r${i}`],
      methods: { get: ping(`/p${i}`) },
    }));
    const client = make([...resources, rawNamespace]);
    expect(Object.keys(client).sort()).toEqual([...Array.from({ length: 30 }, (_, i) => `ns${i}`), 'raw'].sort());
    for (const name of Object.keys(client))
      expect(Object.getOwnPropertyDescriptor(client, name)!.get).toBeTypeOf('function');
  });

  it('merge resources that share a prefix, and hang methods next to sub-namespaces', async () => {
    server.fallback((req, res) => sendJson(res, 200, { path: req.url }));
    const client = make([
      { at: ['zones'], methods: { list: ping('/zones') } },
      { at: ['zones', 'settings'], methods: { get: ping('/zones/settings') } },
      { at: ['accounts'], methods: { list: ping('/accounts') } },
    ]);
    expect(await client.zones.list()).toEqual({ path: '/zones' });
    expect(await client.zones.settings.get()).toEqual({ path: '/zones/settings' });
    expect(await client.accounts.list()).toEqual({ path: '/accounts' });
  });

  it('have methods that work detached', async () => {
    server.fallback((_req, res) => sendJson(res, 200, envelope([])));
    const { list } = make([
      { at: ['user', 'billing', 'history'], methods: { list: historyOp({ pagination: undefined }) } },
    ]).user.billing.history;
    expect(await list({ per_page: 5 })).toEqual({ result: [] });
    expect(server.requests[0]!.url).toBe(`${HISTORY}?per_page=5`);
  });

  it('give a name to a method or an extension over a namespace, in either order', async () => {
    server.fallback((req, res) => sendJson(res, 200, { path: req.url }));
    const nested: Resource = { at: ['x'], methods: { get: ping('/nested') } };
    const flat: Resource = { at: [], methods: { x: ping('/flat') } };
    expect(await make([nested, flat]).x()).toEqual({ path: '/flat' });
    expect(await make([flat, nested]).x()).toEqual({ path: '/flat' });
    const named: Resource = { at: ['raw'], methods: { get: ping('/raw') } };
    expect(typeof make([rawNamespace, named]).raw.GET).toBe('function');
  });

  it('tolerate the names then, constructor and __proto__, and never become thenables', async () => {
    server.fallback((req, res) => sendJson(res, 200, { path: req.url }));
    const client = make([
      { at: ['then'], methods: { get: ping('/then') } },
      { at: ['constructor'], methods: { get: ping('/constructor') } },
      { at: ['__proto__'], methods: { get: ping('/proto'), then: ping('/never') } },
      { at: ['raw'], methods: { get: ping('/raw') } },
      rawNamespace,
    ]);
    expect(await client.then.get()).toEqual({ path: '/then' });
    expect(await client.constructor.get()).toEqual({ path: '/constructor' });
    expect(Object.getPrototypeOf(client)).toBe(Object.prototype);
    expect(await client['__proto__'].get()).toEqual({ path: '/proto' });
    expect(client['__proto__'].then).toBeUndefined();
    expect(await Promise.resolve(client['__proto__'])).toBe(client['__proto__']); // not a thenable
    expect(typeof client.raw.GET).toBe('function'); // the extension wins over a resource named raw
    expect(({} as Record<string, unknown>)['get']).toBeUndefined(); // Object.prototype untouched
  });

  it('have raw only when the factory lists rawNamespace', () => {
    expect(make([{ at: ['x'], methods: { one: ping('/x') } }]).raw).toBeUndefined();
    expect(typeof make([rawNamespace]).raw.POST).toBe('function');
  });

  it('return an APIPromise, or a PagePromise for paginated operations', () => {
    const client = make([{ at: ['x'], methods: { one: historyOp({ pagination: undefined }), many: historyOp() } }]);
    const one = client.x.one();
    expect(one).toBeInstanceOf(APIPromise);
    expect(client.x.many()).toBeInstanceOf(PagePromise);
    return one.catch(() => undefined);
  });
});

describe('fetch', () => {
  it('is looked up at call time, and any (url, init) => fetch(url, init) wrapper works', async () => {
    server.fallback((_req, res) => sendJson(res, 200, envelope([])));
    const op = historyOp({ pagination: undefined });
    const { call } = clientFor(server.url, op, { fetch: undefined });
    const original = globalThis.fetch;
    const seen: string[] = [];
    globalThis.fetch = (input, init) => {
      seen.push(`${init?.method} ${String(input)} redirect=${init?.redirect}`);
      return original(input, init);
    };
    try {
      await call();
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual([`GET ${server.url}${HISTORY} redirect=manual`]);
    const wrapped: string[] = [];
    await callOnce(server.url, op, {}, { fetch: (url, init) => (wrapped.push(String(url)), fetch(url, init)) });
    expect(wrapped).toEqual([`${server.url}${HISTORY}`]);
  });
});

describe('logging', () => {
  const recorder = (): { logger: Logger; lines: string[] } => {
    const lines: string[] = [];
    const at = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
    return { logger: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') }, lines };
  };

  it('debug logs one line per attempt, info the retries and the failure; never query values or headers', async () => {
    server.route('GET', '/accounts/acc1/ai-gateway/billing/invoice-history', (_req, res) =>
      sendJson(res, 503, errorEnvelope(1, 'busy')),
    );
    const { logger, lines } = recorder();
    await callOnce(
      server.url,
      invoiceOp({ pagination: undefined }),
      { account_id: 'acc1', type: 'secret-query' },
      { log: logging({ logger, level: 'debug' }), maxRetries: 1 },
    ).catch(() => undefined);
    const path = '/accounts/acc1/ai-gateway/billing/invoice-history';
    expect(
      lines.map((line) => line.replace(/in \d+ ms/, 'in N ms').replace(/retrying in \d+ ms/, 'retrying in N ms')),
    ).toEqual([
      `debug [cloudflare-billing-client] GET ${path} -> 503 in N ms (attempt 1)`,
      `info [cloudflare-billing-client] GET ${path}: 503, retrying in N ms (attempt 2 of 2)`,
      `debug [cloudflare-billing-client] GET ${path} -> 503 in N ms (attempt 2)`,
      `info [cloudflare-billing-client] GET ${path} failed: 503 after 2 attempts`,
    ]);
    expect(lines.join('\n')).not.toMatch(/secret-query|Bearer|tok_/);
  });

  it('takes the level from <PREFIX>_LOG, the option winning, info by default', async () => {
    server.fallback((_req, res) => sendJson(res, 500, errorEnvelope(1, 'x')));
    const run = async (level: LogLevel | undefined, env: string | undefined): Promise<string[]> => {
      const { logger, lines } = recorder();
      await withEnv({ CFTEST_LOG: env }, () =>
        callOnce(
          server.url,
          historyOp({ pagination: undefined }),
          {},
          { log: logging({ logger, level }), maxRetries: 0 },
        ).catch(() => undefined),
      );
      return lines.map((line) => line.split(' ')[0]!);
    };
    expect(await run(undefined, 'debug')).toEqual(['debug', 'info']);
    expect(await run(undefined, 'WARN')).toEqual([]); // warn: a failure is thrown, not logged
    expect(await run(undefined, 'nonsense')).toEqual(['info']);
    expect(await run(undefined, undefined)).toEqual(['info']);
    expect(await run('error', 'debug')).toEqual([]);
    expect(await run('info', 'off')).toEqual(['info']);
  });
});

describe('deprecation warnings', () => {
  it('warn once per deprecated operation per process, at level warn, unless silenced', async () => {
    server.fallback((_req, res) => sendJson(res, 200, envelope([])));
    const lines: string[] = [];
    const logger = { warn: (message: string) => void lines.push(message) };
    const op = historyOp({ deprecated: deprecation, pagination: undefined });
    const options: TestOptions = { warnOnDeprecated: true, log: logging({ logger, level: 'warn' }) };
    await callOnce(server.url, op, {}, options);
    await callOnce(server.url, op, {}, options); // another client: still once
    expect(lines).toEqual([
      '[cloudflare-billing-client] GET /user/billing/history is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)',
    ]);
    await callOnce(server.url, historyOp({ deprecated: deprecation }), {}, { ...options, warnOnDeprecated: false });
    await callOnce(
      server.url,
      historyOp({ deprecated: deprecation }),
      {},
      { ...options, log: logging({ logger, level: 'error' }) },
    );
    expect(lines).toHaveLength(1);
  });

  it('go to console.warn without the log option (the only line a client writes without it)', async () => {
    server.fallback((_req, res) => sendJson(res, 200, envelope([])));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await callOnce(
        server.url,
        historyOp({ deprecated: deprecation, pagination: undefined }),
        {},
        { warnOnDeprecated: true },
      );
      await callOnce(server.url, historyOp({ pagination: undefined }), {}, { warnOnDeprecated: true });
      expect(warn.mock.calls).toEqual([
        [
          '[cloudflare-billing-client] GET /user/billing/history is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)',
        ],
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('concurrency', () => {
  it('1000 concurrent calls on one client each get their own result, retries interleaved', async () => {
    const failedOnce = new Set<string>();
    server.route('GET', '/accounts/acc/ai-gateway/billing/invoice-history', (req, res) => {
      const type = new URL(req.url ?? '/', 'http://x').searchParams.get('type') ?? '';
      if (Number(type) % 10 === 0 && !failedOnce.has(type)) {
        failedOnce.add(type);
        sendJson(res, 503, errorEnvelope(1, 'busy'), { 'retry-after': '0' });
        return;
      }
      sendJson(res, 200, envelope({ invoices: [{ id: `inv-${type}` }], pagination: { has_more: false } }));
    });
    const { call } = clientFor(server.url, invoiceOp({ pagination: undefined }));
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => call({ account_id: 'acc', type: String(i) })),
    );
    results.forEach((result, i) => expect(result.invoices[0].id).toBe(`inv-${i}`));
    expect(server.requests).toHaveLength(1100);
    // 1,100 requests take seconds on a loaded 2-core machine (over 30 s with two runs side by
    // side): a generous limit, since this test is about correctness, not speed.
  }, 180_000);
});
