/**
 * Every operation of every spec the project generates from, called through its generated client
 * against a loopback server: each method, each parameter in each location (path, query, header)
 * and each response status the spec declares. The snapshots hold the generated code stable; this
 * proves what that code does.
 *
 * The rows are written by hand (what goes over the wire, what the call resolves to). Which rows
 * there must be comes from the spec document itself, read without the generator: a spec that
 * gains an operation, a parameter or a status fails here until a row exercises it.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelope, sendJson, startServer, type LoggedRequest, type TestServer } from '../runtime/server.js';
import { ROOT, runCliProcess } from '../support/cli.js';
import {
  isObject,
  loadDocument,
  operationsOf,
  statusMatches,
  type DeclaredOperation,
  type Json,
  type JsonObject,
} from '../support/spec-document.js';

type Module = Record<string, unknown>;

interface Exchange {
  readonly operationId: string;
  readonly params?: Record<string, unknown>;
  /** What the server answers. */
  readonly answer: { readonly status: number; readonly body?: unknown };
  /** What must arrive: method, path as sent (base path included), query, and headers (lowercase names). */
  readonly sent: {
    readonly method: string;
    readonly path: string;
    readonly query?: readonly (readonly [string, string])[];
    readonly headers?: Readonly<Record<string, string>>;
  };
  /** What the call resolves to, or the error class (an export of the package) and status it rejects with. */
  readonly want: { readonly value: unknown } | { readonly error: string; readonly status: number };
}

interface Fixture {
  readonly spec: string;
  /** The generated package's entry point. */
  readonly entry: () => Promise<string>;
  /** The path part of the base URL the client is given, as the spec's server has one. */
  readonly basePath: string;
  readonly credentials: Readonly<Record<string, string>>;
  readonly authorization: string;
  readonly exchanges: readonly Exchange[];
}

const OUT = path.join(import.meta.dirname, '__out__', `every-operation-${process.pid}`);
afterAll(() => rm(OUT, { recursive: true, force: true }));

/** The CLI, as a user runs it, into a folder inside the project (so `openapi-fetch` resolves). */
async function generated(spec: string): Promise<string> {
  const out = path.join(OUT, path.basename(spec, '.yaml'));
  const run = await runCliProcess(['--spec', spec, '--out', out]);
  if (run.code !== 0) throw new Error(`generating ${spec} failed:\n${run.stderr}`);
  return path.join(out, 'dist/index.js');
}

const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
const INVOICES = `/client/v4/accounts/${ACCOUNT}/ai-gateway/billing/invoice-history`;
const HISTORY = '/client/v4/user/billing/history';
const failure = (code: number, message: string) => ({ success: false, errors: [{ code, message }], result: null });
const invoicePage = { invoices: [{ amount_due: 5, amount_paid: 0, amount_remaining: 5, currency: 'USD' }] };
const invoiceResult = { ...invoicePage, pagination: { has_more: false, page: 2, per_page: 5, total_count: 6 } };
const billingItem = {
  id: 'b69a9f3492637782896352daae219e7d',
  action: 'subscription',
  amount: 20.99,
  currency: 'USD',
  description: 'Pro plan',
  occurred_at: '2024-03-01T12:21:59Z',
  type: 'charge',
  zone: { name: 'example.com' },
};
const historyInfo = { page: 1, per_page: 5, count: 1, total_count: 1 };

