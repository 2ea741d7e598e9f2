/** The application section 5 bundles: both calls through the official SDK's full client. */
import Cloudflare from 'cloudflare';

const client = new Cloudflare({ apiToken: 'token' });
const history = await client.user.billing.history.list({ per_page: 50 });
const invoices = await client.aiGateway.billing.invoiceHistory({ account_id: '023e105f4ecef8ad9ca31a8372d0c353' });
console.log(history.result.length, invoices.invoices.length);
