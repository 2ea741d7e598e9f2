/**
 * The `user` part of the Cloudflare Billing API client: its types, checks and operations.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type {
  APIPromise,
  OperationSpec,
  PagePromise,
  RequestOptions,
  Resource,
  ResponseCheckList,
} from '../runtime/index.js';
import type { ResponseInfo } from '../schemas.js';

/**
 * The `ResultInfo` schema.
 *
 * Pagination details of a Cloudflare list response.
 */
export interface ResultInfo {
  /** Total number of results for the requested service */
  count?: number;
  /** Current page within paginated list of results */
  page?: number;
  /** Number of results per page of results */
  per_page?: number;
  /** Total results available without any search parameters */
  total_count?: number;
}

/**
 * The `BillingHistory` schema.
 *
 * One item of the user's billing history.
 */
export interface BillingHistory {
  /** Billing item identifier tag. */
  id: string;
  /** The billing item action. */
  action: string;
  /** The amount associated with this billing item. */
  amount: number;
  /** The monetary unit in which pricing information is displayed. */
  currency: string;
  /** The billing item description. */
  description: string;
  /** When the billing item was created. */
  occurred_at: string;
  /** The billing item type. */
  type: string;
  /** The zone the billing item belongs to. */
  zone: {
    /** Name of the zone. */
    name?: string;
  };
}

/**
 * The `BillingHistoryListResponse` schema.
 *
 * The Cloudflare success envelope around one page of billing history.
 */
export interface BillingHistoryListResponse {
  /** Errors; empty on success. */
  errors: ResponseInfo[];
  /** Informational messages. */
  messages: ResponseInfo[];
  /** One page of billing history items. */
  result: BillingHistory[];
  /** Whether the API call was successful */
  success: true;
  result_info?: ResultInfo;
}

/** Parameters of `GET /user/billing/history`: path, query and header parameters in one object. */
export interface ListUserBillingHistoryParams {
  /**
   * The billing item action.
   *
   * At most 30 characters.
   */
  action?: string;
  /**
   * When the billing item was created.
   *
   * RFC 3339 date-time.
   */
  occurred_at?: string;
  /**
   * Field to order billing history by.
   *
   * One of "type", "occurred_at", "action".
   */
  order?: 'type' | 'occurred_at' | 'action';
  /**
   * Page number of paginated results.
   *
   * >= 1; default 1.
   */
  page?: number;
  /**
   * Number of items per page.
   *
   * >= 5; <= 50; default 20.
   */
  per_page?: number;
  /**
   * The billing item type.
   *
   * At most 30 characters.
   */
  type?: string;
}

/** The 200 response body of `GET /user/billing/history`. */
export type ListUserBillingHistoryResponse = BillingHistoryListResponse;

/** What `user.billing.history.list()` resolves to: one page, `result` and `result_info`. */
export type ListUserBillingHistoryPage = Pick<ListUserBillingHistoryResponse, 'result' | 'result_info'>;

/** `client.user` */
export interface User {
  readonly billing: UserBilling;
}

/** `client.user.billing` */
export interface UserBilling {
  readonly history: UserBillingHistory;
}

/** `client.user.billing.history` */
export interface UserBillingHistory {
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
   * @param params - Optional; the parameters, documented on `ListUserBillingHistoryParams`.
   * @param options - Per-call `signal`, `timeoutMs`, `maxRetries` and `headers`.
   * @returns A promise of the first page (`result` and `result_info`); also async-iterable over every item of every page (`for await`). `.withResponse()` adds the `Response`; `.asResponse()` gives it unread.
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
}

import type { IssueSink } from '../runtime/index.js';

/** The methods of `client.user.billing.history`, for `createClient({ resources: [...] })` from the tree-shakable entry. */
export declare const userBillingHistory: Resource<readonly ['user', 'billing', 'history'], UserBillingHistory>;
