/**
 * The shape generated code will have, written by hand: descriptors typed as the generated .d.ts
 * will type them (Resource with its method signatures), an options interface extending
 * BaseClientOptions, the default and a tree-shakable factory. `tsc` checks that the runtime's
 * exported types fit that shape; the test checks it runs.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createClient,
  type APIPromise,
  type ApiSpec,
  type BaseClientOptions,
  type ClientFrom,
  type Fetch,
  type OperationSpec,
  type PagePromise,
  type RequestOptions,
  type Resource,
  type ValidationResult,
  validator,
  logging,
  rawNamespace,
  pagination,
  retries,
  validation,
} from '../../generator/runtime/index.js';
import { EMAIL, KEY, TOKEN, startFileServer } from './fixtures.js';
import { envelope, sendJson } from './server.js';

const server = await startFileServer();

// ---- what the generator would emit (.d.ts types, plain JS values) ---------------------------
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
interface paths {
  '/accounts/{account_id}/ai-gateway/billing/invoice-history': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
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
          content: { 'application/json': { success: true; result: InvoiceHistoryResult } };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

const API: ApiSpec = {
  baseUrl: 'https://api.cloudflare.com/client/v4',
  userAgent: 'cloudflare-billing-client/0.2.0',
  credentials: [
    { scheme: 'api_token', option: 'apiToken', name: 'authorization', prefix: 'Bearer ', env: 'CFTEST_CONTRACT_TOKEN' },
    { scheme: 'api_email', option: 'apiEmail', name: 'x-auth-email', env: 'CFTEST_CONTRACT_EMAIL' },
    { scheme: 'api_key', option: 'apiKey', name: 'x-auth-key', env: 'CFTEST_CONTRACT_KEY' },
  ],
  security: [['api_token'], ['api_email', 'api_key']],
  envPrefix: 'CFTEST_CONTRACT',
};

const listAiGatewayInvoiceHistory: OperationSpec = {
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/invoice-history',
  query: ['page', 'per_page'],
  security: [['api_token'], ['api_email', 'api_key']],
  check: (value) =>
    typeof value === 'object' && value !== null && typeof (value as { account_id?: unknown }).account_id === 'string',
  response: 'result',
  pagination: {
    style: 'page',
    page: 'page',
    perPage: 'per_page',
    items: ['result', 'invoices'],
    hasMore: ['result', 'pagination', 'has_more'],
  },
};
const ping: OperationSpec = { method: 'GET', path: '/ping', security: [], response: 'json', noParams: true };

/** As the generated .d.ts declares the resources of a unit. */
const aiGatewayBilling: Resource<
  readonly ['aiGateway', 'billing'],
  {
    invoiceHistory(
      params: ListAiGatewayInvoiceHistoryParams,
      options?: RequestOptions,
    ): PagePromise<InvoiceHistoryResult, Invoice>;
  }
> = { at: ['aiGateway', 'billing'], methods: { invoiceHistory: listAiGatewayInvoiceHistory } };
const health: Resource<readonly ['health'], { ping(options?: RequestOptions): APIPromise<{ ok: boolean }> }> = {
  at: ['health'],
  methods: { ping },
};

interface CloudflareBillingClientOptions extends BaseClientOptions {
  apiToken?: string | undefined;
  apiEmail?: string | undefined;
  apiKey?: string | undefined;
}
type CloudflareBillingClient = ClientFrom<[typeof aiGatewayBilling, typeof health, typeof rawNamespace], paths>;

function createCloudflareBillingClient(options?: CloudflareBillingClientOptions): CloudflareBillingClient {
  return createClient(API, options, [aiGatewayBilling, health, rawNamespace] as const, {
    retries,
    pagination,
    validation,
  });
}
function createCloudflareBillingClientFrom<const R extends readonly Resource[]>(
  options: CloudflareBillingClientOptions,
  resources: R,
): ClientFrom<R, paths> {
  return createClient(API, options, resources, { retries, pagination, validation });
}
// -----------------------------------------------------------------------------------------------

describe('generated-code contract', () => {
  it('types and runs the way generated code uses it', async () => {
    server.route('GET', '/accounts/acc/ai-gateway/billing/invoice-history', (req, res) => {
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
      sendJson(
        res,
        200,
        envelope({ invoices: [{ id: `inv_${page}`, amount: page }], pagination: { has_more: page < 3 } }),
      );
    });
    server.route('GET', '/ping', (_req, res) => sendJson(res, 200, { ok: true }));
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

    const { data, response } = await client.health.ping().withResponse();
    expectTypeOf(data).toEqualTypeOf<{ ok: boolean }>();
    expect([data.ok, response.status]).toEqual([true, 200]);
    expectTypeOf(client.health.ping().asResponse()).toEqualTypeOf<Promise<Response>>();

    const raw = await client.raw.GET('/accounts/{account_id}/ai-gateway/billing/invoice-history', {
      params: { path: { account_id: 'acc' }, query: { page: 2 } },
    });
    expectTypeOf(raw.data).toEqualTypeOf<{ success: true; result: InvoiceHistoryResult } | undefined>();
    expect(raw.data?.result.invoices[0]!.amount).toBe(2);
    expect(server.requests.at(-1)!.headers['x-auth-key']).toBe(KEY);
  });

  it('builds a tree-shakable client typed by the resources it is given', async () => {
    server.route('GET', '/ping', (_req, res) => sendJson(res, 200, { ok: true }));
    const lite = createCloudflareBillingClientFrom({ baseUrl: server.url, apiToken: TOKEN }, [health]);
    expectTypeOf(lite.health.ping).returns.toEqualTypeOf<APIPromise<{ ok: boolean }>>();
    // @ts-expect-error: aiGateway was not given, so it is not there
    expect(lite.aiGateway).toBeUndefined();
    // @ts-expect-error: nor was rawNamespace
    expect(lite.raw).toBeUndefined();
    expect(await lite.health.ping()).toEqual({ ok: true });
  });

  it('accepts standard fetch wrappers and options literals', () => {
    const wrapper = (url: string | URL | Request, init?: RequestInit): Promise<Response> => fetch(url, init);
    const looser = (url: RequestInfo | URL, init?: RequestInit) => fetch(url, init);
    const options: CloudflareBillingClientOptions[] = [
      { fetch: wrapper },
      { fetch: looser },
      { fetch },
      { apiToken: TOKEN, log: logging({ level: 'debug' }), auth: 'none' },
    ];
    expectTypeOf(wrapper).toMatchTypeOf<Fetch>();
    for (const each of options) expect(() => createCloudflareBillingClient(each)).not.toThrow();
  });

  it('types generated validators through validator()', () => {
    const validate = validator<Invoice>((value) => typeof value === 'object' && value !== null && 'id' in value);
    const result = validate({ id: 'x', amount: 1 });
    expectTypeOf(result).toEqualTypeOf<ValidationResult<Invoice>>();
    expect(result.ok).toBe(true);
  });
});
