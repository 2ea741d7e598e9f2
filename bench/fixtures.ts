/**
 * Response bodies for the benchmarks, valid per spec/openapi.yaml: billing-history items (id at
 * most 32 characters, action and type at most 30, RFC 3339 occurred_at) in Cloudflare's
 * `{ success, errors, messages, result, result_info }` envelope, and AI Gateway invoice pages.
 */

export const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';
export const API_TOKEN = 'bench-token-0000000000000000000000000000';
/** The largest page the billing-history endpoint allows. */
export const BILLING_PAGE_SIZE = 50;
/** The per_page of the spec's invoice-history example. */
export const INVOICE_PAGE_SIZE = 20;

export interface BillingHistoryItem {
  id: string;
  action: string;
  amount: number;
  currency: string;
  description: string;
  occurred_at: string;
  type: string;
  zone: { name: string };
}

export interface Envelope<TResult> {
  success: true;
  errors: never[];
  messages: never[];
  result: TResult;
}

export interface BillingHistoryPage extends Envelope<BillingHistoryItem[]> {
  result_info: { page: number; per_page: number; count: number; total_count: number };
}

export interface Invoice {
  id: string;
  amount_due: number;
  amount_paid: number;
  amount_remaining: number;
  currency: string;
  attempt_count: number;
  attempted: boolean;
  auto_advance: boolean | null;
  created: number;
  created_by: string;
  description: string | null;
  invoice_origin: string;
  invoice_pdf: string | null;
  status: string | null;
}

export interface InvoicePagination {
  has_more: boolean;
  page: number;
  per_page: number;
  total_count: number;
}

export interface InvoiceHistoryPage extends Envelope<{ invoices: Invoice[]; pagination: InvoicePagination }> {
  result_info: InvoicePagination;
}

const ACTIONS = ['subscription', 'renewal', 'upgrade', 'credit'] as const;
const START = Date.UTC(2024, 0, 1);

export function billingHistoryItem(index: number): BillingHistoryItem {
  return {
    id: index.toString(16).padStart(32, 'b'),
    action: ACTIONS[index % ACTIONS.length] ?? 'subscription',
    amount: 20 + (index % 100) / 100,
    currency: 'USD',
    description: `Billing item ${index} of the benchmark account`,
    occurred_at: new Date(START + index * 3_600_000).toISOString(),
    type: index % 7 === 0 ? 'refund' : 'charge',
    zone: { name: `zone-${index % 10}.example.com` },
  };
}

/** Page `page` (from 1) of a history of `total` items. */
export function billingHistoryPage(page: number, perPage: number, total: number): BillingHistoryPage {
  const first = (page - 1) * perPage;
  const count = Math.max(0, Math.min(perPage, total - first));
  const result = Array.from({ length: count }, (_, offset) => billingHistoryItem(first + offset));
  return {
    success: true,
    errors: [],
    messages: [],
    result,
    result_info: { page, per_page: perPage, count, total_count: total },
  };
}

export function invoice(index: number): Invoice {
  return {
    id: `in_${index.toString(36).padStart(12, '0')}`,
    amount_due: 1000 + index,
    amount_paid: 1000 + index,
    amount_remaining: 0,
    currency: 'usd',
    attempt_count: 1,
    attempted: true,
    auto_advance: index % 3 === 0 ? null : false,
    created: 1_704_067_200 + index * 86_400,
    created_by: 'automation',
    description: index % 5 === 0 ? null : `AI Gateway usage, period ${index}`,
    invoice_origin: 'ai_gateway',
    invoice_pdf: `https://invoices.example.com/${index}.pdf`,
    status: 'paid',
  };
}

export function invoiceHistoryPage(page: number, perPage: number, total: number): InvoiceHistoryPage {
  const first = (page - 1) * perPage;
  const count = Math.max(0, Math.min(perPage, total - first));
  const pagination = { has_more: first + count < total, page, per_page: perPage, total_count: total };
  return {
    success: true,
    errors: [],
    messages: [],
    result: { invoices: Array.from({ length: count }, (_, offset) => invoice(first + offset)), pagination },
    result_info: pagination,
  };
}

/**
 * A 50-item page with four problems deep in it, for error reporting: an id over 32 characters,
 * an occurred_at that is not RFC 3339, an amount that is a string, and no `success`.
 */
export function invalidBillingHistoryPage(): unknown {
  type Loose = Record<string, unknown> & { result: Record<string, unknown>[] };
  const page = structuredClone(billingHistoryPage(1, BILLING_PAGE_SIZE, 2000)) as unknown as Loose;
  const item = (index: number): Record<string, unknown> => page.result[index] ?? {};
  item(3).id = 'x'.repeat(40);
  item(17).occurred_at = '2024-13-01 25:00';
  item(41).amount = '20.99';
  delete page.success;
  return page;
}