const CLOUDFLARE: Fixture = {
  spec: 'spec/openapi.yaml',
  entry: async () => path.join(ROOT, 'generated/dist/index.js'),
  basePath: '/client/v4',
  credentials: { apiToken: 'tok-every-operation' },
  authorization: 'Bearer tok-every-operation',
  exchanges: [
    {
      operationId: 'listAiGatewayInvoiceHistory',
      params: { account_id: ACCOUNT, type: 'manual', page: 2, per_page: 5 },
      answer: { status: 200, body: envelope(invoiceResult) },
      sent: {
        method: 'GET',
        path: INVOICES,
        query: [
          ['page', '2'],
          ['per_page', '5'],
          ['type', 'manual'],
        ],
      },
      want: { value: invoiceResult },
    },
    {
      operationId: 'listAiGatewayInvoiceHistory',
      params: { account_id: ACCOUNT },
      answer: { status: 403, body: failure(10000, 'Forbidden') },
      sent: { method: 'GET', path: INVOICES, query: [] },
      want: { error: 'PermissionDeniedError', status: 403 },
    },
    {
      operationId: 'listAiGatewayInvoiceHistory',
      params: { account_id: ACCOUNT },
      answer: { status: 502, body: failure(10013, 'Bad gateway') },
      sent: { method: 'GET', path: INVOICES, query: [] },
      want: { error: 'InternalServerError', status: 502 },
    },
    {
      operationId: 'listUserBillingHistory',
      params: {
        action: 'subscription',
        occurred_at: '2024-03-01T12:21:59Z',
        order: 'occurred_at',
        page: 1,
        per_page: 5,
        type: 'charge',
      },
      answer: { status: 200, body: envelope([billingItem], historyInfo) },
      sent: {
        method: 'GET',
        path: HISTORY,
        query: [
          ['action', 'subscription'],
          ['occurred_at', '2024-03-01T12:21:59Z'],
          ['order', 'occurred_at'],
          ['page', '1'],
          ['per_page', '5'],
          ['type', 'charge'],
        ],
      },
      want: { value: { result: [billingItem], result_info: historyInfo } },
    },
    {
      operationId: 'listUserBillingHistory',
      answer: { status: 401, body: { ...failure(10000, 'Authentication error'), messages: [] } },
      sent: { method: 'GET', path: HISTORY, query: [] },
      want: { error: 'AuthenticationError', status: 401 },
    },
    {
      operationId: 'listUserBillingHistory',
      answer: { status: 500, body: { ...failure(10013, 'Internal error'), messages: [] } },
      sent: { method: 'GET', path: HISTORY, query: [] },
      want: { error: 'InternalServerError', status: 500 },
    },
  ],
};

const stockItem = {
  sku: 'BOLT-1',
  name: 'Bolt',
  quantity: 12,
  status: 'in_stock',
  discontinued_at: null,
  tags: [{ key: 'size', value: 'M8' }],
};
const warehousePage = { data: [{ id: 'wh_1', region: 'eu', manager: null }], meta: { more: false, total: 1 } };

const INVENTORY: Fixture = {
  spec: 'test/fixtures/inventory.yaml',
  entry: () => generated('test/fixtures/inventory.yaml'),
  basePath: '/v2',
  credentials: { bearerAuth: 'tok-inventory' },
  authorization: 'Bearer tok-inventory',
  exchanges: [
    {
      operationId: 'list-warehouses',
      params: { cursor_page: 2, size: 10, region: 'eu' },
      answer: { status: 200, body: warehousePage },
      sent: {
        method: 'GET',
        path: '/v2/warehouses',
        query: [
          ['cursor_page', '2'],
          ['region', 'eu'],
          ['size', '10'],
        ],
      },
      want: { value: warehousePage },
    },
    {
      operationId: 'getStockItem',
      params: { warehouse_id: 'wh_7', sku: 'BOLT-1', 'X-Request-Tag': 'nightly run' },
      answer: { status: 200, body: stockItem },
      sent: {
        method: 'GET',
        path: '/v2/warehouses/wh_7/items/BOLT-1',
        query: [],
        headers: { 'x-request-tag': 'nightly run' },
      },
      want: { value: stockItem },
    },
    {
      operationId: 'removeStockItem',
      params: { warehouse_id: 'wh_7', sku: 'NUT 5/8' },
      answer: { status: 204 },
      sent: { method: 'DELETE', path: '/v2/warehouses/wh_7/items/NUT%205%2F8', query: [] },
      want: { value: undefined },
    },
  ],
};

const SHAPE_ID = '6f1c2a9e-3b7d-4c1e-9a2f-0d8e5b4c7a61';
const everything = {
  data: { tags: ['a'], nullable: null, constObj: { a: [1, { b: null }] }, 'a-b': 1, constructor: true },
  trees: [{ value: 1, children: [{ value: -5 }] }],
};

const RICH: Fixture = {
  spec: 'test/validators/fixtures/rich.yaml',
  entry: () => generated('test/validators/fixtures/rich.yaml'),
  basePath: '',
  credentials: { bearerAuth: 'tok-rich' },
  authorization: 'Bearer tok-rich',
  exchanges: [
    {
      operationId: 'getShape',
      params: {
        shape_id: SHAPE_ID,
        'X-Trace-Id': 'beef01',
        fields: ['kind', 'side'],
        since: '2024-02-29T23:59:60Z',
        scale: 2.25,
      },
      answer: { status: 200, body: { kind: 'square', side: 4 } },
      sent: {
        method: 'GET',
        path: `/shapes/${SHAPE_ID}`,
        query: [
          ['fields', 'kind'],
          ['fields', 'side'],
          ['scale', '2.25'],
          ['since', '2024-02-29T23:59:60Z'],
        ],
        headers: { 'x-trace-id': 'beef01' },
      },
      want: { value: { kind: 'square', side: 4 } },
    },
    {
      operationId: 'get-everything',
      answer: { status: 200, body: everything },
      sent: { method: 'GET', path: '/everything', query: [] },
      want: { value: everything },
    },
  ],
};

