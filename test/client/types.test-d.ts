/**
 * The types a user of the generated package gets, from generated/dist/*.d.ts: `expectTypeOf`
 * and `// @ts-expect-error`, checked by vitest's typecheck mode (tsc over this file), so each
 * assertion that does not hold fails its own test. test/typecheck proves that a broken one does.
 * Nothing here runs: method calls are only type-checked.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  AuthenticationError,
  CloudflareAPIError,
  CloudflareError,
  createCloudflareBillingClient,
  createCloudflareBillingClientLite,
  pagination,
  type APIPromise,
  type CloudflareBillingClient,
  type PagePromise,
  RateLimitError,
  RequestValidationError,
  type BillingHistory,
  type Invoice,
  type InvoiceHistoryResult,
  type InvoicePagination,
  type ListUserBillingHistoryPage,
  type ResultInfo,
  type ValidationIssue,
} from '../../generated/dist/index.js';
import { rawNamespace, withRaw } from '../../generated/dist/raw.js';
import { aiGatewayBilling } from '../../generated/dist/units/ai-gateway.js';
import { createClient } from '../../generated/dist/tree-shakable.js';

const cf = createCloudflareBillingClient({ apiToken: 'type-test-token' });
const history = cf.user.billing.history.list;
const invoices = cf.aiGateway.billing.invoiceHistory;

type ItemOf<T> = T extends AsyncIterable<infer Item> ? Item : never;

describe('parameter types', () => {
  it('accept the documented parameters of both methods', () => {
    expectTypeOf(history).toBeCallableWith();
    expectTypeOf(history).toBeCallableWith({ per_page: 50, order: 'occurred_at' });
    expectTypeOf(history).toBeCallableWith({
      action: 'subscription',
      type: 'charge',
      occurred_at: '2024-01-01T00:00:00Z',
      page: 2,
    });
    expectTypeOf(invoices).toBeCallableWith({ account_id: 'acc', type: 'all' });
    expectTypeOf(invoices).toBeCallableWith({ account_id: 'acc', page: 2, per_page: 20 }, { timeoutMs: 1000 });
  });

  it("reject an order outside 'type' | 'occurred_at' | 'action'", () => {
    // @ts-expect-error 'bogus' is not an order
    void cf.user.billing.history.list({ order: 'bogus' });
  });

  it('reject an invoice type outside auto | all | manual', () => {
    // @ts-expect-error 'monthly' is not an invoice type
    void cf.aiGateway.billing.invoiceHistory({ account_id: 'acc', type: 'monthly' });
  });

  it('require account_id for invoiceHistory', () => {
    // @ts-expect-error account_id is missing
    void cf.aiGateway.billing.invoiceHistory({ type: 'all' });
    // @ts-expect-error the parameters are required, since account_id is
    void cf.aiGateway.billing.invoiceHistory();
  });

  it('reject per_page as a string on both methods', () => {
    // @ts-expect-error per_page is a number
    void cf.user.billing.history.list({ per_page: '5' });
    // @ts-expect-error per_page is a number
    void cf.aiGateway.billing.invoiceHistory({ account_id: 'acc', per_page: '5' });
  });

  it('reject a parameter the spec does not have', () => {
    // @ts-expect-error colour is not a parameter
    void cf.user.billing.history.list({ colour: 'red' });
  });
});

describe('result types', () => {
  it('resolve history.list to { result: BillingHistory[], result_info }', () => {
    expectTypeOf(history).returns.resolves.toEqualTypeOf<ListUserBillingHistoryPage>();
    expectTypeOf<ListUserBillingHistoryPage['result']>().toEqualTypeOf<BillingHistory[]>();
    expectTypeOf<ListUserBillingHistoryPage['result_info']>().toEqualTypeOf<ResultInfo | undefined>();
  });

  it('type page.result[0]?.amount as number | undefined under noUncheckedIndexedAccess', () => {
    const page: ListUserBillingHistoryPage = { result: [] };
    expectTypeOf(page.result[0]?.amount).toEqualTypeOf<number | undefined>();
    expectTypeOf(page.result[0]?.zone.name).toEqualTypeOf<string | undefined>();
  });

  it('resolve invoiceHistory to { invoices: Invoice[], pagination }', () => {
    expectTypeOf(invoices).returns.resolves.toEqualTypeOf<InvoiceHistoryResult>();
    expectTypeOf<InvoiceHistoryResult['invoices'][number]>().toEqualTypeOf<Invoice>();
    expectTypeOf<InvoiceHistoryResult['pagination']>().toEqualTypeOf<InvoicePagination>();
    expectTypeOf<Invoice['amount_due']>().toEqualTypeOf<number>();
    expectTypeOf<Invoice['id']>().toEqualTypeOf<string | null | undefined>();
  });

  it('yield BillingHistory and Invoice items from for await, and whole pages from .pages()', () => {
    expectTypeOf<ItemOf<ReturnType<typeof history>>>().toEqualTypeOf<BillingHistory>();
    expectTypeOf<ItemOf<ReturnType<typeof invoices>>>().toEqualTypeOf<Invoice>();
    expectTypeOf<ItemOf<ReturnType<ReturnType<typeof history>['pages']>>>().toEqualTypeOf<ListUserBillingHistoryPage>();
    expectTypeOf(history).returns.toEqualTypeOf<PagePromise<ListUserBillingHistoryPage, BillingHistory>>();
    // The loop as a user writes it; defined, never run.
    async function walk(): Promise<void> {
      for await (const item of cf.user.billing.history.list({ per_page: 50 }))
        expectTypeOf(item).toEqualTypeOf<BillingHistory>();
      for await (const item of cf.aiGateway.billing.invoiceHistory({ account_id: 'acc' }))
        expectTypeOf(item).toEqualTypeOf<Invoice>();
    }
    expectTypeOf(walk).returns.toEqualTypeOf<Promise<void>>();
  });

  it('type raw calls by path once withRaw adds raw, and reject a path the spec does not have', () => {
    // @ts-expect-error raw is opt-in: the factory's client has none
    void cf.raw;
    const withIt = withRaw(cf);
    expectTypeOf(withIt.user).toEqualTypeOf(cf.user);
    // Defined, never run: raw sends at once.
    async function raw(): Promise<void> {
      const { data } = await withIt.raw.GET('/user/billing/history', { params: { query: { per_page: 5 } } });
      expectTypeOf(data?.result).toEqualTypeOf<BillingHistory[] | undefined>();
      // @ts-expect-error not a path of the spec
      await withIt.raw.GET('/user/billing/nowhere');
      // @ts-expect-error account_id is required by the path
      await withIt.raw.GET('/accounts/{account_id}/ai-gateway/billing/invoice-history', { params: {} });
    }
    expectTypeOf(raw).returns.toEqualTypeOf<Promise<void>>();
  });

  it('type raw calls by path on a tree-shakable client given the /raw subpath rawNamespace', () => {
    const shaken = createClient({ apiToken: 'type-test-token', resources: [aiGatewayBilling, rawNamespace] });
    expectTypeOf(shaken.aiGateway).toEqualTypeOf(cf.aiGateway);
    // Defined, never run: raw sends at once.
    async function raw(): Promise<void> {
      const { data } = await shaken.raw.GET('/user/billing/history', { params: { query: { per_page: 5 } } });
      expectTypeOf(data?.result).toEqualTypeOf<BillingHistory[] | undefined>();
      // @ts-expect-error not a path of the spec
      await shaken.raw.GET('/user/billing/nowhere');
    }
    expectTypeOf(raw).returns.toEqualTypeOf<Promise<void>>();
  });
});

describe('error types', () => {
  /** What a user's catch block does; runs on a few values so the branches are real code. */
  function explain(error: unknown): string {
    if (error instanceof RateLimitError) {
      expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | null>();
      return `retry in ${error.retryAfterMs ?? 0} ms`;
    }
    if (error instanceof CloudflareAPIError) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      // The package does not export APIMessage by name: its shape, then.
      expectTypeOf(error.errors).toEqualTypeOf<readonly { readonly code: number; readonly message: string }[]>();
      expectTypeOf(error.requestId).toEqualTypeOf<string | null>();
      return `${error.status} ${error.method} ${error.path}`;
    }
    if (error instanceof RequestValidationError) {
      expectTypeOf(error.issues).toEqualTypeOf<readonly ValidationIssue[]>();
      return error.issues.map((issue) => issue.path).join();
    }
    if (error instanceof CloudflareError) {
      // @ts-expect-error only the API errors are known to carry a status
      return String(error.status);
    }
    return 'not from the client';
  }

  it('narrow with instanceof to the fields each class carries', () => {
    expectTypeOf(explain).parameter(0).toBeUnknown();
    expectTypeOf<RateLimitError>().toExtend<CloudflareAPIError>();
    expectTypeOf<AuthenticationError>().toExtend<CloudflareAPIError>();
    expectTypeOf<CloudflareAPIError>().toExtend<CloudflareError>();
    expectTypeOf<RequestValidationError>().not.toExtend<CloudflareAPIError>();
  });
});

describe('the lite factory', () => {
  const lite = createCloudflareBillingClientLite({ apiToken: 'type-test-token' });
  const paging = createCloudflareBillingClientLite({ apiToken: 'type-test-token', pagination });

  it('types paginated methods as their first page without pagination: not async-iterable', () => {
    expectTypeOf(lite.user.billing.history.list({ per_page: 5 })).toEqualTypeOf<
      APIPromise<ListUserBillingHistoryPage>
    >();
    // @ts-expect-error: no for await without pagination
    expectTypeOf<ItemOf<ReturnType<typeof lite.user.billing.history.list>>>().toEqualTypeOf<BillingHistory>();
    expectTypeOf(lite.aiGateway.billing.invoiceHistory).toBeCallableWith({ account_id: 'a', per_page: 3 });
  });

  it('types them as the full client does with pagination, and still checks the options', () => {
    expectTypeOf(paging).toEqualTypeOf<CloudflareBillingClient>();
    expectTypeOf<ItemOf<ReturnType<typeof paging.user.billing.history.list>>>().toEqualTypeOf<BillingHistory>();
    // @ts-expect-error: a misspelt option is still an error
    createCloudflareBillingClientLite({ apiTokn: 'x' });
  });
});
