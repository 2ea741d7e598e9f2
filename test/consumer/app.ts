/**
 * An app as a user of the published package writes it: imports by package name (the main entry
 * and `cloudflare-billing-client/validators`), strict compiler flags, both methods, `for await`,
 * errors told apart with instanceof. Type-checked under `moduleResolution: bundler` and `node16`,
 * then compiled and run with plain Node against a loopback server (CF_BASE_URL).
 */
import {
  CloudflareAPIError,
  CloudflareError,
  createCloudflareBillingClient,
  NotFoundError,
  RequestValidationError,
  type BillingHistory,
  type CloudflareBillingClient,
  type Invoice,
  type ListUserBillingHistoryPage,
} from 'cloudflare-billing-client';
import { responseValidators } from 'cloudflare-billing-client/response-validators';
import { assertInvoicePagination, isInvoice, validateBillingHistory } from 'cloudflare-billing-client/validators';

const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';

export async function report(cf: CloudflareBillingClient): Promise<string[]> {
  const lines: string[] = [];

  const first: ListUserBillingHistoryPage = await cf.user.billing.history.list({ per_page: 50, order: 'occurred_at' });
  const top: BillingHistory | undefined = first.result[0];
  lines.push(
    `billing first page: ${first.result.length} of ${first.result_info?.total_count ?? 'unknown'}, first valid ${String(validateBillingHistory(top).ok)}`,
  );

  let billingCount = 0;
  let total = 0;
  for await (const item of cf.user.billing.history.list({ per_page: 50 })) {
    billingCount++;
    total += item.amount;
  }
  lines.push(`billing all: ${billingCount} items, total ${total.toFixed(2)}`);

  const page = await cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID, type: 'all' });
  assertInvoicePagination(page.pagination);
  const invoices: Invoice[] = [];
  for await (const invoice of cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID })) invoices.push(invoice);
  const described = invoices.filter((invoice) => (invoice.description ?? null) !== null).length;
  lines.push(
    `invoices all: ${invoices.length}, all valid ${String(invoices.every(isInvoice))}, described ${described}`,
  );

  lines.push(
    `unknown account: ${await describeFailure(() => cf.aiGateway.billing.invoiceHistory({ account_id: 'f'.repeat(32) }))}`,
  );
  lines.push(`bad page size: ${await describeFailure(() => cf.user.billing.history.list({ per_page: 500 }))}`);
  return lines;
}

async function describeFailure(call: () => PromiseLike<unknown>): Promise<string> {
  try {
    await call();
    return 'no error';
  } catch (error) {
    if (error instanceof NotFoundError) return `NotFoundError ${error.status} ${error.errors[0]?.code ?? ''}`;
    if (error instanceof CloudflareAPIError) return `CloudflareAPIError ${error.status}`;
    if (error instanceof RequestValidationError)
      return `RequestValidationError ${error.issues.length > 0 ? 'with issues' : 'without issues'}`;
    if (error instanceof CloudflareError) return error.name;
    throw error;
  }
}

/** Never called: each line must fail to compile, which proves the types are precise, not `any`. */
export function typeErrors(cf: CloudflareBillingClient): void {
  // @ts-expect-error account_id is required
  void cf.aiGateway.billing.invoiceHistory({});
  // @ts-expect-error order is an enum
  void cf.user.billing.history.list({ order: 'amount' });
  // @ts-expect-error type is an enum
  void cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID, type: 'monthly' });
  // @ts-expect-error credentials are strings
  createCloudflareBillingClient({ apiToken: 42 });
}

const baseUrl = process.env['CF_BASE_URL'];
if (baseUrl !== undefined) {
  const cf = createCloudflareBillingClient({
    apiToken: 'consumer-token',
    baseUrl,
    warnOnDeprecated: false,
    validateResponses: responseValidators,
    maxRetries: 0,
  });
  for (const line of await report(cf)) console.log(line);
}
