/**
 * Cloudflare Billing API in openapi-typescript's shape: `paths`, `operations` and `components`.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