const FIXTURES = [CLOUDFLARE, INVENTORY, RICH];

describe.each(FIXTURES.map((fixture) => [fixture.spec, fixture] as const))(
  '%s: the rows cover what the spec declares',
  (spec, { exchanges }) => {
    const operations = operationsOf(loadDocument(path.join(ROOT, spec)));
    const rowsOf = (operation: DeclaredOperation) =>
      exchanges.filter((row) => row.operationId === operation.operationId);

    it('every row is an operation of the spec', () => {
      const ids = operations.map((operation) => operation.operationId);
      expect(exchanges.map((row) => row.operationId).filter((id) => !ids.includes(id))).toEqual([]);
    });

    it.each(operations.map((operation) => [`${operation.method} ${operation.path}`, operation] as const))(
      '%s is called with every parameter it declares and answered with every status it declares',
      (_name, operation) => {
        const rows = rowsOf(operation);
        const sent = new Set(rows.flatMap((row) => Object.keys(row.params ?? {})));
        const unsent = operation.parameters.filter((parameter) => !sent.has(parameter.name));
        expect(unsent.map((parameter) => `${parameter.in} ${parameter.name}`)).toEqual([]);
        expect(operation.statuses.filter((key) => !rows.some((row) => statusMatches(key, row.answer.status)))).toEqual(
          [],
        );
        expect(rows.every((row) => row.sent.method === operation.method)).toBe(true);
      },
    );
  },
);

describe.each(FIXTURES.map((fixture) => [fixture.spec, fixture] as const))(
  '%s: the generated client against a loopback server',
  (_spec, fixture) => {
    const operations = new Map(
      operationsOf(loadDocument(path.join(ROOT, fixture.spec))).map((operation) => [operation.operationId, operation]),
    );
    let server: TestServer;
    let pkg: Module;
    let validators: unknown;
    beforeAll(async () => {
      const entry = await fixture.entry();
      const sibling = (name: string) => pathToFileURL(path.join(path.dirname(entry), name)).href;
      [server, pkg, validators] = await Promise.all([
        startServer(),
        import(sibling('index.js')) as Promise<Module>,
        import(sibling('response-validators.js')).then((module: Module) => module['responseValidators']),
      ]);
    });
    afterAll(() => server.close());

    /** The generated factory named by `x-sdk.clientFactory`, with full response validation on. */
    function client(): Module {
      const factory = pkg[factoryName(fixture.spec)];
      if (typeof factory !== 'function') throw new Error(`${fixture.spec}: the package exports no client factory`);
      return factory({
        ...fixture.credentials,
        baseUrl: server.url + fixture.basePath,
        maxRetries: 0,
        validateResponses: validators,
        warnOnDeprecated: false,
      }) as Module;
    }

    const rows = fixture.exchanges.map((row) => {
      const given = Object.keys(row.params ?? {}).join(', ') || 'no parameters';
      const outcome = 'value' in row.want ? 'resolves to what the server sent' : `rejects with ${row.want.error}`;
      return [`${row.operationId} with ${given}, answered ${row.answer.status}: ${outcome}`, row] as const;
    });

    it.each(rows)('%s', async (_name, { operationId, params, answer, sent, want }) => {
      server.reset();
      const operation = operations.get(operationId);
      if (operation?.sdkMethod === undefined) throw new Error(`${operationId} has no x-sdk-method`);
      server.fallback((_req, res) => {
        if (answer.body === undefined) res.writeHead(answer.status).end();
        else sendJson(res, answer.status, answer.body);
      });
      const method = methodAt(client(), operation.sdkMethod);
      const outcome = await settle(params === undefined ? method() : method(params));

      expect(server.requests).toHaveLength(1);
      const request = server.requests[0] as LoggedRequest;
      expect({ method: request.method, path: request.path }).toEqual({ method: sent.method, path: sent.path });
      expect(sortedQuery(request.query)).toEqual(sent.query ?? []);
      expect(request.headers.authorization).toBe(fixture.authorization);
      for (const [name, value] of Object.entries(sent.headers ?? {})) expect(request.headers[name]).toBe(value);
      if ('value' in want) {
        expect(outcome).toEqual({ value: want.value });
      } else {
        expect(outcome).toHaveProperty('error');
        const { error } = outcome as { error: { status?: unknown } };
        expect(error).toBeInstanceOf(pkg[want.error] as new () => unknown);
        expect(error.status).toBe(want.status);
      }
    });

    const paged = [...operations.values()].filter((operation) => operation.pagination !== undefined);
    it.each(paged.map((operation) => [operation.operationId, operation] as const))(
      "%s: for await walks every page, asking for each by its page parameter, until the spec's stop signal",
      async (_id, operation) => {
        const pagination = operation.pagination!;
        const row = fixture.exchanges.find(
          (exchange) => exchange.operationId === operation.operationId && 'value' in exchange.want,
        );
        if (row === undefined) throw new Error(`no 200 row for ${operation.operationId}`);
        const template = structuredClone(row.answer.body) as Json;
        const item = (at(template, pagination.items) as Json[])[0];
        server.reset();
        server.fallback((req, res) => {
          const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get(pagination.pageParam) ?? 1);
          const body = structuredClone(template);
          setAt(body, pagination.items, [{ ...(item as object), [ITEM_MARK]: page }]);
          if (pagination.hasMore !== undefined) setAt(body, pagination.hasMore, page < 3);
          if (pagination.totalCount !== undefined) setAt(body, pagination.totalCount, 3);
          sendJson(res, 200, body);
        });
        const list = methodAt(client(), operation.sdkMethod ?? '');
        const items: unknown[] = [];
        for await (const each of list({
          ...row.params,
          [pagination.pageParam]: 1,
        }) as unknown as AsyncIterable<unknown>)
          items.push(each);
        expect(items.map((each) => (each as Record<string, unknown>)[ITEM_MARK])).toEqual([1, 2, 3]);
        expect(server.requests.map((request) => request.query.get(pagination.pageParam))).toEqual(['1', '2', '3']);
      },
    );

    it('warns once, naming the method and path, for each operation the spec marks deprecated', async () => {
      const deprecated = [...operations.values()].filter((operation) => operation.deprecated);
      server.reset();
      server.fallback((_req, res) => void res.writeHead(500).end());
      const warnings: string[] = [];
      const factory = pkg[factoryName(fixture.spec)] as (options: object) => Module;
      const options = {
        ...fixture.credentials,
        baseUrl: server.url,
        maxRetries: 0,
        log: (pkg['logging'] as (options: object) => unknown)({ logger: { warn: (m: string) => warnings.push(m) } }),
      };
      for (const operation of [...deprecated, ...deprecated]) {
        const row = fixture.exchanges.find((exchange) => exchange.operationId === operation.operationId);
        await settle(methodAt(factory(options), operation.sdkMethod ?? '')(row?.params ?? {}));
      }
      expect(warnings).toHaveLength(deprecated.length);
      deprecated.forEach((operation, index) =>
        expect(warnings[index]).toContain(`${operation.method} ${operation.path} is deprecated`),
      );
    });
  },
);

