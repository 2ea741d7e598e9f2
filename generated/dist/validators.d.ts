/**
 * Validators for Cloudflare Billing API.
 *
 * For every schema, and for every operation's parameters and success response body: `isX` (a
 * type guard), `validateX` (every problem, each with a JSON pointer) and `assertX`. Plain
 * TypeScript with no eval or new Function, so it also runs under a strict CSP.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type {
  ResponseInfo,
  ResultInfo,
  ApiResponseCommonFailure,
  BillingHistory,
  BillingHistoryListResponse,
  AiGatewayMessage,
  AiGatewayResponseFailure,
  Invoice,
  InvoicePagination,
  InvoiceHistoryResult,
  InvoiceHistoryResponse,
  ListAiGatewayInvoiceHistoryParams,
  ListAiGatewayInvoiceHistoryResponse,
  ListUserBillingHistoryParams,
  ListUserBillingHistoryResponse,
} from './models.js';
import { type ValidationResult } from './runtime/validation.js';
/** Whether `value` matches the `ResponseInfo` schema. Stops at the first problem. */
export declare function isResponseInfo(value: unknown): value is ResponseInfo;
/** Checks `value` against the `ResponseInfo` schema; reports every problem, each with a JSON pointer. */
export declare function validateResponseInfo(value: unknown): ValidationResult<ResponseInfo>;
/** Throws a ValidationError listing every problem unless `value` matches the `ResponseInfo` schema. */
export declare function assertResponseInfo(value: unknown): asserts value is ResponseInfo;
/** Whether `value` matches the `ResultInfo` schema. Stops at the first problem. */
export declare function isResultInfo(value: unknown): value is ResultInfo;
/** Checks `value` against the `ResultInfo` schema; reports every problem, each with a JSON pointer. */
export declare function validateResultInfo(value: unknown): ValidationResult<ResultInfo>;
/** Throws a ValidationError listing every problem unless `value` matches the `ResultInfo` schema. */
export declare function assertResultInfo(value: unknown): asserts value is ResultInfo;
/** Whether `value` matches the `ApiResponseCommonFailure` schema. Stops at the first problem. */
export declare function isApiResponseCommonFailure(
  value: unknown,
): value is ApiResponseCommonFailure;
/** Checks `value` against the `ApiResponseCommonFailure` schema; reports every problem, each with a JSON pointer. */
export declare function validateApiResponseCommonFailure(
  value: unknown,
): ValidationResult<ApiResponseCommonFailure>;
/** Throws a ValidationError listing every problem unless `value` matches the `ApiResponseCommonFailure` schema. */
export declare function assertApiResponseCommonFailure(
  value: unknown,
): asserts value is ApiResponseCommonFailure;
/** Whether `value` matches the `BillingHistory` schema. Stops at the first problem. */
export declare function isBillingHistory(value: unknown): value is BillingHistory;
/** Checks `value` against the `BillingHistory` schema; reports every problem, each with a JSON pointer. */
export declare function validateBillingHistory(value: unknown): ValidationResult<BillingHistory>;
/** Throws a ValidationError listing every problem unless `value` matches the `BillingHistory` schema. */
export declare function assertBillingHistory(value: unknown): asserts value is BillingHistory;
/** Whether `value` matches the `BillingHistoryListResponse` schema. Stops at the first problem. */
export declare function isBillingHistoryListResponse(
  value: unknown,
): value is BillingHistoryListResponse;
/** Checks `value` against the `BillingHistoryListResponse` schema; reports every problem, each with a JSON pointer. */
export declare function validateBillingHistoryListResponse(
  value: unknown,
): ValidationResult<BillingHistoryListResponse>;
/** Throws a ValidationError listing every problem unless `value` matches the `BillingHistoryListResponse` schema. */
export declare function assertBillingHistoryListResponse(
  value: unknown,
): asserts value is BillingHistoryListResponse;
/** Whether `value` matches the `AiGatewayMessage` schema. Stops at the first problem. */
export declare function isAiGatewayMessage(value: unknown): value is AiGatewayMessage;
/** Checks `value` against the `AiGatewayMessage` schema; reports every problem, each with a JSON pointer. */
export declare function validateAiGatewayMessage(
  value: unknown,
): ValidationResult<AiGatewayMessage>;
/** Throws a ValidationError listing every problem unless `value` matches the `AiGatewayMessage` schema. */
export declare function assertAiGatewayMessage(value: unknown): asserts value is AiGatewayMessage;
/** Whether `value` matches the `AiGatewayResponseFailure` schema. Stops at the first problem. */
export declare function isAiGatewayResponseFailure(
  value: unknown,
): value is AiGatewayResponseFailure;
/** Checks `value` against the `AiGatewayResponseFailure` schema; reports every problem, each with a JSON pointer. */
export declare function validateAiGatewayResponseFailure(
  value: unknown,
): ValidationResult<AiGatewayResponseFailure>;
/** Throws a ValidationError listing every problem unless `value` matches the `AiGatewayResponseFailure` schema. */
export declare function assertAiGatewayResponseFailure(
  value: unknown,
): asserts value is AiGatewayResponseFailure;
/** Whether `value` matches the `Invoice` schema. Stops at the first problem. */
export declare function isInvoice(value: unknown): value is Invoice;
/** Checks `value` against the `Invoice` schema; reports every problem, each with a JSON pointer. */
export declare function validateInvoice(value: unknown): ValidationResult<Invoice>;
/** Throws a ValidationError listing every problem unless `value` matches the `Invoice` schema. */
export declare function assertInvoice(value: unknown): asserts value is Invoice;
/** Whether `value` matches the `InvoicePagination` schema. Stops at the first problem. */
export declare function isInvoicePagination(value: unknown): value is InvoicePagination;
/** Checks `value` against the `InvoicePagination` schema; reports every problem, each with a JSON pointer. */
export declare function validateInvoicePagination(
  value: unknown,
): ValidationResult<InvoicePagination>;
/** Throws a ValidationError listing every problem unless `value` matches the `InvoicePagination` schema. */
export declare function assertInvoicePagination(value: unknown): asserts value is InvoicePagination;
/** Whether `value` matches the `InvoiceHistoryResult` schema. Stops at the first problem. */
export declare function isInvoiceHistoryResult(value: unknown): value is InvoiceHistoryResult;
/** Checks `value` against the `InvoiceHistoryResult` schema; reports every problem, each with a JSON pointer. */
export declare function validateInvoiceHistoryResult(
  value: unknown,
): ValidationResult<InvoiceHistoryResult>;
/** Throws a ValidationError listing every problem unless `value` matches the `InvoiceHistoryResult` schema. */
export declare function assertInvoiceHistoryResult(
  value: unknown,
): asserts value is InvoiceHistoryResult;
/** Whether `value` matches the `InvoiceHistoryResponse` schema. Stops at the first problem. */
export declare function isInvoiceHistoryResponse(value: unknown): value is InvoiceHistoryResponse;
/** Checks `value` against the `InvoiceHistoryResponse` schema; reports every problem, each with a JSON pointer. */
export declare function validateInvoiceHistoryResponse(
  value: unknown,
): ValidationResult<InvoiceHistoryResponse>;
/** Throws a ValidationError listing every problem unless `value` matches the `InvoiceHistoryResponse` schema. */
export declare function assertInvoiceHistoryResponse(
  value: unknown,
): asserts value is InvoiceHistoryResponse;
/** Whether `value` matches the parameters of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. Stops at the first problem. */
export declare function isListAiGatewayInvoiceHistoryParams(
  value: unknown,
): value is ListAiGatewayInvoiceHistoryParams;
/** Checks `value` against the parameters of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`; reports every problem, each with a JSON pointer. */
export declare function validateListAiGatewayInvoiceHistoryParams(
  value: unknown,
): ValidationResult<ListAiGatewayInvoiceHistoryParams>;
/** Throws a ValidationError listing every problem unless `value` matches the parameters of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. */
export declare function assertListAiGatewayInvoiceHistoryParams(
  value: unknown,
): asserts value is ListAiGatewayInvoiceHistoryParams;
/** Whether `value` matches the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. Stops at the first problem. */
export declare function isListAiGatewayInvoiceHistoryResponse(
  value: unknown,
): value is ListAiGatewayInvoiceHistoryResponse;
/** Checks `value` against the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`; reports every problem, each with a JSON pointer. */
export declare function validateListAiGatewayInvoiceHistoryResponse(
  value: unknown,
): ValidationResult<ListAiGatewayInvoiceHistoryResponse>;
/** Throws a ValidationError listing every problem unless `value` matches the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. */
export declare function assertListAiGatewayInvoiceHistoryResponse(
  value: unknown,
): asserts value is ListAiGatewayInvoiceHistoryResponse;
/** Whether `value` matches the parameters of `GET /user/billing/history`. Stops at the first problem. */
export declare function isListUserBillingHistoryParams(
  value: unknown,
): value is ListUserBillingHistoryParams;
/** Checks `value` against the parameters of `GET /user/billing/history`; reports every problem, each with a JSON pointer. */
export declare function validateListUserBillingHistoryParams(
  value: unknown,
): ValidationResult<ListUserBillingHistoryParams>;
/** Throws a ValidationError listing every problem unless `value` matches the parameters of `GET /user/billing/history`. */
export declare function assertListUserBillingHistoryParams(
  value: unknown,
): asserts value is ListUserBillingHistoryParams;
/** Whether `value` matches the 200 response body of `GET /user/billing/history`. Stops at the first problem. */
export declare function isListUserBillingHistoryResponse(
  value: unknown,
): value is ListUserBillingHistoryResponse;
/** Checks `value` against the 200 response body of `GET /user/billing/history`; reports every problem, each with a JSON pointer. */
export declare function validateListUserBillingHistoryResponse(
  value: unknown,
): ValidationResult<ListUserBillingHistoryResponse>;
/** Throws a ValidationError listing every problem unless `value` matches the 200 response body of `GET /user/billing/history`. */
export declare function assertListUserBillingHistoryResponse(
  value: unknown,
): asserts value is ListUserBillingHistoryResponse;
