/**
 * What the generated-client tests share: distinctive credentials, the loopback test server of
 * each file, a client on it, both endpoints called alike, page-serving routes for them, and
 * helpers to catch and inspect errors. The client comes from generated/dist, the compiled package
 * a user installs, and talks real HTTP to a node:http server on 127.0.0.1, so every assertion
 * about requests is about what arrived.
 */
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  CloudflareError,
  createCloudflareBillingClient,
  type BillingHistory,
  type CloudflareBillingClient,
  type CloudflareBillingClientOptions,
  type Invoice,
  type ListAiGatewayInvoiceHistoryParams,
  type ListUserBillingHistoryParams,
} from '../../generated/dist/index.js';
import { envelope, sendJson, startServer, type Handler, type TestServer } from '../runtime/server.js';

export const TOKEN = 'tok_GENERATED_4f1c9a7e2b6d8035XYZ';
export const EMAIL = 'billing.owner+generated@example.com';
export const KEY = 'key_GENERATED_e93b17c4a0d2f658QRS';
export const SECRETS = [TOKEN, EMAIL, KEY] as const;

export const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
export const HISTORY_PATH = '/user/billing/history';
export const INVOICE_PATH = `/accounts/${ACCOUNT}/ai-gateway/billing/invoice-history`;

/** The variables the generated client falls back to (x-sdk-env in the spec). */
export const ENV_VARS = ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_EMAIL', 'CLOUDFLARE_API_KEY'] as const;

export type Endpoint = 'history' | 'invoices';
export const ENDPOINTS: readonly Endpoint[] = ['history', 'invoices'];
export const PATHS: Record<Endpoint, string> = { history: HISTORY_PATH, invoices: INVOICE_PATH };

/** A handler that never answers: the client has to give up on its own. */
export const silent: Handler = () => undefined;

/**
 * The test server of one test file, started at once, its routes and request log cleared before
 * each test and closed after the last: `const server = await startFileServer();` at the top.
 */
export async function startFileServer(): Promise<TestServer> {
  const server = await startServer();
  let savedEnv: Record<string, string | undefined>;
  beforeAll(() => {
    // A developer's real CLOUDFLARE_* variables must neither leak into these requests nor change them.
    savedEnv = Object.fromEntries(ENV_VARS.map((name) => [name, process.env[name]]));
    setEnv(Object.fromEntries(ENV_VARS.map((name) => [name, undefined])));
  });
  afterAll(async () => {
    setEnv(savedEnv);
    await server.close();
  });
  beforeEach(() => server.reset());
  return server;
}

/**
 * A client on the test server: token auth, fast backoff, no deprecation noise. The deprecation
 * warning is once per process, so only the tests about it may leave it on.
 */
export function clientFor(server: TestServer, options: CloudflareBillingClientOptions = {}): CloudflareBillingClient {
  return createCloudflareBillingClient({
    baseUrl: server.url,
    apiToken: TOKEN,
    retryBaseDelayMs: 1,
    warnOnDeprecated: false,
    ...options,
  });
}

/** The first page of an endpoint, with extra (possibly ill-typed) parameters. */
export function callEndpoint(
  cf: CloudflareBillingClient,
  endpoint: Endpoint,
  params: Record<string, unknown> = {},
): PromiseLike<unknown> {
  return endpoint === 'history'
    ? cf.user.billing.history.list(params as ListUserBillingHistoryParams)
    : cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, ...params } as ListAiGatewayInvoiceHistoryParams);
}

export function billingItem(n: number): BillingHistory {
  return {
    id: `item${n}`,
    action: 'subscription',
    amount: n + 0.99,
    currency: 'USD',
    description: `Billing item ${n}`,
    occurred_at: '2024-03-01T12:21:59.3456Z',
    type: 'charge',
    zone: { name: 'example.com' },
  };
}

export function invoice(n: number): Invoice {
  return { id: `inv${n}`, amount_due: n, amount_paid: 0, amount_remaining: n, currency: 'USD' };
}

