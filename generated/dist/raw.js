/**
 * `client.raw` for Cloudflare Billing API clients: imported only by apps that use it.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { rawNamespace as rawExtension, withRaw as attach } from './runtime/index.js';

export const rawNamespace = rawExtension;

export function withRaw(client) {
  return attach(client);
}
