/**
 * cloudflare-billing-client: a typed client for Cloudflare Billing API.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type { Paginator, Unpaged } from './runtime/index.js';
import type { CloudflareBillingClientOptions } from './api.js';
import type { AiGateway } from './units/ai-gateway.js';
import type { User } from './units/user.js';
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
export type {
  APIPromise,
  BaseClientOptions,
  LogLevel,
  LogSetup,
  Logger,
  PagePromise,
  Paginator,
  RequestOptions,
  RetryPolicy,
  Unpaged,
  ValidationIssue,
  ValidationResult,
} from './runtime/index.js';
export type { CloudflareBillingClientOptions } from './api.js';
export type * from './schemas.js';
export type * from './units/ai-gateway.js';
export type * from './units/user.js';
export type { components, operations, paths } from './types.js';

/** A client for Cloudflare Billing API. Create one with `createCloudflareBillingClient()`. */
export interface CloudflareBillingClient {
  readonly aiGateway: AiGateway;
  readonly user: User;
}

/**
 * Creates a {@link CloudflareBillingClient} for Cloudflare Billing API.
 *
 * Credentials (`apiToken`, `apiEmail`, `apiKey`) come from the options or, where `process.env` exists, the environment.
 * Calls are validated against the spec before they are sent, retried on 408, 409, 429 and 5xx with
 * backoff, and time out after `timeoutMs`; errors are typed (`CloudflareAPIError` and subclasses).
 * Response bodies are checked with `validateResponses: responseValidators` (from `cloudflare-billing-client/response-validators`);
 * `withRaw(client)` (from `cloudflare-billing-client/raw`) adds `client.raw`.
 */
export declare function createCloudflareBillingClient(
  options?: CloudflareBillingClientOptions,
): CloudflareBillingClient;

/**
 * Creates the same client as `createCloudflareBillingClient`, for the smallest bundle: without run-time validation.
 *
 * Parameters are typed but not checked before sending (values that cannot be sent at all, such as an empty
 * path parameter, are still refused), and there is no `validateResponses`: an app that imports only this
 * factory bundles no validator at all. It retries nothing unless given `retries`, and its paginated methods
 * give their first page (not async-iterable) unless given `pagination` (both exported by this package)
 * among its options.
 */
export declare function createCloudflareBillingClientLite(
  options: Omit<CloudflareBillingClientOptions, 'validateResponses' | 'logLevel' | 'logger'> & {
    readonly pagination: Paginator;
  },
): CloudflareBillingClient;
/**
 * Creates the same client as `createCloudflareBillingClient`, for the smallest bundle: without run-time validation.
 *
 * Parameters are typed but not checked before sending (values that cannot be sent at all, such as an empty
 * path parameter, are still refused), and there is no `validateResponses`: an app that imports only this
 * factory bundles no validator at all. It retries nothing unless given `retries`, and its paginated methods
 * give their first page (not async-iterable) unless given `pagination` (both exported by this package)
 * among its options.
 */
export declare function createCloudflareBillingClientLite(
  options?: Omit<CloudflareBillingClientOptions, 'validateResponses' | 'logLevel' | 'logger'>,
): Unpaged<CloudflareBillingClient>;
