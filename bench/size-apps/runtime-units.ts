/**
 * What the rebuilt generator will emit for the two operations of spec/openapi.yaml, written by
 * hand against the new runtime: descriptors, parameter checks and response checks (the unit
 * modules), and the package index with its two factories. bench/runtime-dev.ts times them and
 * bundles the apps beside this file.
 *
 * The checks follow the shape proposed for generated code: no sink on the fast path; `fail` with
 * a keyword and its parameter (the message is built by the runtime only when recording); the
 * return value matters only without a sink.
 */
import {
  checkResponses,
  codePointLength,
  createClient,
  deprecation,
  fail,
  jsonBody,
  matchesDateTime,
  rawNamespace,
  pagination,
  requestBody,
  retries,
  validation,
  type ApiSpec,
  type Check,
  type IssueSink,
  type OperationSpec,
  type Resource,
} from '../../generator/runtime/index.js';

type S = IssueSink | undefined;
type O = Record<string, unknown>;

const isObject = (v: unknown): v is O => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---- dist/units/user.js --------------------------------------------------------------------

function checkListUserBillingHistoryParams(v: unknown, s?: S, p = ''): boolean {
  if (!isObject(v)) return !fail(s, p, 'type', 'object');
  const action = v['action'];
  if (action !== undefined) {
    if (typeof action !== 'string') {
      if (fail(s, p + '/action', 'type', 'string')) return false;
    } else if (action.length > 30 && codePointLength(action) > 30 && fail(s, p + '/action', 'maxLength', 30))
      return false;
  }
  const occurredAt = v['occurred_at'];
  if (occurredAt !== undefined) {
    if (typeof occurredAt !== 'string') {
      if (fail(s, p + '/occurred_at', 'type', 'string')) return false;
    } else if (!matchesDateTime(occurredAt) && fail(s, p + '/occurred_at', 'format', 'date-time')) return false;
  }
  const order = v['order'];
  if (
    order !== undefined &&
    order !== 'type' &&
    order !== 'occurred_at' &&
    order !== 'action' &&
    fail(s, p + '/order', 'enum')
  )
    return false;
  const page = v['page'];
  if (page !== undefined) {
    if (typeof page !== 'number' || !Number.isFinite(page)) {
      if (fail(s, p + '/page', 'type', 'number')) return false;
    } else if (page < 1 && fail(s, p + '/page', 'minimum', 1)) return false;
  }
  const perPage = v['per_page'];
  if (perPage !== undefined) {
    if (typeof perPage !== 'number' || !Number.isFinite(perPage)) {
      if (fail(s, p + '/per_page', 'type', 'number')) return false;
    } else {
      if (perPage < 5 && fail(s, p + '/per_page', 'minimum', 5)) return false;
      if (perPage > 50 && fail(s, p + '/per_page', 'maximum', 50)) return false;
    }
  }
  const type = v['type'];
  if (type !== undefined) {
    if (typeof type !== 'string') {
      if (fail(s, p + '/type', 'type', 'string')) return false;
    } else if (type.length > 30 && codePointLength(type) > 30 && fail(s, p + '/type', 'maxLength', 30)) return false;
  }
  return true;
}

function checkResponseInfo(v: unknown, s: S, p: string): boolean {
  if (!isObject(v)) return !fail(s, p, 'type', 'object');
  const code = v['code'];
  if (code === undefined) {
    if (fail(s, p, 'required', 'code')) return false;
  } else if (!Number.isInteger(code)) {
    if (fail(s, p + '/code', 'type', 'integer')) return false;
  } else if ((code as number) < 1000 && fail(s, p + '/code', 'minimum', 1000)) return false;
  const message = v['message'];
  if (message === undefined) {
    if (fail(s, p, 'required', 'message')) return false;
  } else if (typeof message !== 'string' && fail(s, p + '/message', 'type', 'string')) return false;
  return true;
}

function checkResponseInfos(v: unknown, s: S, p: string): boolean {
  if (!Array.isArray(v)) return !fail(s, p, 'type', 'array');
  for (let i = 0; i < v.length; i++) if (!checkResponseInfo(v[i], s, p + '/' + i) && !s) return false;
  return true;
}

