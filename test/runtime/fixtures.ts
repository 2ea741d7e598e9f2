/**
 * Hand-written descriptors and checks standing in for generated code, and the helpers every
 * runtime test file uses. Environment variable names are test-only so that a developer's real
 * CLOUDFLARE_* variables cannot leak in.
 */
import { afterAll, beforeEach } from 'vitest';
import { createClient } from '../../generator/runtime/client.js';
import { checkResponses } from '../../generator/runtime/check-responses.js';
import type { ApiSpec, Check, OperationSpec, Resource, ResponseCheckList } from '../../generator/runtime/descriptor.js';
import { CloudflareError } from '../../generator/runtime/errors.js';
import { fail } from '../../generator/runtime/keywords.js';
import { rawNamespace } from '../../generator/runtime/raw.js';
import { pagination } from '../../generator/runtime/pagination.js';
import { retries } from '../../generator/runtime/retry.js';
import { validation } from '../../generator/runtime/operation.js';
import type { BaseClientOptions, Fetch } from '../../generator/runtime/options.js';
import { startServer, type TestServer } from './server.js';

export const TOKEN = 'tok_SECRET_0123456789abcdefXYZ';
export const EMAIL = 'secret.person@example.com';
export const KEY = 'key_SECRET_fedcba9876543210QRS';
export const SECRETS = [TOKEN, EMAIL, KEY];

export const ENV = {
  token: 'CFTEST_API_TOKEN',
  email: 'CFTEST_EMAIL',
  key: 'CFTEST_API_KEY',
  prefix: 'CFTEST',
} as const;
export const NO_ENV = {
  [ENV.token]: undefined,
  [ENV.email]: undefined,
  [ENV.key]: undefined,
  CFTEST_BASE_URL: undefined,
  CFTEST_LOG: undefined,
};

export const SECURITY = [['api_token'], ['api_email', 'api_key']] as const;

export const API: ApiSpec = {
  baseUrl: 'https://api.cloudflare.com/client/v4',
  userAgent: 'cloudflare-billing-client/0.2.0',
  credentials: [
    { scheme: 'api_token', option: 'apiToken', name: 'authorization', prefix: 'Bearer ', env: ENV.token },
    { scheme: 'api_email', option: 'apiEmail', name: 'x-auth-email', env: ENV.email },
    { scheme: 'api_key', option: 'apiKey', name: 'x-auth-key', env: ENV.key },
  ],
  security: SECURITY,
  envPrefix: ENV.prefix,
};

export interface TestOptions extends BaseClientOptions {
  apiToken?: string | undefined;
  apiEmail?: string | undefined;
  apiKey?: string | undefined;
}

export type Params = Record<string, unknown>;

/** What the generator emits for GET /user/billing/history's params: per_page at most 50. */
export const checkHistoryParams: Check = (value, sink, path = '') => {
  if (typeof value !== 'object' || value === null) return !fail(sink, path, 'type', 'object');
  const perPage = (value as Params)['per_page'];
  if (typeof perPage === 'number' && perPage > 50 && fail(sink, `${path}/per_page`, 'maximum', 50)) return false;
  return sink === undefined || sink.issues.length === 0;
};

export const HISTORY = '/user/billing/history';
export const INVOICE_TEMPLATE = '/accounts/{account_id}/ai-gateway/billing/invoice-history';

/** Fields to change in a fixture operation; `undefined` removes one (`pagination: undefined`). */
export type Overrides = { [K in keyof OperationSpec]?: OperationSpec[K] | undefined };

function override(base: OperationSpec, overrides: Overrides): OperationSpec {
  const op: Record<string, unknown> = { ...base, ...overrides };
  for (const key of Object.keys(op)) if (op[key] === undefined) delete op[key];
  return op as unknown as OperationSpec;
}

/** GET /user/billing/history: an enveloped page, total_count pagination. A fresh object per call. */
export function historyOp(overrides: Overrides = {}): OperationSpec {
  return override(
    {
      method: 'GET',
      path: HISTORY,
      query: ['action', 'occurred_at', 'order', 'page', 'per_page', 'type'],
      security: SECURITY,
      check: checkHistoryParams,
      response: 'page',
      pagination: {
        style: 'page',
        page: 'page',
        perPage: 'per_page',
        items: ['result'],
        totalCount: ['result_info', 'total_count'],
      },
    },
    overrides,
  );
}

/** GET invoice history: result is `{ invoices, pagination: { has_more } }`. */
export function invoiceOp(overrides: Overrides = {}): OperationSpec {
  return override(
    {
      method: 'GET',
      path: '/accounts/{account_id}/ai-gateway/billing/invoice-history',
      query: ['type', 'page', 'per_page'],
      security: SECURITY,
      response: 'result',
      pagination: {
        style: 'page',
        page: 'page',
        perPage: 'per_page',
        items: ['result', 'invoices'],
        hasMore: ['result', 'pagination', 'has_more'],
      },
    },
    overrides,
  );
}

/** A method of a client under test: typed loosely, the contract test types them precisely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = (params?: unknown, options?: unknown) => any;

/**
 * A client on `baseUrl` with a token, fast retries and no deprecation noise unless asked, whose
 * `op` method is `client.test.call`, and `raw`.
 */
export function clientFor(
  baseUrl: string,
  op: OperationSpec,
  options: TestOptions = {},
  checks?: ResponseCheckList,
): { call: Any; raw: any } {
  const resource: Resource = { at: ['test'], methods: { call: op } };
  const all: TestOptions = {
    baseUrl,
    apiToken: TOKEN,
    retryBaseDelayMs: 1,
    warnOnDeprecated: false,
    ...options,
    ...(checks === undefined ? {} : { validateResponses: checkResponses(checks) }),
  };
  const client = createClient(API, all, [resource, rawNamespace], { retries, pagination, validation }) as unknown as {
    test: { call: Any };
    raw: any;
  };
  return { call: client.test.call, raw: client.raw };
}

/** `op` called once on a client made with `options`. */
export function callOnce(
  baseUrl: string,
  op: OperationSpec,
  params?: unknown,
  options: TestOptions = {},
  call?: unknown,
): Promise<any> {
  return clientFor(baseUrl, op, options).call(params, call);
}

/** A fetch that counts the attempts the client makes (client side) and passes them on. */
export function countingFetch(): { fetch: Fetch; count: () => number; urls: string[] } {
  const urls: string[] = [];
  return {
    fetch: (input, init) => {
      urls.push(String(input));
      return fetch(input, init);
    },
    count: () => urls.length,
    urls,
  };
}

/**
 * The test server of one test file, started at once, its routes and request log cleared before
 * each test and closed after the last: `const server = await startFileServer();` at the top.
 */
export async function startFileServer(): Promise<TestServer> {
  const server = await startServer();
  beforeEach(() => server.reset());
  afterAll(() => server.close());
  return server;
}

/** Runs `fn` with environment variables set (undefined deletes), restoring them afterwards. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T | Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>): void => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(vars);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}

/** The rejection of `promise`, failing the test if it resolves or rejects with something else. */
export async function rejection(promise: PromiseLike<unknown>): Promise<CloudflareError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CloudflareError) return error;
    throw new Error(`expected a CloudflareError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** The error thrown by `fn`, failing the test if it does not throw. */
export function thrownBy(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** Resolves when `condition` holds, polling; the test's own timeout bounds the wait. */
export async function eventually(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
