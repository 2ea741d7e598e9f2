/** The application section 5 bundles: the official SDK's documented tree-shakable client, two base resources. */
import { BaseBilling } from 'cloudflare/resources/ai-gateway/billing/billing';
import { BaseHistory } from 'cloudflare/resources/user/billing/history';
import { createClient } from 'cloudflare/tree-shakable';

const client = createClient({ apiToken: 'token', resources: [BaseHistory, BaseBilling] });
const history = await client.user.billing.history.list({ per_page: 50 });
const invoices = await client.aiGateway.billing.invoiceHistory({ account_id: '023e105f4ecef8ad9ca31a8372d0c353' });
console.log(history.result.length, invoices.invoices.length);
