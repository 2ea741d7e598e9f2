import { createCore } from './runtime/core.js';
import {
  validateListAiGatewayInvoiceHistoryParams,
  validateListAiGatewayInvoiceHistoryResponse,
  validateListUserBillingHistoryParams,
  validateListUserBillingHistoryResponse,
} from './validators.js';
const API = {
  baseUrl: 'https://api.cloudflare.com/client/v4',
  userAgent: 'cloudflare-billing-client/0.1.0',
  credentials: [
    { scheme: 'api_token', option: 'apiToken', kind: 'bearer', env: 'CLOUDFLARE_API_TOKEN' },
    {
      scheme: 'api_email',
      option: 'apiEmail',
      kind: 'header',
      header: 'X-Auth-Email',
      env: 'CLOUDFLARE_EMAIL',
    },
    {
      scheme: 'api_key',
      option: 'apiKey',
      kind: 'header',
      header: 'X-Auth-Key',
      env: 'CLOUDFLARE_API_KEY',
    },
  ],
  security: [['api_token'], ['api_email', 'api_key']],
};
const listAiGatewayInvoiceHistory = {
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/invoice-history',
  params: { path: ['account_id'], query: ['type', 'page', 'per_page'], header: [] },
  security: [['api_token'], ['api_email', 'api_key']],
  validateParams: validateListAiGatewayInvoiceHistoryParams,
  unwrap: 'result',
  deprecated: false,
  pagination: {
    pageParam: 'page',
    perPageParam: 'per_page',
    items: ['result', 'invoices'],
    hasMore: ['result', 'pagination', 'has_more'],
  },
};
const listUserBillingHistory = {
  method: 'GET',
  path: '/user/billing/history',
  params: {
    path: [],
    query: ['action', 'occurred_at', 'order', 'page', 'per_page', 'type'],
    header: [],
  },
  security: [['api_token'], ['api_email', 'api_key']],
  validateParams: validateListUserBillingHistoryParams,
  unwrap: 'page',
  deprecated: true,
  pagination: {
    pageParam: 'page',
    perPageParam: 'per_page',
    items: ['result'],
    totalCount: ['result_info', 'total_count'],
  },
};
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
export function createCloudflareBillingClient(options = {}) {
  return bindClient(
    createCore(API, options, [
      [listAiGatewayInvoiceHistory, validateListAiGatewayInvoiceHistoryResponse],
      [listUserBillingHistory, validateListUserBillingHistoryResponse],
    ]),
  );
}
/**
 * Creates the same client as `createCloudflareBillingClient`, without response validation.
 *
 * Request parameters are still validated. Response validation (`validateResponses`) is the
 * one feature left out, and with it the response validators' code: an app that imports only this
 * factory bundles them not at all.
 */
export function createCloudflareBillingClientLite(options = {}) {
  return bindClient(createCore(API, options));
}
function bindClient(core) {
  return {
    raw: core.raw,
    aiGateway: {
      billing: {
        invoiceHistory: (params, options) =>
          core.list(listAiGatewayInvoiceHistory, params, options),
      },
    },
    user: {
      billing: {
        history: {
          list: (params = {}, options) => core.list(listUserBillingHistory, params, options),
        },
      },
    },
  };
}
