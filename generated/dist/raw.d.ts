/**
 * `client.raw` for Cloudflare Billing API clients: imported only by apps that use it.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type { Extension, RawClient } from './runtime/index.js';
import type { paths } from './types.js';

/**
 * `client.raw` typed by path, for the tree-shakable `createClient({ resources: [..., rawNamespace] })`.
 * The same value as the tree-shakable entry's `rawNamespace`, typed with the package's `paths` here, where
 * only apps that import it make the type checker read them.
 */
export declare const rawNamespace: Extension<readonly ['raw'], RawClient<paths>>;

/**
 * The same client with `raw`: typed calls by path (`client.raw.GET('/path', { params })`) with openapi-fetch's
 * API, on the same base URL, credentials, timeouts and retries. Built on first access.
 * Takes a client from `createCloudflareBillingClient`, `createCloudflareBillingClientLite` or the tree-shakable `createClient`.
 */
export declare function withRaw<C extends object>(client: C): C & { readonly raw: RawClient<paths> };
