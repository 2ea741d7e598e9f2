/** The application section 5 bundles: both calls through the lite factory (no response validators). */
import { createCloudflareBillingClientLite } from '../../generated/dist/index.js';

const cf = createCloudflareBillingClientLite({ apiToken: 'token' });
const history = await cf.user.billing.history.list({ per_page: 50 });
const invoices = await cf.aiGateway.billing.invoiceHistory({ account_id: '023e105f4ecef8ad9ca31a8372d0c353' });
console.log(history.result.length, invoices.invoices.length);
