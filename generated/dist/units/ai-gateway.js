/**
 * The `aiGateway` part of the Cloudflare Billing API client: its types, checks and operations.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { checkAiGatewayMessage } from '../schemas.js';

import {
  codePointLength,
  failAdditionalProperties,
  failConst,
  failEnum,
  failMaxLength,
  failMinimum,
  failRequired,
  failType,
} from '../runtime/index.js';

export function checkInvoice(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (failType(sink, path, 'object')) return false;
  } else {
    const obj = value;
    const amount_due = obj.amount_due;
    if (amount_due === undefined) {
      if (failRequired(sink, path, 'amount_due')) return false;
    } else {
      if (
        (typeof amount_due !== 'number' || !Number.isFinite(amount_due)) &&
        failType(sink, path + '/amount_due', 'number')
      )
        return false;
    }
    const amount_paid = obj.amount_paid;
    if (amount_paid === undefined) {
      if (failRequired(sink, path, 'amount_paid')) return false;
    } else {
      if (
        (typeof amount_paid !== 'number' || !Number.isFinite(amount_paid)) &&
        failType(sink, path + '/amount_paid', 'number')
      )
        return false;
    }
    const amount_remaining = obj.amount_remaining;
    if (amount_remaining === undefined) {
      if (failRequired(sink, path, 'amount_remaining')) return false;
    } else {
      if (
        (typeof amount_remaining !== 'number' || !Number.isFinite(amount_remaining)) &&
        failType(sink, path + '/amount_remaining', 'number')
      )
        return false;
    }
    const currency = obj.currency;
    if (currency === undefined) {
      if (failRequired(sink, path, 'currency')) return false;
    } else {
      if (typeof currency !== 'string' && failType(sink, path + '/currency', 'string')) return false;
    }
    const id = obj.id;
    if (id !== undefined) {
      if (!(typeof id === 'string' || id === null) && failType(sink, path + '/id', 'string,null')) return false;
    }
    const attempt_count = obj.attempt_count;
    if (attempt_count !== undefined) {
      if (
        (typeof attempt_count !== 'number' || !Number.isInteger(attempt_count)) &&
        failType(sink, path + '/attempt_count', 'integer')
      )
        return false;
    }
    const attempted = obj.attempted;
    if (attempted !== undefined) {
      if (typeof attempted !== 'boolean' && failType(sink, path + '/attempted', 'boolean')) return false;
    }
    const auto_advance = obj.auto_advance;
    if (auto_advance !== undefined) {
      if (
        !(typeof auto_advance === 'boolean' || auto_advance === null) &&
        failType(sink, path + '/auto_advance', 'boolean,null')
      )
        return false;
    }
    const created = obj.created;
    if (created !== undefined) {
      if ((typeof created !== 'number' || !Number.isInteger(created)) && failType(sink, path + '/created', 'integer'))
        return false;
    }
    const created_by = obj.created_by;
    if (created_by !== undefined) {
      if (typeof created_by !== 'string' && failType(sink, path + '/created_by', 'string')) return false;
    }
    const description = obj.description;
    if (description !== undefined) {
      if (
        !(typeof description === 'string' || description === null) &&
        failType(sink, path + '/description', 'string,null')
      )
        return false;
    }
    const invoice_origin = obj.invoice_origin;
    if (invoice_origin !== undefined) {
      if (typeof invoice_origin !== 'string' && failType(sink, path + '/invoice_origin', 'string')) return false;
    }
    const invoice_pdf = obj.invoice_pdf;
    if (invoice_pdf !== undefined) {
      if (
        !(typeof invoice_pdf === 'string' || invoice_pdf === null) &&
        failType(sink, path + '/invoice_pdf', 'string,null')
      )
        return false;
    }
    const status = obj.status;
    if (status !== undefined) {
      if (!(typeof status === 'string' || status === null) && failType(sink, path + '/status', 'string,null'))
        return false;
    }
  }
  return true;
}

export function checkInvoicePagination(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (failType(sink, path, 'object')) return false;
  } else {
    const obj = value;
    const has_more = obj.has_more;
    if (has_more === undefined) {
      if (failRequired(sink, path, 'has_more')) return false;
    } else {
      if (typeof has_more !== 'boolean' && failType(sink, path + '/has_more', 'boolean')) return false;
    }
    const page = obj.page;
    if (page === undefined) {
      if (failRequired(sink, path, 'page')) return false;
    } else {
      if ((typeof page !== 'number' || !Number.isInteger(page)) && failType(sink, path + '/page', 'integer'))
        return false;
    }
    const per_page = obj.per_page;
    if (per_page === undefined) {
      if (failRequired(sink, path, 'per_page')) return false;
    } else {
      if (
        (typeof per_page !== 'number' || !Number.isInteger(per_page)) &&
        failType(sink, path + '/per_page', 'integer')
      )
        return false;
    }
    const total_count = obj.total_count;
    if (total_count === undefined) {
      if (failRequired(sink, path, 'total_count')) return false;
    } else {
      if (
        (typeof total_count !== 'number' || !Number.isInteger(total_count)) &&
        failType(sink, path + '/total_count', 'integer')
      )
        return false;
    }
  }
  return true;
}

export function checkInvoiceHistoryResult(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (failType(sink, path, 'object')) return false;
  } else {
    const obj = value;
    const invoices = obj.invoices;
    if (invoices === undefined) {
      if (failRequired(sink, path, 'invoices')) return false;
    } else {
      if (!Array.isArray(invoices)) {
        if (failType(sink, path + '/invoices', 'array')) return false;
      } else {
        for (let i = 0; i < invoices.length; i++) {
          const item = invoices[i];
          if (!checkInvoice(item, sink, sink && path + '/invoices/' + i)) return false;
        }
      }
    }
    const pagination = obj.pagination;
    if (pagination === undefined) {
      if (failRequired(sink, path, 'pagination')) return false;
    } else {
      if (!checkInvoicePagination(pagination, sink, sink && path + '/pagination')) return false;
    }
  }
  return true;
}

export function checkInvoiceHistoryResponse(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (failType(sink, path, 'object')) return false;
  } else {
    const obj = value;
    const errors = obj.errors;
    if (errors === undefined) {
      if (failRequired(sink, path, 'errors')) return false;
    } else {
      if (!Array.isArray(errors)) {
        if (failType(sink, path + '/errors', 'array')) return false;
      } else {
        for (let i = 0; i < errors.length; i++) {
          const item = errors[i];
          if (!checkAiGatewayMessage(item, sink, sink && path + '/errors/' + i)) return false;
        }
      }
    }
    const messages = obj.messages;
    if (messages === undefined) {
      if (failRequired(sink, path, 'messages')) return false;
    } else {
      if (!Array.isArray(messages)) {
        if (failType(sink, path + '/messages', 'array')) return false;
      } else {
        for (let i2 = 0; i2 < messages.length; i2++) {
          const item2 = messages[i2];
          if (!checkAiGatewayMessage(item2, sink, sink && path + '/messages/' + i2)) return false;
        }
      }
    }
    const result = obj.result;
    if (result === undefined) {
      if (failRequired(sink, path, 'result')) return false;
    } else {
      if (!checkInvoiceHistoryResult(result, sink, sink && path + '/result')) return false;
    }
    const success = obj.success;
    if (success === undefined) {
      if (failRequired(sink, path, 'success')) return false;
    } else {
      if (success !== true && failConst(sink, path + '/success')) return false;
      if (typeof success !== 'boolean' && failType(sink, path + '/success', 'boolean')) return false;
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
    if (failType(sink, path, 'object')) return false;
  } else {
    const obj = value;
    const account_id = obj.account_id;
    if (account_id === undefined) {
      if (failRequired(sink, path, 'account_id')) return false;
    } else {
      if (typeof account_id !== 'string') {
        if (failType(sink, path + '/account_id', 'string')) return false;
      } else {
        if (account_id.length > 32 && codePointLength(account_id) > 32 && failMaxLength(sink, path + '/account_id', 32))
          return false;
      }
    }
    const type_ = obj.type;
    if (type_ !== undefined) {
      if (type_ !== 'auto' && type_ !== 'all' && type_ !== 'manual' && failEnum(sink, path + '/type')) return false;
      if (typeof type_ !== 'string' && failType(sink, path + '/type', 'string')) return false;
    }
    const page = obj.page;
    if (page !== undefined) {
      if (typeof page !== 'number' || !Number.isInteger(page)) {
        if (failType(sink, path + '/page', 'integer')) return false;
      }
      if (typeof page === 'number' && Number.isFinite(page)) {
        if (page < 1 && failMinimum(sink, path + '/page', 1)) return false;
      }
    }
    const per_page = obj.per_page;
    if (per_page !== undefined) {
      if (typeof per_page !== 'number' || !Number.isInteger(per_page)) {
        if (failType(sink, path + '/per_page', 'integer')) return false;
      }
      if (typeof per_page === 'number' && Number.isFinite(per_page)) {
        if (per_page < 1 && failMinimum(sink, path + '/per_page', 1)) return false;
      }
    }
    for (const key of Object.keys(obj)) {
      if (key === 'account_id' || key === 'type' || key === 'page' || key === 'per_page') continue;
      if (failAdditionalProperties(sink, path)) return false;
    }
  }
  return true;
}

const listAiGatewayInvoiceHistory = {
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/invoice-history',
  query: ['type', 'page', 'per_page'],
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
