/**
 * The `user` part of the Cloudflare Billing API client: its types, checks and operations.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { deprecation } from '../runtime/index.js';
import { checkResponseInfo } from '../schemas.js';

import {
  codePointLength,
  failAdditionalProperties,
  failConst,
  failEnum,
  failFormat,
  failMaxLength,
  failMaximum,
  failMinimum,
  failRequired,
  failType,
  matchesDateTime,
} from '../runtime/index.js';

export function checkResultInfo(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (failType(sink, path, 'object')) return false;
  } else {
    const obj = value;
    const count = obj.count;
    if (count !== undefined) {
      if ((typeof count !== 'number' || !Number.isFinite(count)) && failType(sink, path + '/count', 'number'))
        return false;
    }
    const page = obj.page;
    if (page !== undefined) {
      if ((typeof page !== 'number' || !Number.isFinite(page)) && failType(sink, path + '/page', 'number'))
        return false;
    }
    const per_page = obj.per_page;
    if (per_page !== undefined) {
      if ((typeof per_page !== 'number' || !Number.isFinite(per_page)) && failType(sink, path + '/per_page', 'number'))
        return false;
    }
    const total_count = obj.total_count;
    if (total_count !== undefined) {
      if (
        (typeof total_count !== 'number' || !Number.isFinite(total_count)) &&
        failType(sink, path + '/total_count', 'number')
      )
        return false;
    }
  }
  return true;
}

export function checkBillingHistory(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (failType(sink, path, 'object')) return false;
  } else {
    const obj = value;
    const id = obj.id;
    if (id === undefined) {
      if (failRequired(sink, path, 'id')) return false;
    } else {
      if (typeof id !== 'string') {
        if (failType(sink, path + '/id', 'string')) return false;
      } else {
        if (id.length > 32 && codePointLength(id) > 32 && failMaxLength(sink, path + '/id', 32)) return false;
      }
    }
    const action = obj.action;
    if (action === undefined) {
      if (failRequired(sink, path, 'action')) return false;
    } else {
      if (typeof action !== 'string') {
        if (failType(sink, path + '/action', 'string')) return false;
      } else {
        if (action.length > 30 && codePointLength(action) > 30 && failMaxLength(sink, path + '/action', 30))
          return false;
      }
    }
    const amount = obj.amount;
    if (amount === undefined) {
      if (failRequired(sink, path, 'amount')) return false;
    } else {
      if ((typeof amount !== 'number' || !Number.isFinite(amount)) && failType(sink, path + '/amount', 'number'))
        return false;
    }
    const currency = obj.currency;
    if (currency === undefined) {
      if (failRequired(sink, path, 'currency')) return false;
    } else {
      if (typeof currency !== 'string' && failType(sink, path + '/currency', 'string')) return false;
    }
    const description = obj.description;
    if (description === undefined) {
      if (failRequired(sink, path, 'description')) return false;
    } else {
      if (typeof description !== 'string') {
        if (failType(sink, path + '/description', 'string')) return false;
      } else {
        if (
          description.length > 255 &&
          codePointLength(description) > 255 &&
          failMaxLength(sink, path + '/description', 255)
        )
          return false;
      }
    }
    const occurred_at = obj.occurred_at;
    if (occurred_at === undefined) {
      if (failRequired(sink, path, 'occurred_at')) return false;
    } else {
      if (typeof occurred_at !== 'string') {
        if (failType(sink, path + '/occurred_at', 'string')) return false;
      } else {
        if (!matchesDateTime(occurred_at) && failFormat(sink, path + '/occurred_at', 'date-time')) return false;
      }
    }
    const type_ = obj.type;
    if (type_ === undefined) {
      if (failRequired(sink, path, 'type')) return false;
    } else {
      if (typeof type_ !== 'string') {
        if (failType(sink, path + '/type', 'string')) return false;
      } else {
        if (type_.length > 30 && codePointLength(type_) > 30 && failMaxLength(sink, path + '/type', 30)) return false;
      }
    }
    const zone = obj.zone;
    if (zone === undefined) {
      if (failRequired(sink, path, 'zone')) return false;
    } else {
      if (typeof zone !== 'object' || zone === null || Array.isArray(zone)) {
        if (failType(sink, path + '/zone', 'object')) return false;
      } else {
        const obj2 = zone;
        const name = obj2.name;
        if (name !== undefined) {
          if (typeof name !== 'string' && failType(sink, path + '/zone/name', 'string')) return false;
        }
      }
    }
  }
  return true;
}

export function checkBillingHistoryListResponse(value, sink, path = '') {
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
          if (!checkResponseInfo(item, sink, sink && path + '/errors/' + i)) return false;
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
          if (!checkResponseInfo(item2, sink, sink && path + '/messages/' + i2)) return false;
        }
      }
    }
    const result = obj.result;
    if (result === undefined) {
      if (failRequired(sink, path, 'result')) return false;
    } else {
      if (!Array.isArray(result)) {
        if (failType(sink, path + '/result', 'array')) return false;
      } else {
        for (let i3 = 0; i3 < result.length; i3++) {
          const item3 = result[i3];
          if (!checkBillingHistory(item3, sink, sink && path + '/result/' + i3)) return false;
        }
      }
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
      if (!checkResultInfo(result_info, sink, sink && path + '/result_info')) return false;
    }
  }
  return true;
}

export function checkListUserBillingHistoryParams(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (failType(sink, path, 'object')) return false;
  } else {
    const obj = value;
    const action = obj.action;
    if (action !== undefined) {
      if (typeof action !== 'string') {
        if (failType(sink, path + '/action', 'string')) return false;
      } else {
        if (action.length > 30 && codePointLength(action) > 30 && failMaxLength(sink, path + '/action', 30))
          return false;
      }
    }
    const occurred_at = obj.occurred_at;
    if (occurred_at !== undefined) {
      if (typeof occurred_at !== 'string') {
        if (failType(sink, path + '/occurred_at', 'string')) return false;
      } else {
        if (!matchesDateTime(occurred_at) && failFormat(sink, path + '/occurred_at', 'date-time')) return false;
      }
    }
    const order = obj.order;
    if (order !== undefined) {
      if (order !== 'type' && order !== 'occurred_at' && order !== 'action' && failEnum(sink, path + '/order'))
        return false;
      if (typeof order !== 'string' && failType(sink, path + '/order', 'string')) return false;
    }
    const page = obj.page;
    if (page !== undefined) {
      if (typeof page !== 'number' || !Number.isFinite(page)) {
        if (failType(sink, path + '/page', 'number')) return false;
      } else {
        if (page < 1 && failMinimum(sink, path + '/page', 1)) return false;
      }
    }
    const per_page = obj.per_page;
    if (per_page !== undefined) {
      if (typeof per_page !== 'number' || !Number.isFinite(per_page)) {
        if (failType(sink, path + '/per_page', 'number')) return false;
      } else {
        if (per_page < 5 && failMinimum(sink, path + '/per_page', 5)) return false;
        if (per_page > 50 && failMaximum(sink, path + '/per_page', 50)) return false;
      }
    }
    const type_ = obj.type;
    if (type_ !== undefined) {
      if (typeof type_ !== 'string') {
        if (failType(sink, path + '/type', 'string')) return false;
      } else {
        if (type_.length > 30 && codePointLength(type_) > 30 && failMaxLength(sink, path + '/type', 30)) return false;
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
      if (failAdditionalProperties(sink, path)) return false;
    }
  }
  return true;
}

const listUserBillingHistory = {
  method: 'GET',
  path: '/user/billing/history',
  query: ['action', 'occurred_at', 'order', 'page', 'per_page', 'type'],
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

export const userBillingHistory = {
  at: ['user', 'billing', 'history'],
  methods: { list: listUserBillingHistory },
  checks: { list: checkListUserBillingHistoryParams },
};

export const resources = [userBillingHistory];

export const liteResources = [{ at: ['user', 'billing', 'history'], methods: { list: listUserBillingHistory } }];

export const responseChecks = [[listUserBillingHistory, checkBillingHistoryListResponse]];
