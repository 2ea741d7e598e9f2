/**
 * The response validators of Cloudflare Billing API, for the client option `validateResponses`.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type { ResponseChecks } from './runtime/index.js';

/**
 * Pass as `createCloudflareBillingClient({ validateResponses: responseValidators })`: 2xx bodies that break the
 * spec then throw `ResponseValidationError`. A separate import, so that apps that do not validate
 * responses do not bundle the validators.
 */
export declare const responseValidators: ResponseChecks;
