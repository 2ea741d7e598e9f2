/**
 * The page script of the browser proxy test: a web app that never holds a credential. Its client
 * calls a relative base URL ('/api', resolved against the page's origin) with `auth: 'none'`, and
 * the same-origin proxy behind '/api' adds the credentials on the way to the API.
 */
import { CloudflareError, createCloudflareBillingClient, type Invoice } from '../../generated/dist/index.js';

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

function render(lines: readonly string[], status: string): void {
  const output = document.getElementById('output');
  if (output === null) throw new Error('the page has no #output');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    output.append(item);
  }
  document.body.dataset['status'] = status;
}

main().then(
  (lines) => render(lines, 'done'),
  (error: unknown) =>
    render(
      [
        `failed: ${error instanceof CloudflareError || error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      ],
      'failed',
    ),
);
