/**
 * Validators for Cloudflare Billing API.
 *
 * For every schema, and every operation's params and response body: `isX` (a type guard), `validateX` (every
 * problem, each with a JSON pointer) and `assertX` (throws a ValidationError). No eval: they run under a strict CSP.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type { ValidationResult } from './runtime/index.js';
import type { AiGatewayMessage, AiGatewayResponseFailure, ApiResponseCommonFailure, ResponseInfo } from './schemas.js';
import type {
  Invoice,
  InvoiceHistoryResponse,
  InvoiceHistoryResult,
  InvoicePagination,
  ListAiGatewayInvoiceHistoryParams,
  ListAiGatewayInvoiceHistoryResponse,
} from './units/ai-gateway.js';
import type {
  BillingHistory,
  BillingHistoryListResponse,
  ListUserBillingHistoryParams,
  ListUserBillingHistoryResponse,
  ResultInfo,
} from './units/user.js';

/** Whether `value` matches the `ResponseInfo` schema. Stops at the first problem. */
export declare const isResponseInfo: (value: unknown) => value is ResponseInfo;

/** Checks `value` against the `ResponseInfo` schema; reports every problem, each with a JSON pointer. */
export declare const validateResponseInfo: (value: unknown) => ValidationResult<ResponseInfo>;

/** Throws a ValidationError listing every problem unless `value` matches the `ResponseInfo` schema. */
export declare const assertResponseInfo: (value: unknown) => asserts value is ResponseInfo;

/** Whether `value` matches the `ResultInfo` schema. Stops at the first problem. */
export declare const isResultInfo: (value: unknown) => value is ResultInfo;

/** Checks `value` against the `ResultInfo` schema; reports every problem, each with a JSON pointer. */
export declare const validateResultInfo: (value: unknown) => ValidationResult<ResultInfo>;

/** Throws a ValidationError listing every problem unless `value` matches the `ResultInfo` schema. */
export declare const assertResultInfo: (value: unknown) => asserts value is ResultInfo;

/** Whether `value` matches the `ApiResponseCommonFailure` schema. Stops at the first problem. */
export declare const isApiResponseCommonFailure: (value: unknown) => value is ApiResponseCommonFailure;

/** Checks `value` against the `ApiResponseCommonFailure` schema; reports every problem, each with a JSON pointer. */
export declare const validateApiResponseCommonFailure: (value: unknown) => ValidationResult<ApiResponseCommonFailure>;

/** Throws a ValidationError listing every problem unless `value` matches the `ApiResponseCommonFailure` schema. */
export declare const assertApiResponseCommonFailure: (value: unknown) => asserts value is ApiResponseCommonFailure;

/** Whether `value` matches the `BillingHistory` schema. Stops at the first problem. */
export declare const isBillingHistory: (value: unknown) => value is BillingHistory;

/** Checks `value` against the `BillingHistory` schema; reports every problem, each with a JSON pointer. */
export declare const validateBillingHistory: (value: unknown) => ValidationResult<BillingHistory>;

/** Throws a ValidationError listing every problem unless `value` matches the `BillingHistory` schema. */
export declare const assertBillingHistory: (value: unknown) => asserts value is BillingHistory;

/** Whether `value` matches the `BillingHistoryListResponse` schema. Stops at the first problem. */
export declare const isBillingHistoryListResponse: (value: unknown) => value is BillingHistoryListResponse;

/** Checks `value` against the `BillingHistoryListResponse` schema; reports every problem, each with a JSON pointer. */
export declare const validateBillingHistoryListResponse: (
  value: unknown,
) => ValidationResult<BillingHistoryListResponse>;

/** Throws a ValidationError listing every problem unless `value` matches the `BillingHistoryListResponse` schema. */
export declare const assertBillingHistoryListResponse: (value: unknown) => asserts value is BillingHistoryListResponse;

/** Whether `value` matches the `AiGatewayMessage` schema. Stops at the first problem. */
export declare const isAiGatewayMessage: (value: unknown) => value is AiGatewayMessage;

/** Checks `value` against the `AiGatewayMessage` schema; reports every problem, each with a JSON pointer. */
export declare const validateAiGatewayMessage: (value: unknown) => ValidationResult<AiGatewayMessage>;

/** Throws a ValidationError listing every problem unless `value` matches the `AiGatewayMessage` schema. */
export declare const assertAiGatewayMessage: (value: unknown) => asserts value is AiGatewayMessage;

/** Whether `value` matches the `AiGatewayResponseFailure` schema. Stops at the first problem. */
export declare const isAiGatewayResponseFailure: (value: unknown) => value is AiGatewayResponseFailure;

/** Checks `value` against the `AiGatewayResponseFailure` schema; reports every problem, each with a JSON pointer. */
export declare const validateAiGatewayResponseFailure: (value: unknown) => ValidationResult<AiGatewayResponseFailure>;

/** Throws a ValidationError listing every problem unless `value` matches the `AiGatewayResponseFailure` schema. */
export declare const assertAiGatewayResponseFailure: (value: unknown) => asserts value is AiGatewayResponseFailure;

