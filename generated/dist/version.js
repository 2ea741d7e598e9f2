/**
 * The version of this Cloudflare Billing API client, as its User-Agent sends it.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */

export const USER_AGENT = 'cloudflare-billing-client/0.3.26';