function checkString(v: O, key: string, max: number, s: S, p: string): boolean {
  const text = v[key];
  if (text === undefined) return !fail(s, p, 'required', key);
  if (typeof text !== 'string') return !fail(s, p + '/' + key, 'type', 'string');
  return !(max > 0 && text.length > max && codePointLength(text) > max && fail(s, p + '/' + key, 'maxLength', max));
}

function checkBillingHistory(v: unknown, s: S, p: string): boolean {
  if (!isObject(v)) return !fail(s, p, 'type', 'object');
  if (!checkString(v, 'id', 32, s, p) && !s) return false;
  if (!checkString(v, 'action', 30, s, p) && !s) return false;
  const amount = v['amount'];
  if (
    amount === undefined
      ? fail(s, p, 'required', 'amount')
      : typeof amount !== 'number' && fail(s, p + '/amount', 'type', 'number')
  )
    return false;
  if (!checkString(v, 'currency', 0, s, p) && !s) return false;
  if (!checkString(v, 'description', 255, s, p) && !s) return false;
  const occurredAt = v['occurred_at'];
  if (occurredAt === undefined) {
    if (fail(s, p, 'required', 'occurred_at')) return false;
  } else if (typeof occurredAt !== 'string') {
    if (fail(s, p + '/occurred_at', 'type', 'string')) return false;
  } else if (!matchesDateTime(occurredAt) && fail(s, p + '/occurred_at', 'format', 'date-time')) return false;
  if (!checkString(v, 'type', 30, s, p) && !s) return false;
  const zone = v['zone'];
  if (zone === undefined) {
    if (fail(s, p, 'required', 'zone')) return false;
  } else if (!isObject(zone)) {
    if (fail(s, p + '/zone', 'type', 'object')) return false;
  } else if (
    zone['name'] !== undefined &&
    typeof zone['name'] !== 'string' &&
    fail(s, p + '/zone/name', 'type', 'string')
  )
    return false;
  return true;
}

function checkListUserBillingHistoryResponse(v: unknown, s?: S, p = ''): boolean {
  if (!isObject(v)) return !fail(s, p, 'type', 'object');
  if (
    v['errors'] === undefined
      ? fail(s, p, 'required', 'errors')
      : !checkResponseInfos(v['errors'], s, p + '/errors') && !s
  )
    return false;
  if (
    v['messages'] === undefined
      ? fail(s, p, 'required', 'messages')
      : !checkResponseInfos(v['messages'], s, p + '/messages') && !s
  )
    return false;
  const result = v['result'];
  if (result === undefined) {
    if (fail(s, p, 'required', 'result')) return false;
  } else if (!Array.isArray(result)) {
    if (fail(s, p + '/result', 'type', 'array')) return false;
  } else
    for (let i = 0; i < result.length; i++)
      if (!checkBillingHistory(result[i], s, p + '/result/' + i) && !s) return false;
  if (v['success'] !== true && fail(s, p + '/success', 'const')) return false;
  const info = v['result_info'];
  if (info !== undefined && !isObject(info) && fail(s, p + '/result_info', 'type', 'object')) return false;
  return true;
}

export const listUserBillingHistory: OperationSpec = {
  method: 'GET',
  path: '/user/billing/history',
  query: ['action', 'occurred_at', 'order', 'page', 'per_page', 'type'],
  security: [['api_token'], ['api_email', 'api_key']],
  check: checkListUserBillingHistoryParams,
  response: 'page',
  deprecated: deprecation,
  pagination: {
    style: 'page',
    page: 'page',
    perPage: 'per_page',
    items: ['result'],
    totalCount: ['result_info', 'total_count'],
  },
};
export const userBillingHistory: Resource = {
  at: ['user', 'billing', 'history'],
  methods: { list: listUserBillingHistory },
};
export const userChecks: readonly (readonly [OperationSpec, Check])[] = [
  [listUserBillingHistory, checkListUserBillingHistoryResponse],
];

