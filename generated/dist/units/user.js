/**
 * The `user` part of the Cloudflare Billing API client: its types, checks and operations.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { checkResponseInfo } from '../schemas.js';

import { codePointLength, fail, matchesDateTime } from '../runtime/index.js';

export function checkResultInfo(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (fail(sink, path, 'type', 'object')) return false;
  } else {
    const obj = value;
    const count = obj.count;
    if (count !== undefined) {
      if ((typeof count !== 'number' || !Number.isFinite(count)) && fail(sink, path + '/count', 'type', 'number'))
        return false;
    }
    const page = obj.page;
    if (page !== undefined) {
      if ((typeof page !== 'number' || !Number.isFinite(page)) && fail(sink, path + '/page', 'type', 'number'))
        return false;
    }
    const per_page = obj.per_page;
    if (per_page !== undefined) {
      if (
        (typeof per_page !== 'number' || !Number.isFinite(per_page)) &&
        fail(sink, path + '/per_page', 'type', 'number')
      )
        return false;
    }
    const total_count = obj.total_count;
    if (total_count !== undefined) {
      if (
        (typeof total_count !== 'number' || !Number.isFinite(total_count)) &&
        fail(sink, path + '/total_count', 'type', 'number')
      )
        return false;
    }
  }
  return true;
}

export function checkBillingHistory(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (fail(sink, path, 'type', 'object')) return false;
  } else {
    const obj = value;
    const id = obj.id;
    if (id === undefined) {
      if (fail(sink, path, 'required', 'id')) return false;
    } else {
      if (typeof id !== 'string') {
        if (fail(sink, path + '/id', 'type', 'string')) return false;
      } else {
        if (id.length > 32 && codePointLength(id) > 32 && fail(sink, path + '/id', 'maxLength', 32)) return false;
      }
    }
    const action = obj.action;
    if (action === undefined) {
      if (fail(sink, path, 'required', 'action')) return false;
    } else {
      if (typeof action !== 'string') {
        if (fail(sink, path + '/action', 'type', 'string')) return false;
      } else {
        if (action.length > 30 && codePointLength(action) > 30 && fail(sink, path + '/action', 'maxLength', 30))
          return false;
      }
    }
    const amount = obj.amount;
    if (amount === undefined) {
      if (fail(sink, path, 'required', 'amount')) return false;
    } else {
      if ((typeof amount !== 'number' || !Number.isFinite(amount)) && fail(sink, path + '/amount', 'type', 'number'))
        return false;
    }
    const currency = obj.currency;
    if (currency === undefined) {
      if (fail(sink, path, 'required', 'currency')) return false;
    } else {
      if (typeof currency !== 'string' && fail(sink, path + '/currency', 'type', 'string')) return false;
    }
    const description = obj.description;
    if (description === undefined) {
      if (fail(sink, path, 'required', 'description')) return false;
    } else {
      if (typeof description !== 'string') {
        if (fail(sink, path + '/description', 'type', 'string')) return false;
      } else {
        if (
          description.length > 255 &&
          codePointLength(description) > 255 &&
          fail(sink, path + '/description', 'maxLength', 255)
        )
          return false;
      }
    }
    const occurred_at = obj.occurred_at;
    if (occurred_at === undefined) {
      if (fail(sink, path, 'required', 'occurred_at')) return false;
    } else {
      if (typeof occurred_at !== 'string') {
        if (fail(sink, path + '/occurred_at', 'type', 'string')) return false;
      } else {
        if (!matchesDateTime(occurred_at) && fail(sink, path + '/occurred_at', 'format', 'date-time')) return false;
      }
    }
    const type_ = obj.type;
    if (type_ === undefined) {
      if (fail(sink, path, 'required', 'type')) return false;
    } else {
      if (typeof type_ !== 'string') {
        if (fail(sink, path + '/type', 'type', 'string')) return false;
      } else {
        if (type_.length > 30 && codePointLength(type_) > 30 && fail(sink, path + '/type', 'maxLength', 30))
          return false;
      }
    }
    const zone = obj.zone;
    if (zone === undefined) {
      if (fail(sink, path, 'required', 'zone')) return false;
    } else {
      if (typeof zone !== 'object' || zone === null || Array.isArray(zone)) {
        if (fail(sink, path + '/zone', 'type', 'object')) return false;
      } else {
        const obj2 = zone;
        const name = obj2.name;
        if (name !== undefined) {
          if (typeof name !== 'string' && fail(sink, path + '/zone/name', 'type', 'string')) return false;
        }
      }
    }
  }
  return true;
}

export function checkBillingHistoryListResponse(value, sink, path = '') {
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
          if (!checkResponseInfo(item, sink, sink && path + '/errors/' + i)) return false;
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
          if (!checkResponseInfo(item2, sink, sink && path + '/messages/' + i2)) return false;
        }
      }
    }
    const result = obj.result;
    if (result === undefined) {
      if (fail(sink, path, 'required', 'result')) return false;
    } else {
      if (!Array.isArray(result)) {
        if (fail(sink, path + '/result', 'type', 'array')) return false;
      } else {
        for (let i3 = 0; i3 < result.length; i3++) {
          const item3 = result[i3];
          if (!checkBillingHistory(item3, sink, sink && path + '/result/' + i3)) return false;
        }
      }
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
      if (!checkResultInfo(result_info, sink, sink && path + '/result_info')) return false;
    }
  }
  return true;
}

export function checkListUserBillingHistoryParams(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (fail(sink, path, 'type', 'object')) return false;
  } else {
    const obj = value;
    const action = obj.action;
    if (action !== undefined) {
      if (typeof action !== 'string') {
        if (fail(sink, path + '/action', 'type', 'string')) return false;
      } else {
        if (action.length > 30 && codePointLength(action) > 30 && fail(sink, path + '/action', 'maxLength', 30))
          return false;
      }
    }
    const occurred_at = obj.occurred_at;
    if (occurred_at !== undefined) {
      if (typeof occurred_at !== 'string') {
        if (fail(sink, path + '/occurred_at', 'type', 'string')) return false;
      } else {
        if (!matchesDateTime(occurred_at) && fail(sink, path + '/occurred_at', 'format', 'date-time')) return false;
      }
    }
    const order = obj.order;
    if (order !== undefined) {
      if (order !== 'type' && order !== 'occurred_at' && order !== 'action' && fail(sink, path + '/order', 'enum'))
        return false;
      if (typeof order !== 'string' && fail(sink, path + '/order', 'type', 'string')) return false;
    }
    const page = obj.page;
    if (page !== undefined) {
      if (typeof page !== 'number' || !Number.isFinite(page)) {
        if (fail(sink, path + '/page', 'type', 'number')) return false;
      } else {
        if (page < 1 && fail(sink, path + '/page', 'minimum', 1)) return false;
      }
    }
    const per_page = obj.per_page;
    if (per_page !== undefined) {
      if (typeof per_page !== 'number' || !Number.isFinite(per_page)) {
        if (fail(sink, path + '/per_page', 'type', 'number')) return false;
      } else {
        if (per_page < 5 && fail(sink, path + '/per_page', 'minimum', 5)) return false;
        if (per_page > 50 && fail(sink, path + '/per_page', 'maximum', 50)) return false;
      }
    }
    const type_ = obj.type;
    if (type_ !== undefined) {
      if (typeof type_ !== 'string') {
        if (fail(sink, path + '/type', 'type', 'string')) return false;
      } else {
        if (type_.length > 30 && codePointLength(type_) > 30 && fail(sink, path + '/type', 'maxLength', 30))
          return false;
      }
    }
    for (const key of Object.keys(obj)) {
      if (
        key === 'action' ||
        key === 'occurred_at' ||
        key === 'order' ||
        key === 'page' ||
        key === 'per_page' ||
        key === 'type'
      )
        continue;
      if (fail(sink, path, 'additionalProperties')) return false;
    }
  }
  return true;
}

const listUserBillingHistory = {
  method: 'GET',
  path: ['/user/billing/history'],
  query: ['action', 'occurred_at', 'order', 'page', 'per_page', 'type'],
  security: [['api_token'], ['api_email', 'api_key']],
  response: 'page',
  deprecated: true,
  pagination: {
    style: 'page',
    page: 'page',
    perPage: 'per_page',
    items: ['result'],
    totalCount: ['result_info', 'total_count'],
  },
};

export const userBillingHistory = {
  at: ['user', 'billing', 'history'],
  methods: { list: listUserBillingHistory },
  checks: { list: checkListUserBillingHistoryParams },
};

export const resources = [userBillingHistory];

export const liteResources = [{ at: ['user', 'billing', 'history'], methods: { list: listUserBillingHistory } }];

export const responseChecks = [[listUserBillingHistory, checkBillingHistoryListResponse]];
