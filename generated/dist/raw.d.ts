/**
 * `client.raw` for Cloudflare Billing API clients: imported only by apps that use it.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type { RawClient } from './runtime/index.js';
import type { paths } from './types.js';

/**
 * The same client with `raw`: typed calls by path (`client.raw.GET('/path', { params })`) with openapi-fetch's
 * API, on the same base URL, credentials, timeouts and retries. Built on first access.
 * Takes a client from `createCloudflareBillingClient`, `createCloudflareBillingClientLite` or the tree-shakable `createClient`.
 */
export declare function withRaw<C extends object>(client: C): C & { readonly raw: RawClient<paths> };
