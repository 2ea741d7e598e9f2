/**
 * The tree-shakable Cloudflare Billing API client: only the resources an app names are bundled.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { builtInLogging, createClient as create, pagination, retries, validation } from './runtime/index.js';
export { rawNamespace } from './runtime/index.js';
import { API } from './api.js';

export function createClient(options) {
  return create(API, options, options.resources, { retries, pagination, validation, logging: builtInLogging });
}
