/**
 * Validators for Cloudflare Billing API.
 *
 * For every schema, and every operation's params and response body: `isX` (a type guard), `validateX` (every
 * problem, each with a JSON pointer) and `assertX` (throws a ValidationError). No eval: they run under a strict CSP.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { assertion, guard, validator } from './runtime/index.js';
import {
  checkAiGatewayMessage,
  checkAiGatewayResponseFailure,
  checkApiResponseCommonFailure,
  checkResponseInfo,
} from './schemas.js';
import {
  checkInvoice,
  checkInvoiceHistoryResponse,
  checkInvoiceHistoryResult,
  checkInvoicePagination,
  checkListAiGatewayInvoiceHistoryParams,
  checkListAiGatewayInvoiceHistoryResponse,
} from './units/ai-gateway.js';
import {
  checkBillingHistory,
  checkBillingHistoryListResponse,
  checkListUserBillingHistoryParams,
  checkListUserBillingHistoryResponse,
  checkResultInfo,
} from './units/user.js';

/** Whether `value` matches the `ResponseInfo` schema. Stops at the first problem. */
export const isResponseInfo = /* @__PURE__ */ guard(checkResponseInfo);

/** Checks `value` against the `ResponseInfo` schema; reports every problem, each with a JSON pointer. */
export const validateResponseInfo = /* @__PURE__ */ validator(checkResponseInfo);

/** Throws a ValidationError listing every problem unless `value` matches the `ResponseInfo` schema. */
export const assertResponseInfo = /* @__PURE__ */ assertion(checkResponseInfo, 'ResponseInfo');

/** Whether `value` matches the `ResultInfo` schema. Stops at the first problem. */
export const isResultInfo = /* @__PURE__ */ guard(checkResultInfo);

/** Checks `value` against the `ResultInfo` schema; reports every problem, each with a JSON pointer. */
export const validateResultInfo = /* @__PURE__ */ validator(checkResultInfo);

/** Throws a ValidationError listing every problem unless `value` matches the `ResultInfo` schema. */
export const assertResultInfo = /* @__PURE__ */ assertion(checkResultInfo, 'ResultInfo');

/** Whether `value` matches the `ApiResponseCommonFailure` schema. Stops at the first problem. */
export const isApiResponseCommonFailure = /* @__PURE__ */ guard(checkApiResponseCommonFailure);

/** Checks `value` against the `ApiResponseCommonFailure` schema; reports every problem, each with a JSON pointer. */
export const validateApiResponseCommonFailure = /* @__PURE__ */ validator(checkApiResponseCommonFailure);

/** Throws a ValidationError listing every problem unless `value` matches the `ApiResponseCommonFailure` schema. */
export const assertApiResponseCommonFailure = /* @__PURE__ */ assertion(
  checkApiResponseCommonFailure,
  'ApiResponseCommonFailure',
);

/** Whether `value` matches the `BillingHistory` schema. Stops at the first problem. */
export const isBillingHistory = /* @__PURE__ */ guard(checkBillingHistory);

/** Checks `value` against the `BillingHistory` schema; reports every problem, each with a JSON pointer. */
export const validateBillingHistory = /* @__PURE__ */ validator(checkBillingHistory);

/** Throws a ValidationError listing every problem unless `value` matches the `BillingHistory` schema. */
export const assertBillingHistory = /* @__PURE__ */ assertion(checkBillingHistory, 'BillingHistory');

/** Whether `value` matches the `BillingHistoryListResponse` schema. Stops at the first problem. */
export const isBillingHistoryListResponse = /* @__PURE__ */ guard(checkBillingHistoryListResponse);

/** Checks `value` against the `BillingHistoryListResponse` schema; reports every problem, each with a JSON pointer. */
export const validateBillingHistoryListResponse = /* @__PURE__ */ validator(checkBillingHistoryListResponse);

/** Throws a ValidationError listing every problem unless `value` matches the `BillingHistoryListResponse` schema. */
export const assertBillingHistoryListResponse = /* @__PURE__ */ assertion(
  checkBillingHistoryListResponse,
  'BillingHistoryListResponse',
);

/** Whether `value` matches the `AiGatewayMessage` schema. Stops at the first problem. */
export const isAiGatewayMessage = /* @__PURE__ */ guard(checkAiGatewayMessage);

/** Checks `value` against the `AiGatewayMessage` schema; reports every problem, each with a JSON pointer. */
export const validateAiGatewayMessage = /* @__PURE__ */ validator(checkAiGatewayMessage);

/** Throws a ValidationError listing every problem unless `value` matches the `AiGatewayMessage` schema. */
export const assertAiGatewayMessage = /* @__PURE__ */ assertion(checkAiGatewayMessage, 'AiGatewayMessage');

/** Whether `value` matches the `AiGatewayResponseFailure` schema. Stops at the first problem. */
export const isAiGatewayResponseFailure = /* @__PURE__ */ guard(checkAiGatewayResponseFailure);

/** Checks `value` against the `AiGatewayResponseFailure` schema; reports every problem, each with a JSON pointer. */
export const validateAiGatewayResponseFailure = /* @__PURE__ */ validator(checkAiGatewayResponseFailure);

/** Throws a ValidationError listing every problem unless `value` matches the `AiGatewayResponseFailure` schema. */
export const assertAiGatewayResponseFailure = /* @__PURE__ */ assertion(
  checkAiGatewayResponseFailure,
  'AiGatewayResponseFailure',
);

