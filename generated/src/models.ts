/**
 * Named types for Cloudflare Billing API: one per schema, and the parameters, response and result of
 * every operation. Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type { components, paths } from './types.js';

/**
 * The `ResponseInfo` schema.
 *
 * An error or message in a Cloudflare API envelope.
 */
export type ResponseInfo = components['schemas']['ResponseInfo'];

/**
 * The `ResultInfo` schema.
 *
 * Pagination details of a Cloudflare list response.
 */
export type ResultInfo = components['schemas']['ResultInfo'];

/**
 * The `ApiResponseCommonFailure` schema.
 *
 * The Cloudflare failure envelope: `success` is `false`, `errors` holds at least one error and `result` is `null`.
 */
export type ApiResponseCommonFailure = components['schemas']['ApiResponseCommonFailure'];

/**
 * The `BillingHistory` schema.
 *
 * One item of the user's billing history.
 */
export type BillingHistory = components['schemas']['BillingHistory'];

/**
 * The `BillingHistoryListResponse` schema.
 *
 * The Cloudflare success envelope around one page of billing history.
 */
export type BillingHistoryListResponse = components['schemas']['BillingHistoryListResponse'];

/**
 * The `AiGatewayMessage` schema.
 *
 * An error or message in an AI Gateway envelope. Unlike `ResponseInfo`, the code has no minimum (Cloudflare's reference example uses `0`).
 */
export type AiGatewayMessage = components['schemas']['AiGatewayMessage'];

/**
 * The `AiGatewayResponseFailure` schema.
 *
 * The AI Gateway failure envelope: `success` is `false` and `errors` holds at least one error. Cloudflare's published schema does not require `messages` here.
 */
export type AiGatewayResponseFailure = components['schemas']['AiGatewayResponseFailure'];

/**
 * The `Invoice` schema.
 *
 * A past AI Gateway invoice. Cloudflare's published schema gives no field descriptions; the ones below only restate the field names. Fields that schema marks nullable are typed `[..., "null"]`.
 */
export type Invoice = components['schemas']['Invoice'];

/**
 * The `InvoicePagination` schema.
 *
 * Where a page of invoices sits in the whole list.
 */
export type InvoicePagination = components['schemas']['InvoicePagination'];

/**
 * The `InvoiceHistoryResult` schema.
 *
 * One page of invoices and where it sits in the whole list.
 */
export type InvoiceHistoryResult = components['schemas']['InvoiceHistoryResult'];

/**
 * The `InvoiceHistoryResponse` schema.
 *
 * The AI Gateway success envelope around one page of invoices.
 */
export type InvoiceHistoryResponse = components['schemas']['InvoiceHistoryResponse'];

/** Parameters of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`: path, query and header parameters in one object. */
export type ListAiGatewayInvoiceHistoryParams = NonNullable<
  paths['/accounts/{account_id}/ai-gateway/billing/invoice-history']['get']['parameters']['path']
> &
  NonNullable<
    paths['/accounts/{account_id}/ai-gateway/billing/invoice-history']['get']['parameters']['query']
  >;

/** The response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` on success. */
export type ListAiGatewayInvoiceHistoryResponse =
  paths['/accounts/{account_id}/ai-gateway/billing/invoice-history']['get']['responses'][200]['content']['application/json'];

/** Parameters of `GET /user/billing/history`: path, query and header parameters in one object. */
export type ListUserBillingHistoryParams = NonNullable<
  paths['/user/billing/history']['get']['parameters']['query']
>;

/** The response body of `GET /user/billing/history` on success. */
export type ListUserBillingHistoryResponse =
  paths['/user/billing/history']['get']['responses'][200]['content']['application/json'];

/** What `user.billing.history.list()` resolves to. */
export type ListUserBillingHistoryPage = Pick<
  ListUserBillingHistoryResponse,
  'result' | 'result_info'
>;