// ---- dist/units/ai-gateway.js --------------------------------------------------------------

function checkListAiGatewayInvoiceHistoryParams(v: unknown, s?: S, p = ''): boolean {
  if (!isObject(v)) return !fail(s, p, 'type', 'object');
  const account = v['account_id'];
  if (account === undefined) {
    if (fail(s, p, 'required', 'account_id')) return false;
  } else if (typeof account !== 'string') {
    if (fail(s, p + '/account_id', 'type', 'string')) return false;
  } else if (account.length > 32 && codePointLength(account) > 32 && fail(s, p + '/account_id', 'maxLength', 32))
    return false;
  const type = v['type'];
  if (type !== undefined && type !== 'auto' && type !== 'all' && type !== 'manual' && fail(s, p + '/type', 'enum'))
    return false;
  for (const key of ['page', 'per_page']) {
    const n = v[key];
    if (n === undefined) continue;
    if (!Number.isInteger(n)) {
      if (fail(s, p + '/' + key, 'type', 'integer')) return false;
    } else if ((n as number) < 1 && fail(s, p + '/' + key, 'minimum', 1)) return false;
  }
  return true;
}

function checkMessages(v: unknown, s: S, p: string): boolean {
  if (!Array.isArray(v)) return !fail(s, p, 'type', 'array');
  for (let i = 0; i < v.length; i++) {
    const m = v[i];
    if (!isObject(m) || !Number.isInteger(m['code']) || typeof m['message'] !== 'string')
      if (fail(s, p + '/' + i, 'type', 'object')) return false;
  }
  return true;
}

const NUMBERS = ['amount_due', 'amount_paid', 'amount_remaining'];
const NULLABLE_STRINGS = ['id', 'description', 'invoice_pdf', 'status'];

function checkInvoice(v: unknown, s: S, p: string): boolean {
  if (!isObject(v)) return !fail(s, p, 'type', 'object');
  for (const key of NUMBERS) {
    const n = v[key];
    if (
      n === undefined ? fail(s, p, 'required', key) : typeof n !== 'number' && fail(s, p + '/' + key, 'type', 'number')
    )
      return false;
  }
  if (typeof v['currency'] !== 'string' && fail(s, p + '/currency', 'type', 'string')) return false;
  for (const key of NULLABLE_STRINGS) {
    const t = v[key];
    if (t !== undefined && t !== null && typeof t !== 'string' && fail(s, p + '/' + key, 'type', 'string,null'))
      return false;
  }
  const attempts = v['attempt_count'];
  if (attempts !== undefined && !Number.isInteger(attempts) && fail(s, p + '/attempt_count', 'type', 'integer'))
    return false;
  if (
    v['attempted'] !== undefined &&
    typeof v['attempted'] !== 'boolean' &&
    fail(s, p + '/attempted', 'type', 'boolean')
  )
    return false;
  const auto = v['auto_advance'];
  if (
    auto !== undefined &&
    auto !== null &&
    typeof auto !== 'boolean' &&
    fail(s, p + '/auto_advance', 'type', 'boolean,null')
  )
    return false;
  if (v['created'] !== undefined && typeof v['created'] !== 'number' && fail(s, p + '/created', 'type', 'number'))
    return false;
  return true;
}

function checkListAiGatewayInvoiceHistoryResponse(v: unknown, s?: S, p = ''): boolean {
  if (!isObject(v)) return !fail(s, p, 'type', 'object');
  if (!checkMessages(v['errors'], s, p + '/errors') && !s) return false;
  if (!checkMessages(v['messages'], s, p + '/messages') && !s) return false;
  if (v['success'] !== true && fail(s, p + '/success', 'const')) return false;
  const result = v['result'];
  if (!isObject(result)) return !fail(s, p + '/result', 'type', 'object');
  const invoices = result['invoices'];
  if (!Array.isArray(invoices)) {
    if (fail(s, p + '/result/invoices', 'type', 'array')) return false;
  } else
    for (let i = 0; i < invoices.length; i++)
      if (!checkInvoice(invoices[i], s, p + '/result/invoices/' + i) && !s) return false;
  const pagination = result['pagination'];
  if (!isObject(pagination)) return !fail(s, p + '/result/pagination', 'type', 'object');
  if (typeof pagination['has_more'] !== 'boolean' && fail(s, p + '/result/pagination/has_more', 'type', 'boolean'))
    return false;
  return true;
}

