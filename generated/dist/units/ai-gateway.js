/**
 * The `aiGateway` part of the Cloudflare Billing API client: its types, checks and operations.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { checkAiGatewayMessage } from '../schemas.js';

import { codePointLength, fail } from '../runtime/index.js';

export function checkInvoice(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (fail(sink, path, 'type', 'object')) return false;
  } else {
    const obj = value;
    const amount_due = obj.amount_due;
    if (amount_due === undefined) {
      if (fail(sink, path, 'required', 'amount_due')) return false;
    } else {
      if (
        (typeof amount_due !== 'number' || !Number.isFinite(amount_due)) &&
        fail(sink, path + '/amount_due', 'type', 'number')
      )
        return false;
    }
    const amount_paid = obj.amount_paid;
    if (amount_paid === undefined) {
      if (fail(sink, path, 'required', 'amount_paid')) return false;
    } else {
      if (
        (typeof amount_paid !== 'number' || !Number.isFinite(amount_paid)) &&
        fail(sink, path + '/amount_paid', 'type', 'number')
      )
        return false;
    }
    const amount_remaining = obj.amount_remaining;
    if (amount_remaining === undefined) {
      if (fail(sink, path, 'required', 'amount_remaining')) return false;
    } else {
      if (
        (typeof amount_remaining !== 'number' || !Number.isFinite(amount_remaining)) &&
        fail(sink, path + '/amount_remaining', 'type', 'number')
      )
        return false;
    }
    const currency = obj.currency;
    if (currency === undefined) {
      if (fail(sink, path, 'required', 'currency')) return false;
    } else {
      if (typeof currency !== 'string' && fail(sink, path + '/currency', 'type', 'string')) return false;
    }
    const id = obj.id;
    if (id !== undefined) {
      if (!(typeof id === 'string' || id === null) && fail(sink, path + '/id', 'type', 'string,null')) return false;
    }
    const attempt_count = obj.attempt_count;
    if (attempt_count !== undefined) {
      if (
        (typeof attempt_count !== 'number' || !Number.isInteger(attempt_count)) &&
        fail(sink, path + '/attempt_count', 'type', 'integer')
      )
        return false;
    }
    const attempted = obj.attempted;
    if (attempted !== undefined) {
      if (typeof attempted !== 'boolean' && fail(sink, path + '/attempted', 'type', 'boolean')) return false;
    }
    const auto_advance = obj.auto_advance;
    if (auto_advance !== undefined) {
      if (
        !(typeof auto_advance === 'boolean' || auto_advance === null) &&
        fail(sink, path + '/auto_advance', 'type', 'boolean,null')
      )
        return false;
    }
    const created = obj.created;
    if (created !== undefined) {
      if (
        (typeof created !== 'number' || !Number.isInteger(created)) &&
        fail(sink, path + '/created', 'type', 'integer')
      )
        return false;
    }
    const created_by = obj.created_by;
    if (created_by !== undefined) {
      if (typeof created_by !== 'string' && fail(sink, path + '/created_by', 'type', 'string')) return false;
    }
    const description = obj.description;
    if (description !== undefined) {
      if (
        !(typeof description === 'string' || description === null) &&
        fail(sink, path + '/description', 'type', 'string,null')
      )
        return false;
    }
    const invoice_origin = obj.invoice_origin;
    if (invoice_origin !== undefined) {
      if (typeof invoice_origin !== 'string' && fail(sink, path + '/invoice_origin', 'type', 'string')) return false;
    }
    const invoice_pdf = obj.invoice_pdf;
    if (invoice_pdf !== undefined) {
      if (
        !(typeof invoice_pdf === 'string' || invoice_pdf === null) &&
        fail(sink, path + '/invoice_pdf', 'type', 'string,null')
      )
        return false;
    }
    const status = obj.status;
    if (status !== undefined) {
      if (!(typeof status === 'string' || status === null) && fail(sink, path + '/status', 'type', 'string,null'))
        return false;
    }
  }
  return true;
}

export function checkInvoicePagination(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (fail(sink, path, 'type', 'object')) return false;
  } else {
    const obj = value;
    const has_more = obj.has_more;
    if (has_more === undefined) {
      if (fail(sink, path, 'required', 'has_more')) return false;
    } else {
      if (typeof has_more !== 'boolean' && fail(sink, path + '/has_more', 'type', 'boolean')) return false;
    }
    const page = obj.page;
    if (page === undefined) {
      if (fail(sink, path, 'required', 'page')) return false;
    } else {
      if ((typeof page !== 'number' || !Number.isInteger(page)) && fail(sink, path + '/page', 'type', 'integer'))
        return false;
    }
    const per_page = obj.per_page;
    if (per_page === undefined) {
      if (fail(sink, path, 'required', 'per_page')) return false;
    } else {
      if (
        (typeof per_page !== 'number' || !Number.isInteger(per_page)) &&
        fail(sink, path + '/per_page', 'type', 'integer')
      )
        return false;
    }
    const total_count = obj.total_count;
    if (total_count === undefined) {
      if (fail(sink, path, 'required', 'total_count')) return false;
    } else {
      if (
        (typeof total_count !== 'number' || !Number.isInteger(total_count)) &&
        fail(sink, path + '/total_count', 'type', 'integer')
      )
        return false;
    }
  }
  return true;
}

export function checkInvoiceHistoryResult(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (fail(sink, path, 'type', 'object')) return false;
  } else {
    const obj = value;
    const invoices = obj.invoices;
    if (invoices === undefined) {
      if (fail(sink, path, 'required', 'invoices')) return false;
    } else {
      if (!Array.isArray(invoices)) {
        if (fail(sink, path + '/invoices', 'type', 'array')) return false;
      } else {
        for (let i = 0; i < invoices.length; i++) {
          const item = invoices[i];
          if (!checkInvoice(item, sink, sink && path + '/invoices/' + i)) return false;
        }
      }
    }
    const pagination = obj.pagination;
    if (pagination === undefined) {
      if (fail(sink, path, 'required', 'pagination')) return false;
    } else {
      if (!checkInvoicePagination(pagination, sink, sink && path + '/pagination')) return false;
    }
  }
  return true;
}

export function checkInvoiceHistoryResponse(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (fail(sink, path, 'type', 'object')) return false;
  } else {
    const obj = value;
    const errors = obj.errors;
    if (errors === undefined) {
      if (fail(sink, path, 'required', 'errors')) return false;
    } else {
      if (!Array.isArray(errors)) {
        if (fail(sink, path + '/errors', 'type', 'array')) return false;
      } else {
        for (let i = 0; i < errors.length; i++) {
          const item = errors[i];
          if (!checkAiGatewayMessage(item, sink, sink && path + '/errors/' + i)) return false;
        }
      }
    }
    const messages = obj.messages;
    if (messages === undefined) {
      if (fail(sink, path, 'required', 'messages')) return false;
    } else {
      if (!Array.isArray(messages)) {
        if (fail(sink, path + '/messages', 'type', 'array')) return false;
      } else {
        for (let i2 = 0; i2 < messages.length; i2++) {
          const item2 = messages[i2];
          if (!checkAiGatewayMessage(item2, sink, sink && path + '/messages/' + i2)) return false;
        }
      }
    }
    const result = obj.result;
    if (result === undefined) {
      if (fail(sink, path, 'required', 'result')) return false;
    } else {
      if (!checkInvoiceHistoryResult(result, sink, sink && path + '/result')) return false;
    }
    const success = obj.success;
    if (success === undefined) {
      if (fail(sink, path, 'required', 'success')) return false;
    } else {
      if (success !== true && fail(sink, path + '/success', 'const')) return false;
      if (typeof success !== 'boolean' && fail(sink, path + '/success', 'type', 'boolean')) return false;
    }
    const result_info = obj.result_info;
    if (result_info !== undefined) {
      if (!checkInvoicePagination(result_info, sink, sink && path + '/result_info')) return false;
    }
  }
  return true;
}

export function checkListAiGatewayInvoiceHistoryParams(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (fail(sink, path, 'type', 'object')) return false;
  } else {
    const obj = value;
    const account_id = obj.account_id;
    if (account_id === undefined) {
      if (fail(sink, path, 'required', 'account_id')) return false;
    } else {
      if (typeof account_id !== 'string') {
        if (fail(sink, path + '/account_id', 'type', 'string')) return false;
      } else {
        if (
          account_id.length > 32 &&
          codePointLength(account_id) > 32 &&
          fail(sink, path + '/account_id', 'maxLength', 32)
        )
          return false;
      }
    }
    const type_ = obj.type;
    if (type_ !== undefined) {
      if (type_ !== 'auto' && type_ !== 'all' && type_ !== 'manual' && fail(sink, path + '/type', 'enum')) return false;
      if (typeof type_ !== 'string' && fail(sink, path + '/type', 'type', 'string')) return false;
    }
    const page = obj.page;
    if (page !== undefined) {
      if (typeof page !== 'number' || !Number.isInteger(page)) {
        if (fail(sink, path + '/page', 'type', 'integer')) return false;
      }
      if (typeof page === 'number' && Number.isFinite(page)) {
        if (page < 1 && fail(sink, path + '/page', 'minimum', 1)) return false;
      }
    }
    const per_page = obj.per_page;
    if (per_page !== undefined) {
      if (typeof per_page !== 'number' || !Number.isInteger(per_page)) {
        if (fail(sink, path + '/per_page', 'type', 'integer')) return false;
      }
      if (typeof per_page === 'number' && Number.isFinite(per_page)) {
        if (per_page < 1 && fail(sink, path + '/per_page', 'minimum', 1)) return false;
      }
    }
    for (const key of Object.keys(obj)) {
      if (key === 'account_id' || key === 'type' || key === 'page' || key === 'per_page') continue;
      if (fail(sink, path, 'additionalProperties')) return false;
    }
  }
  return true;
}

const listAiGatewayInvoiceHistory = {
  method: 'GET',
  path: ['/accounts/', 'account_id', '/ai-gateway/billing/invoice-history'],
  query: ['type', 'page', 'per_page'],
  security: [['api_token'], ['api_email', 'api_key']],
  response: 'result',
  pagination: {
    style: 'page',
    page: 'page',
    perPage: 'per_page',
    items: ['result', 'invoices'],
    hasMore: ['result', 'pagination', 'has_more'],
  },
};

export const aiGatewayBilling = {
  at: ['aiGateway', 'billing'],
  methods: { invoiceHistory: listAiGatewayInvoiceHistory },
  checks: { invoiceHistory: checkListAiGatewayInvoiceHistoryParams },
};

export const resources = [aiGatewayBilling];

export const liteResources = [
  { at: ['aiGateway', 'billing'], methods: { invoiceHistory: listAiGatewayInvoiceHistory } },
];

export const responseChecks = [[listAiGatewayInvoiceHistory, checkInvoiceHistoryResponse]];
