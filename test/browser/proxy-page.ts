/**
 * The page script of the browser proxy test: a web app that never holds a credential. Its client
 * calls a relative base URL ('/api', resolved against the page's origin) with `auth: 'none'`, and
 * the same-origin proxy behind '/api' adds the credentials on the way to the API.
 */
import { createCloudflareBillingClient, type Invoice } from '../../generated/dist/index.js';
import { showResult } from './render.js';

const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';

async function main(): Promise<string[]> {
  const cf = createCloudflareBillingClient({ baseUrl: '/api', auth: 'none', warnOnDeprecated: false });
  const lines: string[] = [];
  const first = await cf.user.billing.history.list({ per_page: 50 });
  lines.push(`billing first page: ${first.result.length} items of ${first.result_info?.total_count ?? '?'}`);
  const invoices: Invoice[] = [];
  for await (const invoice of cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID })) invoices.push(invoice);
  lines.push(`invoices all: ${invoices.length}`);
  return lines;
}

showResult(main());
