/**
 * cloudflare-billing-client: a typed client for Cloudflare Billing API.
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
export {
  createCloudflareBillingClient,
  createCloudflareBillingClientLite,
  type CloudflareBillingClient,
  type CloudflareBillingClientOptions,
} from './client.js';
export * from './runtime/index.js';
export type * from './models.js';
export type { components, operations, paths } from './types.js';
