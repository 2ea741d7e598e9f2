/**
 * Hand-written descriptors and trivial validators standing in for generated code, and the test
 * server every runtime test file talks to. Environment variable names are test-only so a
 * developer's real CLOUDFLARE_* variables cannot leak in.
 */
import { afterAll, beforeEach } from 'vitest';
import {
  createCore,
  type ApiDescriptor,
  type BaseClientOptions,
  type Core,
  type OperationDescriptor,
  type ResponseValidators,
} from '../../generator/runtime/core.js';
import { CloudflareError } from '../../generator/runtime/errors.js';
import type { ValidationIssue, Validator } from '../../generator/runtime/validation.js';
import { startServer, type TestServer } from './server.js';

export const TOKEN = 'tok_SECRET_0123456789abcdefXYZ';
export const EMAIL = 'secret.person@example.com';
export const KEY = 'key_SECRET_fedcba9876543210QRS';
export const SECRETS = [TOKEN, EMAIL, KEY];

export const ENV = { token: 'CFTEST_API_TOKEN', email: 'CFTEST_EMAIL', key: 'CFTEST_API_KEY' } as const;

export const API: ApiDescriptor = {
  baseUrl: 'https://api.cloudflare.com/client/v4',
  userAgent: 'cloudflare-billing-client/0.1.0',
  credentials: [
    { scheme: 'api_token', option: 'apiToken', env: ENV.token, kind: 'bearer' },
    { scheme: 'api_email', option: 'apiEmail', env: ENV.email, kind: 'header', header: 'X-Auth-Email' },
    { scheme: 'api_key', option: 'apiKey', env: ENV.key, kind: 'header', header: 'X-Auth-Key' },
  ],
};

export interface TestOptions extends BaseClientOptions {
  apiToken?: string | undefined;
  apiEmail?: string | undefined;
  apiKey?: string | undefined;
}

export type Params = Record<string, unknown>;
export type Op = OperationDescriptor<Params, unknown>;

export function accept<T>(): Validator<T> {
  return (value) => ({ ok: true, value: value as T });
}

/** Rejects per_page above 50, like the generated validator for the billing history would. */
export const validateHistoryParams: Validator<Params> = (value) => {
  const params = value as Params;
  const errors: ValidationIssue[] = [];
  if (typeof params['per_page'] === 'number' && params['per_page'] > 50) {
    errors.push({ path: '/per_page', keyword: 'maximum', message: 'must be at most 50' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: params };
};

/** GET /user/billing/history: enveloped list page, total_count pagination. A fresh object per call. */
export function historyOp(overrides: Partial<Op> = {}): Op {
  return {
    method: 'GET',
    path: '/user/billing/history',
    params: { path: [], query: ['action', 'occurred_at', 'order', 'page', 'per_page', 'type'], header: [] },
    security: [['api_token'], ['api_email', 'api_key']],
    validateParams: validateHistoryParams,
    unwrap: 'page',
    deprecated: false,
    pagination: {
      pageParam: 'page',
      perPageParam: 'per_page',
      items: ['result'],
      totalCount: ['result_info', 'total_count'],
    },
    ...overrides,
  };
}

export const INVOICE_PATH = '/accounts/{account_id}/ai-gateway/billing/invoice-history';

/** GET invoice history: result is `{ invoices, pagination: { has_more } }`. */
export function invoiceOp(overrides: Partial<Op> = {}): Op {
  return {
    method: 'GET',
    path: INVOICE_PATH,
    params: { path: ['account_id'], query: ['page', 'per_page', 'type'], header: [] },
    security: [['api_token'], ['api_email', 'api_key']],
    validateParams: accept(),
    unwrap: 'result',
    deprecated: false,
    pagination: {
      pageParam: 'page',
      perPageParam: 'per_page',
      items: ['result', 'invoices'],
      hasMore: ['result', 'pagination', 'has_more'],
    },
    ...overrides,
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

/**
 * A core on the test server with a token, fast retries, no deprecation noise unless asked, and
 * the response validators given (none: every body passes).
 */
export function makeCore(
  baseUrl: string,
  options: TestOptions = {},
  responseValidators: ResponseValidators = [],
): Core<{}> {
  const all: TestOptions = { baseUrl, apiToken: TOKEN, retryBaseDelayMs: 1, warnOnDeprecated: false, ...options };
  return createCore<{}>(API, all, responseValidators);
}

/**
 * A fetch that counts the attempts the client makes (client-side, so an attempt the server has not
 * logged yet still counts), calls `afterResponse` once each response is in, and then hands it on.
 */
export function countingFetch(afterResponse?: (response: Response) => void): {
  fetch: (request: Request) => Promise<Response>;
  calls: Request[];
} {
  const calls: Request[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    calls.push(request);
    const response = await globalThis.fetch(request);
    afterResponse?.(response);
    return response;
  };
  return { fetch, calls };
}

/** A body that sends `first` and then nothing, until `signal` aborts it (as fetch's own bodies do). */
export function stalledBody(first: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
      signal.addEventListener('abort', () => controller.error(signal.reason), { once: true });
    },
  });
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

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejection(promise: PromiseLike<unknown>): Promise<CloudflareError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CloudflareError) return error;
    throw new Error(`expected a CloudflareError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** Every string reachable from an error: message, stack, JSON, own properties and causes. */
export function errorText(error: unknown, depth = 0): string {
  if (depth > 5 || error === null || error === undefined) return '';
  if (typeof error !== 'object') return String(error);
  const parts: string[] = [];
  if (error instanceof Error) parts.push(error.message, error.stack ?? '', String(error));
  try {
    parts.push(JSON.stringify(error) ?? '');
  } catch {
    // circular: own properties below still get looked at
  }
  for (const key of Object.getOwnPropertyNames(error))
    parts.push(errorText((error as Record<string, unknown>)[key], depth + 1));
  return parts.join('\n');
}
