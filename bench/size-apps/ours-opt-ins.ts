/** The application section 5 bundles: both calls through the default factory with both opt-ins imported (response validation and `raw`). */
import { createCloudflareBillingClient } from '../../generated/dist/index.js';
import { withRaw } from '../../generated/dist/raw.js';
import { responseValidators } from '../../generated/dist/response-validators.js';

const cf = withRaw(createCloudflareBillingClient({ apiToken: 'token', validateResponses: responseValidators }));
const history = await cf.user.billing.history.list({ per_page: 50 });
const invoices = await cf.aiGateway.billing.invoiceHistory({ account_id: '023e105f4ecef8ad9ca31a8372d0c353' });
const { response } = await cf.raw.GET('/user/billing/history');
console.log(history.result.length, invoices.invoices.length, response.status);
