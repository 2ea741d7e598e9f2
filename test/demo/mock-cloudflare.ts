/**
 * A stand-in for the two Cloudflare billing endpoints, for the demo and the browser and consumer
 * tests: deterministic, spec-valid data (the same seed gives the same bytes on every machine),
 * Cloudflare's envelopes, its page-number pagination and its credential headers.
 *
 *   const api = await startMockCloudflare();          // 230 billing items, 57 invoices
 *   createCloudflareBillingClient({ apiToken: 'demo', baseUrl: api.url })
 *   await api.close();
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BillingHistory, Invoice } from '../../generated/dist/index.js';
import { sendJson, startServer, type Handler, type TestServer } from '../runtime/server.js';

export interface MockData {
  /** The one account whose invoices exist; any other account id answers 404. */
  readonly accountId: string;
  /** Newest first, as Cloudflare lists them. */
  readonly billing: readonly BillingHistory[];
  /** Newest first. */
  readonly invoices: readonly Invoice[];
}

export const DEMO_ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';

export function mockData(sizes: { billing?: number; invoices?: number } = {}): MockData {
  const random = seeded(20_251_125);
  return {
    accountId: DEMO_ACCOUNT_ID,
    billing: Array.from({ length: sizes.billing ?? 230 }, (_, index) => billingItem(index, random)),
    invoices: Array.from({ length: sizes.invoices ?? 57 }, (_, index) => invoice(index, random)),
  };
}

/** A loopback server answering both endpoints; anything else is Cloudflare's 404 envelope. */
export async function startMockCloudflare(data: MockData = mockData()): Promise<TestServer> {
  const server = await startServer();
  server.fallback(cloudflareHandler(data));
  return server;
}

/** The handler alone, to mount beside other routes (the browser test serves its page with it). */
export function cloudflareHandler(data: MockData): Handler {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    const invoicesOf = /^\/accounts\/([^/]+)\/ai-gateway\/billing\/invoice-history$/.exec(url.pathname);
    if (req.method === 'GET' && url.pathname === '/user/billing/history')
      return billingHistory(req, res, url.searchParams, data);
    if (req.method === 'GET' && invoicesOf)
      return invoiceHistory(req, res, url.searchParams, data, decodeURIComponent(invoicesOf[1] ?? ''));
    sendJson(res, 404, failure(7003, 'Could not route to that URI, perhaps your object identifier is invalid?'));
  };
}

// ---------------------------------------------------------------------------------------------
// The endpoints
// ---------------------------------------------------------------------------------------------

function billingHistory(req: IncomingMessage, res: ServerResponse, query: URLSearchParams, data: MockData): void {
  if (!authenticated(req)) return sendJson(res, 401, failure(10000, 'Authentication error'));
  const perPage = clamp(numberParam(query, 'per_page') ?? 20, 5, 50);
  const page = Math.max(1, numberParam(query, 'page') ?? 1);
  const items = sortBy(filterBilling(data.billing, query), query.get('order'));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  sendJson(res, 200, {
    success: true,
    errors: [],
    messages: [],
    result: slice,
    result_info: { page, per_page: perPage, count: slice.length, total_count: items.length },
  });
}

function invoiceHistory(
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
  data: MockData,
  account: string,
): void {
  if (!authenticated(req)) return sendJson(res, 401, failure(10000, 'Authentication error', false));
  if (account !== data.accountId) return sendJson(res, 404, failure(7003, 'Could not route to that account', false));
  const perPage = clamp(numberParam(query, 'per_page') ?? 20, 1, 50);
  const page = Math.max(1, numberParam(query, 'page') ?? 1);
  const type = query.get('type') ?? 'all';
  const invoices = type === 'all' ? data.invoices : data.invoices.filter((entry) => entry.invoice_origin === type);
  const slice = invoices.slice((page - 1) * perPage, page * perPage);
  const pagination = {
    page,
    per_page: perPage,
    total_count: invoices.length,
    has_more: page * perPage < invoices.length,
  };
  sendJson(res, 200, {
    success: true,
    errors: [],
    messages: [],
    result: { invoices: slice, pagination },
    result_info: pagination,
  });
}

/** `Authorization: Bearer <token>`, or the legacy `X-Auth-Email` plus `X-Auth-Key`. */
function authenticated(req: IncomingMessage): boolean {
  const bearer = /^Bearer \S+$/.test(req.headers.authorization ?? '');
  return bearer || (Boolean(req.headers['x-auth-email']) && Boolean(req.headers['x-auth-key']));
}