/** Whether `value` matches the `Invoice` schema. Stops at the first problem. */
export declare const isInvoice: (value: unknown) => value is Invoice;

/** Checks `value` against the `Invoice` schema; reports every problem, each with a JSON pointer. */
export declare const validateInvoice: (value: unknown) => ValidationResult<Invoice>;

/** Throws a ValidationError listing every problem unless `value` matches the `Invoice` schema. */
export declare const assertInvoice: (value: unknown) => asserts value is Invoice;

/** Whether `value` matches the `InvoicePagination` schema. Stops at the first problem. */
export declare const isInvoicePagination: (value: unknown) => value is InvoicePagination;

/** Checks `value` against the `InvoicePagination` schema; reports every problem, each with a JSON pointer. */
export declare const validateInvoicePagination: (value: unknown) => ValidationResult<InvoicePagination>;

/** Throws a ValidationError listing every problem unless `value` matches the `InvoicePagination` schema. */
export declare const assertInvoicePagination: (value: unknown) => asserts value is InvoicePagination;

/** Whether `value` matches the `InvoiceHistoryResult` schema. Stops at the first problem. */
export declare const isInvoiceHistoryResult: (value: unknown) => value is InvoiceHistoryResult;

/** Checks `value` against the `InvoiceHistoryResult` schema; reports every problem, each with a JSON pointer. */
export declare const validateInvoiceHistoryResult: (value: unknown) => ValidationResult<InvoiceHistoryResult>;

/** Throws a ValidationError listing every problem unless `value` matches the `InvoiceHistoryResult` schema. */
export declare const assertInvoiceHistoryResult: (value: unknown) => asserts value is InvoiceHistoryResult;

/** Whether `value` matches the `InvoiceHistoryResponse` schema. Stops at the first problem. */
export declare const isInvoiceHistoryResponse: (value: unknown) => value is InvoiceHistoryResponse;

/** Checks `value` against the `InvoiceHistoryResponse` schema; reports every problem, each with a JSON pointer. */
export declare const validateInvoiceHistoryResponse: (value: unknown) => ValidationResult<InvoiceHistoryResponse>;

/** Throws a ValidationError listing every problem unless `value` matches the `InvoiceHistoryResponse` schema. */
export declare const assertInvoiceHistoryResponse: (value: unknown) => asserts value is InvoiceHistoryResponse;

/** Whether `value` matches the params of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. Stops at the first problem. */
export declare const isListAiGatewayInvoiceHistoryParams: (
  value: unknown,
) => value is ListAiGatewayInvoiceHistoryParams;

/** Checks `value` against the params of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`; reports every problem, each with a JSON pointer. */
export declare const validateListAiGatewayInvoiceHistoryParams: (
  value: unknown,
) => ValidationResult<ListAiGatewayInvoiceHistoryParams>;

/** Throws a ValidationError listing every problem unless `value` matches the params of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. */
export declare const assertListAiGatewayInvoiceHistoryParams: (
  value: unknown,
) => asserts value is ListAiGatewayInvoiceHistoryParams;

/** Whether `value` matches the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. Stops at the first problem. */
export declare const isListAiGatewayInvoiceHistoryResponse: (
  value: unknown,
) => value is ListAiGatewayInvoiceHistoryResponse;

/** Checks `value` against the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`; reports every problem, each with a JSON pointer. */
export declare const validateListAiGatewayInvoiceHistoryResponse: (
  value: unknown,
) => ValidationResult<ListAiGatewayInvoiceHistoryResponse>;

/** Throws a ValidationError listing every problem unless `value` matches the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. */
export declare const assertListAiGatewayInvoiceHistoryResponse: (
  value: unknown,
) => asserts value is ListAiGatewayInvoiceHistoryResponse;

/** Whether `value` matches the params of `GET /user/billing/history`. Stops at the first problem. */
export declare const isListUserBillingHistoryParams: (value: unknown) => value is ListUserBillingHistoryParams;

/** Checks `value` against the params of `GET /user/billing/history`; reports every problem, each with a JSON pointer. */
export declare const validateListUserBillingHistoryParams: (
  value: unknown,
) => ValidationResult<ListUserBillingHistoryParams>;

/** Throws a ValidationError listing every problem unless `value` matches the params of `GET /user/billing/history`. */
export declare const assertListUserBillingHistoryParams: (
  value: unknown,
) => asserts value is ListUserBillingHistoryParams;

/** Whether `value` matches the 200 response body of `GET /user/billing/history`. Stops at the first problem. */
export declare const isListUserBillingHistoryResponse: (value: unknown) => value is ListUserBillingHistoryResponse;

/** Checks `value` against the 200 response body of `GET /user/billing/history`; reports every problem, each with a JSON pointer. */
export declare const validateListUserBillingHistoryResponse: (
  value: unknown,
) => ValidationResult<ListUserBillingHistoryResponse>;

/** Throws a ValidationError listing every problem unless `value` matches the 200 response body of `GET /user/billing/history`. */
export declare const assertListUserBillingHistoryResponse: (
  value: unknown,
) => asserts value is ListUserBillingHistoryResponse;
