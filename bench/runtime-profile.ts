/**
 * A loop to profile the new runtime's per-call path on the in-memory fetch:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/runtime-profile.ts [billing|invoice] [validate]
 *
 * then open the .cpuprofile in Chrome DevTools (Performance > Load profile). JSON.parse and the
 * Response/stream machinery (the floor every client pays) dominate; the runtime's own frames are
 * prepare (operation.ts), exchange, readBytes and, with `validate`, the response checks.
 */
import { billingHistoryPage, invoiceHistoryPage } from './fixtures.js';
import { memoryFetch } from './memory-fetch.js';
import { createCloudflareBillingClient } from './size-apps/runtime-units.js';

const which = process.argv[2] === 'invoice' ? 'invoice' : 'billing';
const memory = memoryFetch(which === 'billing' ? billingHistoryPage(1, 50, 2000) : invoiceHistoryPage(1, 20, 200));
const client = createCloudflareBillingClient({
  apiToken: 'profile-token-000000000000',
  fetch: memory.fetch,
  maxRetries: 0,
  warnOnDeprecated: false,
  validateResponses: process.argv[3] === 'validate',
});
const call = (): Promise<unknown> =>
  which === 'billing'
    ? client.user.billing.history.list({ per_page: 50 })
    : client.aiGateway.billing.invoiceHistory({ account_id: '023e105f4ecef8ad9ca31a8372d0c353' });
const calls = 30_000;
const started = performance.now();
for (let i = 0; i < calls; i++) await call();
console.log(`${which}: ${(((performance.now() - started) / calls) * 1000).toFixed(1)} µs per call (profiler on)`);
