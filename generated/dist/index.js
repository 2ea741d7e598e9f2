/**
 * cloudflare-billing-client: a typed client for Cloudflare Billing API.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { builtInLogging, createClient, pagination, retries, validation } from './runtime/index.js';
import { API } from './api.js';
import { resources as aiGatewayResources, liteResources as aiGatewayLite } from './units/ai-gateway.js';
import { resources as userResources, liteResources as userLite } from './units/user.js';
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
  logging,
  pagination,
  retries,
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

export function createCloudflareBillingClient(options = {}) {
  return createClient(API, options, [...aiGatewayResources, ...userResources], {
    retries,
    pagination,
    validation,
    logging: builtInLogging,
  });
}

export function createCloudflareBillingClientLite(options = {}) {
  return createClient(API, options, [...aiGatewayLite, ...userLite]);
}