/** 1-based page `page` of `all`, `perPage` items a page. */
function slice<T>(all: readonly T[], page: number, perPage: number): T[] {
  return all.slice((page - 1) * perPage, page * perPage);
}

function pageQuery(url: string | undefined): { page: number; perPage: number } {
  const query = new URL(url ?? '/', 'http://loopback').searchParams;
  return { page: Number(query.get('page') ?? 1), perPage: Number(query.get('per_page') ?? 20) };
}

/** Billing history as Cloudflare pages it: `result` plus `result_info.total_count`. */
export function serveHistory(server: TestServer, total: number): BillingHistory[] {
  const all = Array.from({ length: total }, (_, i) => billingItem(i + 1));
  server.route('GET', HISTORY_PATH, (req, res) => {
    const { page, perPage } = pageQuery(req.url);
    const result = slice(all, page, perPage);
    sendJson(res, 200, envelope(result, { page, per_page: perPage, count: result.length, total_count: total }));
  });
  return all;
}

/** Invoices as AI Gateway pages them: `result.invoices` plus `result.pagination.has_more`. */
export function serveInvoices(server: TestServer, total: number, path = INVOICE_PATH): Invoice[] {
  const all = Array.from({ length: total }, (_, i) => invoice(i + 1));
  server.route('GET', path, (req, res) => {
    const { page, perPage } = pageQuery(req.url);
    const pagination = { page, per_page: perPage, total_count: total, has_more: page * perPage < total };
    sendJson(res, 200, envelope({ invoices: slice(all, page, perPage), pagination }));
  });
  return all;
}

/** A Cloudflare failure envelope with one error and one message. */
export function failure(code: number, message: string): Record<string, unknown> {
  return {
    success: false,
    errors: [{ code, message }],
    messages: [{ code: 1, message: 'see the docs' }],
    result: null,
  };
}

/**
 * The cf-ray id the test server sends with a failure of `status`: a real ray's shape (hex, then
 * the colo), since the client drops a cf-ray that does not look like one.
 */
export function rayFor(status: number | string): string {
  return `8c1f2d3e4a5b${status}-LHR`;
}

export function sendFailure(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, failure(status * 10, message), { 'cf-ray': rayFor(status), ...headers });
}

/** The rejection of `promise` as a CloudflareError of the generated package; fails if it resolves. */
export async function rejection(promise: PromiseLike<unknown>): Promise<CloudflareError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CloudflareError) return error;
    throw new Error(`expected a CloudflareError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** A fetch that counts the attempts the client makes (client side) and passes them on to the real one. */
export function countingFetch(): { fetch: NonNullable<CloudflareBillingClientOptions['fetch']>; count: () => number } {
  let attempts = 0;
  return {
    fetch: (input, init) => {
      attempts++;
      return fetch(input, init);
    },
    count: () => attempts,
  };
}

/** Drains an async iterable, for `for await` runs that must fail. */
export async function drain(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/**
 * Every string reachable from an error, the ways a person or a log sees it: util.inspect (hidden
 * properties too), String(), message, stack, JSON, own properties and the whole cause chain.
 */
export function errorText(error: unknown, depth = 0): string {
  if (depth > 5 || error === null || error === undefined) return '';
  if (typeof error !== 'object') return String(error);
  const parts: string[] = depth === 0 ? [inspect(error, { depth: 10, showHidden: true })] : [];
  if (error instanceof Error) parts.push(error.message, error.stack ?? '', String(error));
  try {
    parts.push(JSON.stringify(error) ?? '');
  } catch {
    // circular: the own properties below are still looked at
  }
  for (const key of new Set([...Object.getOwnPropertyNames(error), 'cause'])) {
    parts.push(errorText((error as Record<string, unknown>)[key], depth + 1));
  }
  return parts.join('\n');
}

/** Runs `fn` with environment variables set (undefined deletes), restoring them afterwards. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => PromiseLike<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  setEnv(vars);
  try {
    return await fn();
  } finally {
    setEnv(saved);
  }
}

function setEnv(vars: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}
