/** runtime-dev's bundle: both calls through the new runtime's default factory (response checks included). */
import { createCloudflareBillingClient } from './runtime-units.js';

const cf = createCloudflareBillingClient({ apiToken: 'token' });
const history = await cf.user.billing.history.list({ per_page: 50 });
const invoices = await cf.aiGateway.billing.invoiceHistory({ account_id: '023e105f4ecef8ad9ca31a8372d0c353' });
console.log(history.result.length, invoices.invoices.length);
