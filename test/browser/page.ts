/**
 * The page script of the browser test: what a web app would write with the generated client.
 * Bundled by esbuild for the browser and served from the same origin as the mock API; it renders
 * what it got into the DOM, where the test reads it.
 */
import {
  CloudflareAPIError,
  createCloudflareBillingClient,
  NotFoundError,
  type BillingHistory,
  type Invoice,
} from '../../generated/dist/index.js';
import { responseValidators } from '../../generated/dist/response-validators.js';
import { showResult } from './render.js';

const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';

async function main(): Promise<string[]> {
  const cf = createCloudflareBillingClient({
    apiToken: 'browser-token',
    baseUrl: window.location.origin,
    validateResponses: responseValidators,
  });
  const lines: string[] = [];

  const first = await cf.user.billing.history.list({ per_page: 50 });
  lines.push(`billing first page: ${first.result.length} items of ${first.result_info?.total_count ?? '?'}`);
  const billing: BillingHistory[] = [];
  for await (const item of cf.user.billing.history.list({ per_page: 50 })) billing.push(item);
  lines.push(`billing all: ${billing.length} items, first ${billing[0]?.id ?? '-'}, last ${billing.at(-1)?.id ?? '-'}`);

  const page = await cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID });
  lines.push(`invoices first page: ${page.invoices.length}, has_more ${String(page.pagination.has_more)}`);
  const invoices: Invoice[] = [];
  for await (const invoice of cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID })) invoices.push(invoice);
  lines.push(`invoices all: ${invoices.length}, first ${invoices[0]?.id ?? '-'}, last ${invoices.at(-1)?.id ?? '-'}`);

  try {
    await cf.aiGateway.billing.invoiceHistory({ account_id: 'ffffffffffffffffffffffffffffffff' });
    lines.push('unknown account: no error');
  } catch (error) {
    const kind =
      error instanceof NotFoundError
        ? 'NotFoundError'
        : error instanceof CloudflareAPIError
          ? 'CloudflareAPIError'
          : 'other';
    lines.push(`unknown account: ${kind} ${error instanceof CloudflareAPIError ? error.status : ''}`);
  }
  return lines;
}

showResult(main());
