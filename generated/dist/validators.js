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
} from './units/ai-gateway.js';
import {
  checkBillingHistory,
  checkBillingHistoryListResponse,
  checkListUserBillingHistoryParams,
  checkResultInfo,
} from './units/user.js';

export const isResponseInfo = /* @__PURE__ */ guard(checkResponseInfo);

export const validateResponseInfo = /* @__PURE__ */ validator(checkResponseInfo);

export const assertResponseInfo = /* @__PURE__ */ assertion(checkResponseInfo, 'ResponseInfo');

export const isResultInfo = /* @__PURE__ */ guard(checkResultInfo);

export const validateResultInfo = /* @__PURE__ */ validator(checkResultInfo);

export const assertResultInfo = /* @__PURE__ */ assertion(checkResultInfo, 'ResultInfo');

export const isApiResponseCommonFailure = /* @__PURE__ */ guard(checkApiResponseCommonFailure);

export const validateApiResponseCommonFailure = /* @__PURE__ */ validator(checkApiResponseCommonFailure);

export const assertApiResponseCommonFailure = /* @__PURE__ */ assertion(
  checkApiResponseCommonFailure,
  'ApiResponseCommonFailure',
);

export const isBillingHistory = /* @__PURE__ */ guard(checkBillingHistory);

export const validateBillingHistory = /* @__PURE__ */ validator(checkBillingHistory);

export const assertBillingHistory = /* @__PURE__ */ assertion(checkBillingHistory, 'BillingHistory');

export const isBillingHistoryListResponse = /* @__PURE__ */ guard(checkBillingHistoryListResponse);

export const validateBillingHistoryListResponse = /* @__PURE__ */ validator(checkBillingHistoryListResponse);

export const assertBillingHistoryListResponse = /* @__PURE__ */ assertion(
  checkBillingHistoryListResponse,
  'BillingHistoryListResponse',
);

export const isAiGatewayMessage = /* @__PURE__ */ guard(checkAiGatewayMessage);

export const validateAiGatewayMessage = /* @__PURE__ */ validator(checkAiGatewayMessage);

export const assertAiGatewayMessage = /* @__PURE__ */ assertion(checkAiGatewayMessage, 'AiGatewayMessage');

export const isAiGatewayResponseFailure = /* @__PURE__ */ guard(checkAiGatewayResponseFailure);

export const validateAiGatewayResponseFailure = /* @__PURE__ */ validator(checkAiGatewayResponseFailure);

export const assertAiGatewayResponseFailure = /* @__PURE__ */ assertion(
  checkAiGatewayResponseFailure,
  'AiGatewayResponseFailure',
);

export const isInvoice = /* @__PURE__ */ guard(checkInvoice);

export const validateInvoice = /* @__PURE__ */ validator(checkInvoice);

export const assertInvoice = /* @__PURE__ */ assertion(checkInvoice, 'Invoice');

export const isInvoicePagination = /* @__PURE__ */ guard(checkInvoicePagination);

export const validateInvoicePagination = /* @__PURE__ */ validator(checkInvoicePagination);

export const assertInvoicePagination = /* @__PURE__ */ assertion(checkInvoicePagination, 'InvoicePagination');

export const isInvoiceHistoryResult = /* @__PURE__ */ guard(checkInvoiceHistoryResult);

export const validateInvoiceHistoryResult = /* @__PURE__ */ validator(checkInvoiceHistoryResult);

export const assertInvoiceHistoryResult = /* @__PURE__ */ assertion(checkInvoiceHistoryResult, 'InvoiceHistoryResult');

export const isInvoiceHistoryResponse = /* @__PURE__ */ guard(checkInvoiceHistoryResponse);

export const validateInvoiceHistoryResponse = /* @__PURE__ */ validator(checkInvoiceHistoryResponse);

export const assertInvoiceHistoryResponse = /* @__PURE__ */ assertion(
  checkInvoiceHistoryResponse,
  'InvoiceHistoryResponse',
);

export const isListAiGatewayInvoiceHistoryParams = /* @__PURE__ */ guard(checkListAiGatewayInvoiceHistoryParams);

export const validateListAiGatewayInvoiceHistoryParams = /* @__PURE__ */ validator(
  checkListAiGatewayInvoiceHistoryParams,
);

export const assertListAiGatewayInvoiceHistoryParams = /* @__PURE__ */ assertion(
  checkListAiGatewayInvoiceHistoryParams,
  'ListAiGatewayInvoiceHistoryParams',
);

export const isListAiGatewayInvoiceHistoryResponse = /* @__PURE__ */ guard(checkInvoiceHistoryResponse);

export const validateListAiGatewayInvoiceHistoryResponse = /* @__PURE__ */ validator(checkInvoiceHistoryResponse);

export const assertListAiGatewayInvoiceHistoryResponse = /* @__PURE__ */ assertion(
  checkInvoiceHistoryResponse,
  'ListAiGatewayInvoiceHistoryResponse',
);

export const isListUserBillingHistoryParams = /* @__PURE__ */ guard(checkListUserBillingHistoryParams);

export const validateListUserBillingHistoryParams = /* @__PURE__ */ validator(checkListUserBillingHistoryParams);

export const assertListUserBillingHistoryParams = /* @__PURE__ */ assertion(
  checkListUserBillingHistoryParams,
  'ListUserBillingHistoryParams',
);

export const isListUserBillingHistoryResponse = /* @__PURE__ */ guard(checkBillingHistoryListResponse);

export const validateListUserBillingHistoryResponse = /* @__PURE__ */ validator(checkBillingHistoryListResponse);

export const assertListUserBillingHistoryResponse = /* @__PURE__ */ assertion(
  checkBillingHistoryListResponse,
  'ListUserBillingHistoryResponse',
);
