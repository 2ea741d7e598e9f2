/**
 * cloudflare-billing-client: a typed client for Cloudflare Billing API.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { createClient, rawNamespace } from './runtime/index.js';
import { API } from './api.js';
import { resources as aiGatewayResources, responseChecks as aiGatewayChecks } from './units/ai-gateway.js';
import { resources as userResources, responseChecks as userChecks } from './units/user.js';
export {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  CloudflareAPIError,
  CloudflareError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  MissingCredentialsError,
  NotFoundError,
  PaginationLimitError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  RequestValidationError,
  ResponseValidationError,
  UnprocessableEntityError,
  ValidationError,
} from './runtime/index.js';

const RESOURCES = [rawNamespace, ...aiGatewayResources, ...userResources];

/**
 * Creates a {@link CloudflareBillingClient} for Cloudflare Billing API.
 *
 * Credentials (`apiToken`, `apiEmail`, `apiKey`) come from the options or, where `process.env` exists, the environment.
 * Calls are validated against the spec before they are sent, retried on 408, 409, 429 and 5xx with
 * backoff, and time out after `timeoutMs`; errors are typed (`CloudflareAPIError` and subclasses).
 */
export function createCloudflareBillingClient(options = {}) {
  return createClient(API, options, RESOURCES, [...aiGatewayChecks, ...userChecks]);
}

/**
 * Creates the same client as `createCloudflareBillingClient`, without response validation.
 *
 * Request parameters are still validated. Response validation (`validateResponses`) is the one feature left
 * out, and with it the response validators' code: an app that imports only this factory bundles them not at all.
 */
export function createCloudflareBillingClientLite(options = {}) {
  return createClient(API, options, RESOURCES);
}