/** Whether `value` matches the `Invoice` schema. Stops at the first problem. */
export const isInvoice = /* @__PURE__ */ guard(checkInvoice);

/** Checks `value` against the `Invoice` schema; reports every problem, each with a JSON pointer. */
export const validateInvoice = /* @__PURE__ */ validator(checkInvoice);

/** Throws a ValidationError listing every problem unless `value` matches the `Invoice` schema. */
export const assertInvoice = /* @__PURE__ */ assertion(checkInvoice, 'Invoice');

/** Whether `value` matches the `InvoicePagination` schema. Stops at the first problem. */
export const isInvoicePagination = /* @__PURE__ */ guard(checkInvoicePagination);

/** Checks `value` against the `InvoicePagination` schema; reports every problem, each with a JSON pointer. */
export const validateInvoicePagination = /* @__PURE__ */ validator(checkInvoicePagination);

/** Throws a ValidationError listing every problem unless `value` matches the `InvoicePagination` schema. */
export const assertInvoicePagination = /* @__PURE__ */ assertion(checkInvoicePagination, 'InvoicePagination');

/** Whether `value` matches the `InvoiceHistoryResult` schema. Stops at the first problem. */
export const isInvoiceHistoryResult = /* @__PURE__ */ guard(checkInvoiceHistoryResult);

/** Checks `value` against the `InvoiceHistoryResult` schema; reports every problem, each with a JSON pointer. */
export const validateInvoiceHistoryResult = /* @__PURE__ */ validator(checkInvoiceHistoryResult);

/** Throws a ValidationError listing every problem unless `value` matches the `InvoiceHistoryResult` schema. */
export const assertInvoiceHistoryResult = /* @__PURE__ */ assertion(checkInvoiceHistoryResult, 'InvoiceHistoryResult');

/** Whether `value` matches the `InvoiceHistoryResponse` schema. Stops at the first problem. */
export const isInvoiceHistoryResponse = /* @__PURE__ */ guard(checkInvoiceHistoryResponse);

/** Checks `value` against the `InvoiceHistoryResponse` schema; reports every problem, each with a JSON pointer. */
export const validateInvoiceHistoryResponse = /* @__PURE__ */ validator(checkInvoiceHistoryResponse);

/** Throws a ValidationError listing every problem unless `value` matches the `InvoiceHistoryResponse` schema. */
export const assertInvoiceHistoryResponse = /* @__PURE__ */ assertion(
  checkInvoiceHistoryResponse,
  'InvoiceHistoryResponse',
);

/** Whether `value` matches the params of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. Stops at the first problem. */
export const isListAiGatewayInvoiceHistoryParams = /* @__PURE__ */ guard(checkListAiGatewayInvoiceHistoryParams);

/** Checks `value` against the params of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`; reports every problem, each with a JSON pointer. */
export const validateListAiGatewayInvoiceHistoryParams = /* @__PURE__ */ validator(
  checkListAiGatewayInvoiceHistoryParams,
);

/** Throws a ValidationError listing every problem unless `value` matches the params of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. */
export const assertListAiGatewayInvoiceHistoryParams = /* @__PURE__ */ assertion(
  checkListAiGatewayInvoiceHistoryParams,
  'ListAiGatewayInvoiceHistoryParams',
);

/** Whether `value` matches the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. Stops at the first problem. */
export const isListAiGatewayInvoiceHistoryResponse = /* @__PURE__ */ guard(checkListAiGatewayInvoiceHistoryResponse);

/** Checks `value` against the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`; reports every problem, each with a JSON pointer. */
export const validateListAiGatewayInvoiceHistoryResponse = /* @__PURE__ */ validator(
  checkListAiGatewayInvoiceHistoryResponse,
);

/** Throws a ValidationError listing every problem unless `value` matches the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. */
export const assertListAiGatewayInvoiceHistoryResponse = /* @__PURE__ */ assertion(
  checkListAiGatewayInvoiceHistoryResponse,
  'ListAiGatewayInvoiceHistoryResponse',
);

/** Whether `value` matches the params of `GET /user/billing/history`. Stops at the first problem. */
export const isListUserBillingHistoryParams = /* @__PURE__ */ guard(checkListUserBillingHistoryParams);

/** Checks `value` against the params of `GET /user/billing/history`; reports every problem, each with a JSON pointer. */
export const validateListUserBillingHistoryParams = /* @__PURE__ */ validator(checkListUserBillingHistoryParams);

/** Throws a ValidationError listing every problem unless `value` matches the params of `GET /user/billing/history`. */
export const assertListUserBillingHistoryParams = /* @__PURE__ */ assertion(
  checkListUserBillingHistoryParams,
  'ListUserBillingHistoryParams',
);

/** Whether `value` matches the 200 response body of `GET /user/billing/history`. Stops at the first problem. */
export const isListUserBillingHistoryResponse = /* @__PURE__ */ guard(checkListUserBillingHistoryResponse);

/** Checks `value` against the 200 response body of `GET /user/billing/history`; reports every problem, each with a JSON pointer. */
export const validateListUserBillingHistoryResponse = /* @__PURE__ */ validator(checkListUserBillingHistoryResponse);

/** Throws a ValidationError listing every problem unless `value` matches the 200 response body of `GET /user/billing/history`. */
export const assertListUserBillingHistoryResponse = /* @__PURE__ */ assertion(
  checkListUserBillingHistoryResponse,
  'ListUserBillingHistoryResponse',
);
