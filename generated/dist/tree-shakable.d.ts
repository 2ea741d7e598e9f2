/**
 * The tree-shakable Cloudflare Billing API client: only the resources an app names are bundled.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type { ClientFrom, ClientPart } from './runtime/index.js';
export { rawNamespace } from './runtime/index.js';
import type { CloudflareBillingClientOptions } from './api.js';

/**
 * Creates a Cloudflare Billing API client with only the given resources, each imported from its `resources/...` module.
 *
 * Takes the options of `createCloudflareBillingClient`, plus `resources`;
 * `validateResponses` takes `responseValidators`, as for the default factory. For `client.raw`, list
 * `rawNamespace` from the `/raw` subpath: this module's adds it without the API's paths in its type,
 * so no path type-checks with it.
 */
export declare function createClient<R extends ReadonlyArray<ClientPart>>(
  options: CloudflareBillingClientOptions & { readonly resources: R },
): ClientFrom<R>;
