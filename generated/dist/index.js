/**
 * cloudflare-billing-client: a typed client for Cloudflare Billing API.
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
export { createCloudflareBillingClient, createCloudflareBillingClientLite } from './client.js';
export * from './runtime/index.js';
