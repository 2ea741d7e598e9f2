/**
 * Cloudflare Billing API in openapi-typescript's shape: `paths`, `operations` and `components`.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type { AiGatewayMessage, AiGatewayResponseFailure, ApiResponseCommonFailure, ResponseInfo } from './schemas.js';
import type { Invoice, InvoiceHistoryResponse, InvoiceHistoryResult, InvoicePagination } from './units/ai-gateway.js';
import type { BillingHistory, BillingHistoryListResponse, ResultInfo } from './units/user.js';

export interface paths {
  '/accounts/{account_id}/ai-gateway/billing/invoice-history': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Get invoice history */
    get: operations['listAiGatewayInvoiceHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/user/billing/history': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** Billing History Details */
    get: operations['listUserBillingHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    ResponseInfo: ResponseInfo;
    ResultInfo: ResultInfo;
    ApiResponseCommonFailure: ApiResponseCommonFailure;
    BillingHistory: BillingHistory;
    BillingHistoryListResponse: BillingHistoryListResponse;
    AiGatewayMessage: AiGatewayMessage;
    AiGatewayResponseFailure: AiGatewayResponseFailure;
    Invoice: Invoice;
    InvoicePagination: InvoicePagination;
    InvoiceHistoryResult: InvoiceHistoryResult;
    InvoiceHistoryResponse: InvoiceHistoryResponse;
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export interface operations {
  listAiGatewayInvoiceHistory: {
    parameters: {
      query?: { type?: 'auto' | 'all' | 'manual'; page?: number; per_page?: number };
      header?: never;
      path: { account_id: string };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Invoice history retrieved. */
      200: {
        headers: { [name: string]: unknown };
        content: { 'application/json': InvoiceHistoryResponse };
      };
      /** Client error (4XX) from the AI Gateway billing service: `success` is `false` and `errors` says what went wrong. Cloudflare publishes 400, 403 and 404 for this endpoint. */
      '4XX': {
        headers: { [name: string]: unknown };
        content: { 'application/json': AiGatewayResponseFailure };
      };
      /** Server error (5XX) from the AI Gateway billing service. When Cloudflare answers with JSON, the body is the AI Gateway failure envelope. */
      '5XX': {
        headers: { [name: string]: unknown };
        content: { 'application/json': AiGatewayResponseFailure };
      };
    };
  };
  listUserBillingHistory: {
    parameters: {
      query?: {
        action?: string;
        occurred_at?: string;
        order?: 'type' | 'occurred_at' | 'action';
        page?: number;
        per_page?: number;
        type?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Billing History Details response */
      200: {
        headers: { [name: string]: unknown };
        content: { 'application/json': BillingHistoryListResponse };
      };
      /** Client error (4XX). The body is the Cloudflare failure envelope: `success` is `false` and `errors` says what went wrong. */
      '4XX': {
        headers: { [name: string]: unknown };
        content: { 'application/json': ApiResponseCommonFailure };
      };
      /** Server error (5XX). When Cloudflare answers with JSON, the body is the Cloudflare failure envelope. */
      '5XX': {
        headers: { [name: string]: unknown };
        content: { 'application/json': ApiResponseCommonFailure };
      };
    };
  };
}
