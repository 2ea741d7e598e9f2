/**
 * The `aiGateway` part of the Cloudflare Billing API client: its types, checks and operations.
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
import type { AiGatewayMessage } from '../schemas.js';

/**
 * The `Invoice` schema.
 *
 * A past AI Gateway invoice. Cloudflare's published schema gives no field descriptions; the ones below only restate the field names. Fields that schema marks nullable are typed `[..., "null"]`.
 */
export interface Invoice {
  /** Amount due on the invoice. */
  amount_due: number;
  /** Amount paid on the invoice. */
  amount_paid: number;
  /** Amount still to be paid on the invoice. */
  amount_remaining: number;
  /** Currency of the invoice amounts. */
  currency: string;
  /** Invoice identifier. */
  id?: string | null;
  /** Number of payment attempts made for the invoice. */
  attempt_count?: number;
  /** Whether payment of the invoice has been attempted. */
  attempted?: boolean;
  /** Whether the invoice advances automatically. */
  auto_advance?: boolean | null;
  /** When the invoice was created, as a Unix timestamp. */
  created?: number;
  /** Who or what created the invoice. */
  created_by?: string;
  /** Description of the invoice. */
  description?: string | null;
  /** Origin of the invoice. */
  invoice_origin?: string;
  /** Link to the invoice as a PDF. */
  invoice_pdf?: string | null;
  /** Status of the invoice. */
  status?: string | null;
}

/**
 * The `InvoicePagination` schema.
 *
 * Where a page of invoices sits in the whole list.
 */
export interface InvoicePagination {
  /** Whether more pages follow this one. */
  has_more: boolean;
  /** Page number of this page. */
  page: number;
  /** Number of invoices per page. */
  per_page: number;
  /** Total number of invoices across all pages. */
  total_count: number;
}

/**
 * The `InvoiceHistoryResult` schema.
 *
 * One page of invoices and where it sits in the whole list.
 */
export interface InvoiceHistoryResult {
  /** The invoices of this page. */
  invoices: Invoice[];
  pagination: InvoicePagination;
}

/**
 * The `InvoiceHistoryResponse` schema.
 *
 * The AI Gateway success envelope around one page of invoices.
 */
export interface InvoiceHistoryResponse {
  /** Errors; empty on success. */
  errors: AiGatewayMessage[];
  /** Informational messages. */
  messages: AiGatewayMessage[];
  result: InvoiceHistoryResult;
  /** Whether the API call was successful */
  success: true;
  result_info?: InvoicePagination;
}

/** Parameters of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`: path, query and header parameters in one object. */
export interface ListAiGatewayInvoiceHistoryParams {
  /**
   * Cloudflare account ID.
   *
   * At most 32 characters.
   */
  account_id: string;
  /**
   * Filter invoice type: auto, manual, or all.
   *
   * One of "auto", "all", "manual"; default "all".
   */
  type?: 'auto' | 'all' | 'manual';
  /**
   * Page number of results to return, starting at 1. Inferred from the `pagination` object of the response (`page`, `per_page`, `has_more`): Cloudflare's published schema omits the request side of this endpoint's pagination.
   *
   * Integer; >= 1.
   */
  page?: number;
  /**
   * Number of invoices per page. Inferred from the `pagination` object of the response: Cloudflare's published schema omits the request side of this endpoint's pagination and documents no maximum.
   *
   * Integer; >= 1.
   */
  per_page?: number;
}

/** The 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. */
export type ListAiGatewayInvoiceHistoryResponse = InvoiceHistoryResponse;

/** `client.aiGateway` */
export interface AiGateway {
  readonly billing: AiGatewayBilling;
}

/** `client.aiGateway.billing` */
export interface AiGatewayBilling {
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
   * @param params - The parameters, documented on `ListAiGatewayInvoiceHistoryParams`.
   * @param options - Per-call `signal`, `timeoutMs`, `maxRetries` and `headers`.
   * @returns A promise of the unwrapped `result`; also async-iterable over every item of every page (`for await`). `.withResponse()` adds the `Response`; `.asResponse()` gives it unread.
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
}

import type { IssueSink } from '../runtime/index.js';

/** The methods of `client.aiGateway.billing`, for `createClient({ resources: [...] })` from the tree-shakable entry. */
export declare const aiGatewayBilling: Resource<readonly ['aiGateway', 'billing'], AiGatewayBilling>;
