/**
 * The clients compared, each making the same two calls through a fetch it is given: raw fetch
 * plus JSON.parse (the floor), openapi-fetch alone, ours (without and with response
 * validation) and the official `cloudflare` SDK. Every call returns the number of items it got,
 * so a benchmark can check that each client really read the page. openapi-fetch is typed by
 * openapi-typescript's own output for the spec (bench/openapi-types/), as its users have it.
 */
import Cloudflare from 'cloudflare';
import createClient from 'openapi-fetch';
import { createCloudflareBillingClient } from '../generated/dist/index.js';
import { responseValidators } from '../generated/dist/response-validators.js';
import type { paths } from './openapi-types/billing.js';
import { ACCOUNT_ID, API_TOKEN, BILLING_PAGE_SIZE } from './fixtures.js';
import type { FetchLike } from './memory-fetch.js';

export const BASE_URL = 'https://api.cloudflare.com/client/v4';

export type Role = 'raw' | 'openapi-fetch' | 'ours' | 'ours-validated' | 'official';

/** Two calls of one client: the first billing-history page and the first invoice-history page. */
export interface BillingCalls {
  readonly billingHistory: () => Promise<number>;
  readonly invoiceHistory: () => Promise<number>;
}

export interface Contender {
  readonly role: Role;
  readonly name: string;
  readonly create: (fetch: FetchLike, baseUrl?: string) => BillingCalls;
}

const BILLING_PATH = '/user/billing/history';
const INVOICE_PATH = '/accounts/{account_id}/ai-gateway/billing/invoice-history';

interface RawBody {
  result: unknown[] & { invoices: unknown[] };
}

function raw(fetch: FetchLike, baseUrl = BASE_URL): BillingCalls {
  const init = { headers: { authorization: `Bearer ${API_TOKEN}` } };
  const get = async (url: string): Promise<RawBody> => JSON.parse(await (await fetch(url, init)).text()) as RawBody;
  const billingUrl = `${baseUrl}${BILLING_PATH}?per_page=${BILLING_PAGE_SIZE}`;
  const invoiceUrl = `${baseUrl}${INVOICE_PATH.replace('{account_id}', ACCOUNT_ID)}`;
  return {
    billingHistory: async () => (await get(billingUrl)).result.length,
    invoiceHistory: async () => (await get(invoiceUrl)).result.invoices.length,
  };
}

function openapiFetch(fetch: FetchLike, baseUrl = BASE_URL): BillingCalls {
  const client = createClient<paths>({ baseUrl, fetch, headers: { authorization: `Bearer ${API_TOKEN}` } });
  return {
    billingHistory: async () => {
      const { data } = await client.GET(BILLING_PATH, { params: { query: { per_page: BILLING_PAGE_SIZE } } });
      return data?.result.length ?? -1;
    },
    invoiceHistory: async () => {
      const { data } = await client.GET(INVOICE_PATH, { params: { path: { account_id: ACCOUNT_ID } } });
      return data?.result.invoices.length ?? -1;
    },
  };
}

function ours(validateResponses: boolean): Contender['create'] {
  return (fetch, baseUrl = BASE_URL) => {
    const cf = createCloudflareBillingClient({
      apiToken: API_TOKEN,
      baseUrl,
      fetch,
      maxRetries: 0,
      validateResponses: validateResponses && responseValidators,
      warnOnDeprecated: false,
    });
    return {
      billingHistory: async () => (await cf.user.billing.history.list({ per_page: BILLING_PAGE_SIZE })).result.length,
      invoiceHistory: async () =>
        (await cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID })).invoices.length,
    };
  };
}

function official(fetch: FetchLike, baseUrl = BASE_URL): BillingCalls {
  const client = new Cloudflare({ apiToken: API_TOKEN, baseURL: baseUrl, fetch, maxRetries: 0, logLevel: 'off' });
  return {
    billingHistory: async () => (await client.user.billing.history.list({ per_page: BILLING_PAGE_SIZE })).result.length,
    invoiceHistory: async () =>
      (await client.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID })).invoices.length,
  };
}

export const CONTENDERS: readonly Contender[] = [
  { role: 'raw', name: 'raw fetch + JSON.parse', create: raw },
  { role: 'openapi-fetch', name: 'openapi-fetch alone', create: openapiFetch },
  { role: 'ours', name: 'ours', create: ours(false) },
  { role: 'ours-validated', name: 'ours, validateResponses', create: ours(true) },
  { role: 'official', name: 'official cloudflare SDK', create: official },
];

/** The official SDK as a client for `for await` over every billing-history item. */
export function officialClient(fetch: FetchLike | undefined, baseUrl: string): Cloudflare {
  return new Cloudflare({
    apiToken: API_TOKEN,
    baseURL: baseUrl,
    maxRetries: 0,
    logLevel: 'off',
    ...(fetch ? { fetch } : {}),
  });
}
