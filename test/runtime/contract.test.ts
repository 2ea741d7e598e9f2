/**
 * The shape generated code will have, written by hand: typed descriptors, an options interface
 * extending BaseClientOptions, a factory calling createCore, and typed methods. `tsc` checks that
 * the runtime's signatures fit that shape; the test checks it works end to end.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { Client } from 'openapi-fetch';
import {
  createCore,
  type ApiDescriptor,
  type BaseClientOptions,
  type OperationDescriptor,
  type RequestOptions,
} from '../../generator/runtime/core.js';
import { PagePromise } from '../../generator/runtime/pagination.js';
import type { Validator } from '../../generator/runtime/validation.js';
import { EMAIL, KEY, TOKEN } from './fixtures.js';
import { envelope, sendJson, startServer, type TestServer } from './server.js';

// ---- what the generator would emit ---------------------------------------------------------
interface Invoice {
  id: string;
  amount: number;
}
interface InvoiceHistoryResult {
  invoices: Invoice[];
  pagination: { has_more: boolean };
}
interface ListAiGatewayInvoiceHistoryParams {
  account_id: string;
  page?: number;
  per_page?: number;
}
interface ListAiGatewayInvoiceHistoryResponse {
  success: boolean;
  errors: { code: number; message: string }[];
  messages: { code: number; message: string }[];
  result: InvoiceHistoryResult;
}
interface paths {
  '/accounts/{account_id}/ai-gateway/billing/invoice-history': {
    get: {
      parameters: {
        query?: { page?: number; per_page?: number };
        header?: never;
        path: { account_id: string };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': ListAiGatewayInvoiceHistoryResponse };
        };
      };
    };
  };
}

const validateParams: Validator<ListAiGatewayInvoiceHistoryParams> = (value) => ({
  ok: true,
  value: value as ListAiGatewayInvoiceHistoryParams,
});
const validateResponse: Validator<ListAiGatewayInvoiceHistoryResponse> = (value) => ({
  ok: true,
  value: value as ListAiGatewayInvoiceHistoryResponse,
});

const API: ApiDescriptor = {
  baseUrl: 'https://api.cloudflare.com/client/v4',
  userAgent: 'cloudflare-billing-client/0.1.0',
  credentials: [
    { scheme: 'api_token', option: 'apiToken', env: 'CFTEST_CONTRACT_TOKEN', kind: 'bearer' },
    { scheme: 'api_email', option: 'apiEmail', env: 'CFTEST_CONTRACT_EMAIL', kind: 'header', header: 'X-Auth-Email' },
    { scheme: 'api_key', option: 'apiKey', env: 'CFTEST_CONTRACT_KEY', kind: 'header', header: 'X-Auth-Key' },
  ],
};

const listAiGatewayInvoiceHistory: OperationDescriptor<
  ListAiGatewayInvoiceHistoryParams,
  ListAiGatewayInvoiceHistoryResponse
> = {
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/invoice-history',
  params: { path: ['account_id'], query: ['page', 'per_page'], header: [] },
  security: [['api_token'], ['api_email', 'api_key']],
  validateParams,
  unwrap: 'result',
  deprecated: false,
  pagination: {
    pageParam: 'page',
    perPageParam: 'per_page',
    items: ['result', 'invoices'],
    hasMore: ['result', 'pagination', 'has_more'],
  },
};

interface CloudflareBillingClientOptions extends BaseClientOptions {
  apiToken?: string;
  apiEmail?: string;
  apiKey?: string;
}
interface CloudflareBillingClient {
  readonly raw: Client<paths>;
  aiGateway: {
    billing: {
      invoiceHistory(
        params: ListAiGatewayInvoiceHistoryParams,
        options?: RequestOptions,
      ): PagePromise<InvoiceHistoryResult, Invoice>;
    };
  };
}

function createCloudflareBillingClient(options: CloudflareBillingClientOptions = {}): CloudflareBillingClient {
  const core = createCore<paths>(API, options, [[listAiGatewayInvoiceHistory, validateResponse]]);
  return {
    raw: core.raw,
    aiGateway: {
      billing: {
        invoiceHistory: (params, opts) =>
          core.list<
            ListAiGatewayInvoiceHistoryParams,
            ListAiGatewayInvoiceHistoryResponse,
            InvoiceHistoryResult,
            Invoice
          >(listAiGatewayInvoiceHistory, params, opts),
      },
    },
  };
}
// ---------------------------------------------------------------------------------------------

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  server.route('GET', '/accounts/acc/ai-gateway/billing/invoice-history', (req, res) => {
    const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
    sendJson(
      res,
      200,
      envelope({ invoices: [{ id: `inv_${page}`, amount: page }], pagination: { has_more: page < 3 } }),
    );
  });
});
afterAll(() => server.close());

describe('generated-code contract', () => {
  it('types and runs the way generated code uses it', async () => {
    const client = createCloudflareBillingClient({ baseUrl: server.url, apiEmail: EMAIL, apiKey: KEY, maxRetries: 1 });
    const first = await client.aiGateway.billing.invoiceHistory({ account_id: 'acc' });
    expectTypeOf(first).toEqualTypeOf<InvoiceHistoryResult>();
    expect(first.invoices[0]!.id).toBe('inv_1');

    const ids: string[] = [];
    for await (const invoice of client.aiGateway.billing.invoiceHistory({ account_id: 'acc' })) {
      expectTypeOf(invoice).toEqualTypeOf<Invoice>();
      ids.push(invoice.id);
    }
    expect(ids).toEqual(['inv_1', 'inv_2', 'inv_3']);

    const { data } = await client.raw.GET('/accounts/{account_id}/ai-gateway/billing/invoice-history', {
      params: { path: { account_id: 'acc' } },
    });
    expect(data?.result.invoices[0]!.amount).toBe(1);
    expect(server.requests.at(-1)!.headers['x-auth-key']).toBe(KEY);
  });

  it('accepts an options object literal through the generated factory', () => {
    expect(() => createCloudflareBillingClient({ apiToken: TOKEN })).not.toThrow();
  });
});