/** Cloudflare's failure envelope; the AI Gateway one has no `messages`. */
function failure(code: number, message: string, withMessages = true): Record<string, unknown> {
  const body: Record<string, unknown> = { success: false, errors: [{ code, message }], result: null };
  if (withMessages) body['messages'] = [];
  return body;
}

/** The real API does not document how `occurred_at` filters; the mock treats it as "on or after". */
function filterBilling(items: readonly BillingHistory[], query: URLSearchParams): readonly BillingHistory[] {
  const action = query.get('action');
  const type = query.get('type');
  const since = query.get('occurred_at');
  return items.filter(
    (item) =>
      (!action || item.action === action) && (!type || item.type === type) && (!since || item.occurred_at >= since),
  );
}

function sortBy(items: readonly BillingHistory[], order: string | null): readonly BillingHistory[] {
  if (order !== 'type' && order !== 'action' && order !== 'occurred_at') return items;
  return [...items].sort((a, b) => a[order].localeCompare(b[order]));
}

function numberParam(query: URLSearchParams, name: string): number | undefined {
  const value = Number(query.get(name) ?? Number.NaN);
  return Number.isFinite(value) ? Math.floor(value) : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

// ---------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------

const ZONES = ['example.com', 'shop.example.com', 'blog.example.net', 'api.example.org', 'status.example.io'];
const PLANS: readonly { action: string; type: string; amount: number; description: string }[] = [
  { action: 'subscription', type: 'charge', amount: 20, description: 'Pro plan, monthly' },
  { action: 'subscription', type: 'charge', amount: 200, description: 'Business plan, monthly' },
  { action: 'renewal', type: 'charge', amount: 240, description: 'Pro plan, annual renewal' },
  { action: 'add-on', type: 'charge', amount: 5, description: 'Argo Smart Routing' },
  { action: 'add-on', type: 'charge', amount: 10, description: 'Load Balancing, 2 origins' },
  { action: 'usage', type: 'charge', amount: 0.5, description: 'Workers requests over the included 10M' },
  { action: 'credit', type: 'credit', amount: -20, description: 'Service credit' },
  { action: 'refund', type: 'refund', amount: -5, description: 'Refund: Argo Smart Routing' },
];

/** Every ~3.2 days back from 1 Nov 2025, newest first. */
function billingItem(index: number, random: () => number): BillingHistory {
  const plan = PLANS[Math.floor(random() * PLANS.length)] ?? PLANS[0]!;
  const zone = ZONES[Math.floor(random() * ZONES.length)] ?? 'example.com';
  const cents = Math.round(plan.amount * 100 * (plan.action === 'usage' ? 1 + Math.floor(random() * 40) : 1));
  return {
    id: hex(random, 32),
    action: plan.action,
    amount: cents / 100,
    currency: 'USD',
    description: `${plan.description} (${zone})`,
    occurred_at: new Date(Date.UTC(2025, 10, 1, 12) - index * 277_000_000).toISOString(),
    type: plan.type,
    zone: { name: zone },
  };
}

/** AI Gateway invoices: one a week back from 3 Nov 2025, amounts in cents as Stripe reports them. */
function invoice(index: number, random: () => number): Invoice {
  const due = 500 + Math.floor(random() * 40_000);
  const open = index < 2;
  const origin = random() < 0.8 ? 'auto' : 'manual';
  const id = `in_${hex(random, 24)}`;
  const created = Math.floor(Date.UTC(2025, 10, 3) / 1000) - index * 7 * 86_400;
  return {
    id,
    amount_due: due,
    amount_paid: open ? 0 : due,
    amount_remaining: open ? due : 0,
    currency: 'usd',
    attempt_count: open ? 0 : 1,
    attempted: !open,
    auto_advance: open,
    created,
    created_by: origin === 'auto' ? 'subscription_cycle' : 'manual',
    description: `AI Gateway usage, week of ${new Date((created - 7 * 86_400) * 1000).toISOString().slice(0, 10)}`,
    invoice_origin: origin,
    invoice_pdf: `https://invoices.example.com/${id}.pdf`,
    status: open ? 'open' : 'paid',
  };
}

function hex(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += Math.floor(random() * 16).toString(16);
  return text;
}

/** mulberry32: a tiny seeded generator, so the data never changes between runs. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