function factoryName(spec: string): string {
  const info = loadDocument(path.join(ROOT, spec)).root['info'] as { 'x-sdk'?: { clientFactory?: string } };
  const name = info['x-sdk']?.clientFactory;
  if (name === undefined) throw new Error(`${spec} names no client factory`);
  return name;
}

/** `warehouses.items.get` on the client, bound. */
function methodAt(client: Module, sdkMethod: string): (...args: unknown[]) => PromiseLike<unknown> {
  const parts = sdkMethod.split('.');
  const owner = parts.slice(0, -1).reduce<unknown>((node, part) => (node as Module)[part], client) as Module;
  const method = owner[parts.at(-1) ?? ''];
  if (typeof method !== 'function') throw new Error(`the client has no method ${sdkMethod}`);
  return (...args) => method.apply(owner, args) as PromiseLike<unknown>;
}

/** A property the server adds to each item, so the test can tell which page an item came from. */
const ITEM_MARK = 'page_of_item';

function setAt(root: Json, pointer: string, value: Json): void {
  const tokens = pointer.split('/').slice(1);
  const last = tokens.pop();
  const parent = tokens.reduce<Json>((node, token) => (node as JsonObject)[token] as Json, root);
  if (last === undefined || !isObject(parent)) throw new Error(`cannot set ${pointer}`);
  parent[last] = value;
}

function at(root: Json, pointer: string): Json {
  return pointer
    .split('/')
    .slice(1)
    .reduce<Json>((node, token) => (node as JsonObject)[token] as Json, root);
}

async function settle(call: PromiseLike<unknown>): Promise<{ value: unknown } | { error: unknown }> {
  try {
    return { value: await call };
  } catch (error) {
    return { error };
  }
}

/** Query pairs by name; repeated names keep the order they were sent in. */
function sortedQuery(query: URLSearchParams): [string, string][] {
  return [...query.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