export const listAiGatewayInvoiceHistory: OperationSpec = {
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/invoice-history',
  query: ['type', 'page', 'per_page'],
  security: [['api_token'], ['api_email', 'api_key']],
  check: checkListAiGatewayInvoiceHistoryParams,
  response: 'result',
  pagination: {
    style: 'page',
    page: 'page',
    perPage: 'per_page',
    items: ['result', 'invoices'],
    hasMore: ['result', 'pagination', 'has_more'],
  },
};
export const aiGatewayBilling: Resource = {
  at: ['aiGateway', 'billing'],
  methods: { invoiceHistory: listAiGatewayInvoiceHistory },
};
export const aiGatewayChecks: readonly (readonly [OperationSpec, Check])[] = [
  [listAiGatewayInvoiceHistory, checkListAiGatewayInvoiceHistoryResponse],
];

// ---- dist/index.js -------------------------------------------------------------------------

const API: ApiSpec = {
  baseUrl: 'https://api.cloudflare.com/client/v4',
  userAgent: 'cloudflare-billing-client/0.2.0',
  credentials: [
    { scheme: 'api_token', option: 'apiToken', name: 'authorization', prefix: 'Bearer ', env: 'CLOUDFLARE_API_TOKEN' },
    { scheme: 'api_email', option: 'apiEmail', name: 'x-auth-email', env: 'CLOUDFLARE_EMAIL' },
    { scheme: 'api_key', option: 'apiKey', name: 'x-auth-key', env: 'CLOUDFLARE_API_KEY' },
  ],
  security: [['api_token'], ['api_email', 'api_key']],
  envPrefix: 'CLOUDFLARE',
};

// The generated .d.ts types these precisely; the bench only needs the two calls.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BillingClient = any;

/** `validateResponses: true` stands for this file's own checks (the generated package imports them). */
export function createCloudflareBillingClient(options?: Record<string, unknown>): BillingClient {
  const checks =
    options?.['validateResponses'] === true ? checkResponses([...aiGatewayChecks, ...userChecks]) : undefined;
  return createClient(
    API,
    { ...options, validateResponses: checks },
    [aiGatewayBilling, userBillingHistory, rawNamespace],
    { retries, pagination, validation },
  );
}

export function createCloudflareBillingClientLite(options?: Record<string, unknown>): BillingClient {
  return createClient(API, options, [aiGatewayBilling, userBillingHistory]);
}

// ---- a JSON POST, for the POST comparison --------------------------------------------------

function checkCreateTagParams(v: unknown, s?: S, p = ''): boolean {
  if (!isObject(v)) return !fail(s, p, 'type', 'object');
  if (typeof v['account_id'] !== 'string' && fail(s, p + '/account_id', 'type', 'string')) return false;
  const name = v['name'];
  if (
    typeof name !== 'string'
      ? fail(s, p + '/name', 'type', 'string')
      : name.length > 64 && codePointLength(name) > 64 && fail(s, p + '/name', 'maxLength', 64)
  )
    return false;
  const color = v['color'];
  if (color !== undefined && color !== 'red' && color !== 'blue' && fail(s, p + '/color', 'enum')) return false;
  return true;
}

export const createTag: OperationSpec = {
  method: 'POST',
  path: '/accounts/{account_id}/tags',
  security: [['api_token'], ['api_email', 'api_key']],
  check: checkCreateTagParams,
  response: 'result',
  body: { media: [{ type: 'application/json', encode: jsonBody }], required: true },
  extras: [requestBody],
};
export const tags: Resource = { at: ['tags'], methods: { create: createTag } };

export function createTagsClient(options?: Record<string, unknown>): BillingClient {
  return createClient(API, options, [tags], { retries, pagination, validation });
}
