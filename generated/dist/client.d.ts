/**
 * The Cloudflare Billing API client: one method per operation, hung where `x-sdk-method` says.
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type { Client } from 'openapi-fetch';
import { type BaseClientOptions, type RequestOptions } from './runtime/core.js';
import type { PagePromise } from './runtime/pagination.js';
import type { paths } from './types.js';
import type {
  BillingHistory,
  Invoice,
  InvoiceHistoryResult,
  ListAiGatewayInvoiceHistoryParams,
  ListUserBillingHistoryPage,
  ListUserBillingHistoryParams,
} from './models.js';
/** Options of createCloudflareBillingClient: credentials, then transport settings shared by every call. */
export interface CloudflareBillingClientOptions extends BaseClientOptions {
  /**
   * Sent as `Authorization: Bearer <apiToken>`.
   *
   * The preferred authorization scheme for interacting with the Cloudflare API. [Create a token](https://developers.cloudflare.com/fundamentals/api/get-started/create-token/). Example: `Authorization: Bearer Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY`
   *
   * Defaults to the `CLOUDFLARE_API_TOKEN` environment variable where `process.env` exists.
   */
  apiToken?: string | undefined;
  /**
   * Sent in the `X-Auth-Email` header.
   *
   * The previous authorization scheme for interacting with the Cloudflare API, used in conjunction with a Global API key. Example: `X-Auth-Email: user@example.com`
   *
   * Defaults to the `CLOUDFLARE_EMAIL` environment variable where `process.env` exists.
   */
  apiEmail?: string | undefined;
  /**
   * Sent in the `X-Auth-Key` header.
   *
   * The previous authorization scheme for interacting with the Cloudflare API. When possible, use API tokens instead of Global API keys. Example: `X-Auth-Key: 144c9defac04969c7bfad8efaa8ea194`
   *
   * Defaults to the `CLOUDFLARE_API_KEY` environment variable where `process.env` exists.
   */
  apiKey?: string | undefined;
}
/** A client for Cloudflare Billing API. Create one with `createCloudflareBillingClient()`. */
export interface CloudflareBillingClient {
  /**
   * The underlying openapi-fetch client, with base URL and credentials set: typed calls by path
   * (`client.raw.GET('/path', ...)`) for anything the methods above do not cover.
   */
  readonly raw: Client<paths>;
  readonly aiGateway: {
    readonly billing: {
      /**
       * Get invoice history
       *
       * Retrieve a list of past invoices with pagination, optionally filtered by type.
       *
       * Accepted permissions (at least one required): AI Gateway Read, AI Gateway Write.
       *
       * `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`
       *
       * Authentication: `apiToken`, or `apiEmail` + `apiKey`.
       *
       * @param params - The request parameters:
       * - `account_id`: Cloudflare account ID. (at most 32 characters)
       * - `type` (optional): Filter invoice type: auto, manual, or all. (one of "auto", "all", "manual"; default "all")
       * - `page` (optional): Page number of results to return, starting at 1. Inferred from the `pagination` object of the response (`page`, `per_page`, `has_more`): Cloudflare's published schema omits the request side of this endpoint's pagination. (>= 1; integer)
       * - `per_page` (optional): Number of invoices per page. Inferred from the `pagination` object of the response: Cloudflare's published schema omits the request side of this endpoint's pagination and documents no maximum. (>= 1; integer)
       *
       * @param options - Per-call `signal`, `timeoutMs`, `maxRetries` and `headers`.
       * @returns A promise of the unwrapped `result`; also async-iterable over every item of every page (`for await`).
       * @throws {RequestValidationError} when `params` break the spec, before any request is sent.
       * @throws {CloudflareAPIError} (or a subclass per status) when the API answers with an error.
       * @example
       * ```ts
       * const client = createCloudflareBillingClient({ apiToken: process.env.CLOUDFLARE_API_TOKEN });
       * const first = await client.aiGateway.billing.invoiceHistory({ account_id: '023e105f4ecef8ad9ca31a8372d0c353', per_page: 20 });
       * for await (const item of client.aiGateway.billing.invoiceHistory({ account_id: '023e105f4ecef8ad9ca31a8372d0c353', per_page: 20 })) {
       *   console.log(item);
       * }
       * ```
       */
      invoiceHistory(
        params: ListAiGatewayInvoiceHistoryParams,
        options?: RequestOptions,
      ): PagePromise<InvoiceHistoryResult, Invoice>;
    };
  };
  readonly user: {
    readonly billing: {
      readonly history: {
        /**
         * Billing History Details
         *
         * Accesses your billing history object.
         *
         * **Deprecated:** Cloudflare marks this endpoint as deprecated. It still answers, but
         * it may be removed; avoid it in new code.
         *
         * Accepted permissions (at least one required): Billing Read, Billing Write.
         *
         * `GET /user/billing/history`
         *
         * Authentication: `apiToken`, or `apiEmail` + `apiKey`.
         *
         * @param params - The request parameters:
         * - `action` (optional): The billing item action. (at most 30 characters)
         * - `occurred_at` (optional): When the billing item was created. (RFC 3339 date-time)
         * - `order` (optional): Field to order billing history by. (one of "type", "occurred_at", "action")
         * - `page` (optional): Page number of paginated results. (>= 1; default 1)
         * - `per_page` (optional): Number of items per page. (>= 5; <= 50; default 20)
         * - `type` (optional): The billing item type. (at most 30 characters)
         *
         * @param options - Per-call `signal`, `timeoutMs`, `maxRetries` and `headers`.
         * @returns A promise of the first page (`result` and `result_info`); also async-iterable over every item of every page (`for await`).
         * @throws {RequestValidationError} when `params` break the spec, before any request is sent.
         * @throws {CloudflareAPIError} (or a subclass per status) when the API answers with an error.
         * @deprecated GET /user/billing/history is deprecated by the API. It still answers, but may be removed.
         * @example
         * ```ts
         * const client = createCloudflareBillingClient({ apiToken: process.env.CLOUDFLARE_API_TOKEN });
         * const first = await client.user.billing.history.list({ per_page: 20 });
         * for await (const item of client.user.billing.history.list({ per_page: 20 })) {
         *   console.log(item);
         * }
         * ```
         */
        list(
          params?: ListUserBillingHistoryParams,
          options?: RequestOptions,
        ): PagePromise<ListUserBillingHistoryPage, BillingHistory>;
      };
    };
  };
}
/**
 * Creates a {@link CloudflareBillingClient} for Cloudflare Billing API.
 *
 * Credentials (`apiToken`, `apiEmail`, `apiKey`) come from the options or, where `process.env` exists, the environment.
 * Calls are validated against the spec before they are sent, retried on 408, 409, 429 and 5xx with
 * backoff, and time out after `timeoutMs`; errors are typed (`CloudflareAPIError` and subclasses).
 *
 * @example
 * ```ts
 * const client = createCloudflareBillingClient({ apiToken: process.env.CLOUDFLARE_API_TOKEN });
 * ```
 */
export declare function createCloudflareBillingClient(
  options?: CloudflareBillingClientOptions,
): CloudflareBillingClient;
/**
 * Creates the same client as `createCloudflareBillingClient`, without response validation.
 *
 * Request parameters are still validated. Response validation (`validateResponses`) is the
 * one feature left out, and with it the response validators' code: an app that imports only this
 * factory bundles them not at all.
 */
export declare function createCloudflareBillingClientLite(
  options?: Omit<CloudflareBillingClientOptions, 'validateResponses'>,
): CloudflareBillingClient;
