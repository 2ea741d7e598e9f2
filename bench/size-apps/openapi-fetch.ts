/** The application section 5 bundles: the same two GETs through openapi-fetch alone. */
import createClient from 'openapi-fetch';
import type { paths } from '../openapi-types/billing.js';

const client = createClient<paths>({
  baseUrl: 'https://api.cloudflare.com/client/v4',
  headers: { authorization: 'Bearer token' },
});
const history = await client.GET('/user/billing/history', { params: { query: { per_page: 50 } } });
const invoices = await client.GET('/accounts/{account_id}/ai-gateway/billing/invoice-history', {
  params: { path: { account_id: '023e105f4ecef8ad9ca31a8372d0c353' } },
});
console.log(history.data?.result.length, invoices.data?.result.invoices.length);
