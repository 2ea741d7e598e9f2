import {
  ValidationError,
  codePointLength,
  issuesOf,
  matchesDateTime,
  reject,
} from './runtime/validation.js';
/** Whether `value` matches the `ResponseInfo` schema. Stops at the first problem. */
export function isResponseInfo(value) {
  return checkResponseInfo(value);
}
/** Checks `value` against the `ResponseInfo` schema; reports every problem, each with a JSON pointer. */
export function validateResponseInfo(value) {
  if (isResponseInfo(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkResponseInfo, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `ResponseInfo` schema. */
export function assertResponseInfo(value) {
  if (!isResponseInfo(value))
    throw new ValidationError('ResponseInfo', issuesOf(checkResponseInfo, value));
}
function checkResponseInfo(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const code = obj.code;
    if (code === undefined) {
      if (reject(errors, path, 'required', "must have required property 'code'")) return false;
    } else {
      if (
        (typeof code !== 'number' || !Number.isInteger(code)) &&
        reject(errors, path + '/code', 'type', 'must be integer')
      )
        return false;
      if (typeof code === 'number' && Number.isFinite(code)) {
        if (code < 1000 && reject(errors, path + '/code', 'minimum', 'must be >= 1000'))
          return false;
      }
    }
    const message = obj.message;
    if (message === undefined) {
      if (reject(errors, path, 'required', "must have required property 'message'")) return false;
    } else {
      if (
        typeof message !== 'string' &&
        reject(errors, path + '/message', 'type', 'must be string')
      )
        return false;
    }
    const documentationUrl = obj.documentation_url;
    if (documentationUrl !== undefined) {
      if (
        typeof documentationUrl !== 'string' &&
        reject(errors, path + '/documentation_url', 'type', 'must be string')
      )
        return false;
    }
    const source = obj.source;
    if (source !== undefined) {
      if (typeof source !== 'object' || source === null || Array.isArray(source)) {
        if (reject(errors, path + '/source', 'type', 'must be object')) return false;
      } else {
        const obj2 = source;
        const pointer = obj2.pointer;
        if (pointer !== undefined) {
          if (
            typeof pointer !== 'string' &&
            reject(errors, path + '/source/pointer', 'type', 'must be string')
          )
            return false;
        }
      }
    }
  }
  return true;
}
/** Whether `value` matches the `ResultInfo` schema. Stops at the first problem. */
export function isResultInfo(value) {
  return checkResultInfo(value);
}
/** Checks `value` against the `ResultInfo` schema; reports every problem, each with a JSON pointer. */
export function validateResultInfo(value) {
  if (isResultInfo(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkResultInfo, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `ResultInfo` schema. */
export function assertResultInfo(value) {
  if (!isResultInfo(value))
    throw new ValidationError('ResultInfo', issuesOf(checkResultInfo, value));
}
function checkResultInfo(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const count = obj.count;
    if (count !== undefined) {
      if (
        (typeof count !== 'number' || !Number.isFinite(count)) &&
        reject(errors, path + '/count', 'type', 'must be number')
      )
        return false;
    }
    const page = obj.page;
    if (page !== undefined) {
      if (
        (typeof page !== 'number' || !Number.isFinite(page)) &&
        reject(errors, path + '/page', 'type', 'must be number')
      )
        return false;
    }
    const perPage = obj.per_page;
    if (perPage !== undefined) {
      if (
        (typeof perPage !== 'number' || !Number.isFinite(perPage)) &&
        reject(errors, path + '/per_page', 'type', 'must be number')
      )
        return false;
    }
    const totalCount = obj.total_count;
    if (totalCount !== undefined) {
      if (
        (typeof totalCount !== 'number' || !Number.isFinite(totalCount)) &&
        reject(errors, path + '/total_count', 'type', 'must be number')
      )
        return false;
    }
  }
  return true;
}
/** Whether `value` matches the `ApiResponseCommonFailure` schema. Stops at the first problem. */
export function isApiResponseCommonFailure(value) {
  return checkApiResponseCommonFailure(value);
}
/** Checks `value` against the `ApiResponseCommonFailure` schema; reports every problem, each with a JSON pointer. */
export function validateApiResponseCommonFailure(value) {
  if (isApiResponseCommonFailure(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkApiResponseCommonFailure, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `ApiResponseCommonFailure` schema. */
export function assertApiResponseCommonFailure(value) {
  if (!isApiResponseCommonFailure(value))
    throw new ValidationError(
      'ApiResponseCommonFailure',
      issuesOf(checkApiResponseCommonFailure, value),
    );
}
function checkApiResponseCommonFailure(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const errors2 = obj.errors;
    if (errors2 === undefined) {
      if (reject(errors, path, 'required', "must have required property 'errors'")) return false;
    } else {
      if (!Array.isArray(errors2)) {
        if (reject(errors, path + '/errors', 'type', 'must be array')) return false;
      } else {
        const arr = errors2;
        if (
          arr.length < 1 &&
          reject(errors, path + '/errors', 'minItems', 'must have at least 1 item')
        )
          return false;
        for (let i = 0; i < arr.length; i++) {
          const item = arr[i];
          if (!checkResponseInfo(item, errors, errors && path + '/errors/' + i)) return false;
        }
      }
    }
    const messages = obj.messages;
    if (messages === undefined) {
      if (reject(errors, path, 'required', "must have required property 'messages'")) return false;
    } else {
      if (!Array.isArray(messages)) {
        if (reject(errors, path + '/messages', 'type', 'must be array')) return false;
      } else {
        const arr2 = messages;
        for (let i2 = 0; i2 < arr2.length; i2++) {
          const item2 = arr2[i2];
          if (!checkResponseInfo(item2, errors, errors && path + '/messages/' + i2)) return false;
        }
      }
    }
    const result = obj.result;
    if (result === undefined) {
      if (reject(errors, path, 'required', "must have required property 'result'")) return false;
    } else {
      if (result !== null && reject(errors, path + '/result', 'type', 'must be null')) return false;
    }
    const success = obj.success;
    if (success === undefined) {
      if (reject(errors, path, 'required', "must have required property 'success'")) return false;
    } else {
      if (success !== false && reject(errors, path + '/success', 'const', 'must be false'))
        return false;
      if (
        typeof success !== 'boolean' &&
        reject(errors, path + '/success', 'type', 'must be boolean')
      )
        return false;
    }
  }
  return true;
}
/** Whether `value` matches the `BillingHistory` schema. Stops at the first problem. */
export function isBillingHistory(value) {
  return checkBillingHistory(value);
}
/** Checks `value` against the `BillingHistory` schema; reports every problem, each with a JSON pointer. */
export function validateBillingHistory(value) {
  if (isBillingHistory(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkBillingHistory, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `BillingHistory` schema. */
export function assertBillingHistory(value) {
  if (!isBillingHistory(value))
    throw new ValidationError('BillingHistory', issuesOf(checkBillingHistory, value));
}
function checkBillingHistory(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const id = obj.id;
    if (id === undefined) {
      if (reject(errors, path, 'required', "must have required property 'id'")) return false;
    } else {
      if (typeof id !== 'string') {
        if (reject(errors, path + '/id', 'type', 'must be string')) return false;
      } else {
        if (
          id.length > 32 &&
          codePointLength(id) > 32 &&
          reject(errors, path + '/id', 'maxLength', 'must be at most 32 characters')
        )
          return false;
      }
    }
    const action = obj.action;
    if (action === undefined) {
      if (reject(errors, path, 'required', "must have required property 'action'")) return false;
    } else {
      if (typeof action !== 'string') {
        if (reject(errors, path + '/action', 'type', 'must be string')) return false;
      } else {
        if (
          action.length > 30 &&
          codePointLength(action) > 30 &&
          reject(errors, path + '/action', 'maxLength', 'must be at most 30 characters')
        )
          return false;
      }
    }
    const amount = obj.amount;
    if (amount === undefined) {
      if (reject(errors, path, 'required', "must have required property 'amount'")) return false;
    } else {
      if (
        (typeof amount !== 'number' || !Number.isFinite(amount)) &&
        reject(errors, path + '/amount', 'type', 'must be number')
      )
        return false;
    }
    const currency = obj.currency;
    if (currency === undefined) {
      if (reject(errors, path, 'required', "must have required property 'currency'")) return false;
    } else {
      if (
        typeof currency !== 'string' &&
        reject(errors, path + '/currency', 'type', 'must be string')
      )
        return false;
    }
    const description = obj.description;
    if (description === undefined) {
      if (reject(errors, path, 'required', "must have required property 'description'"))
        return false;
    } else {
      if (typeof description !== 'string') {
        if (reject(errors, path + '/description', 'type', 'must be string')) return false;
      } else {
        if (
          description.length > 255 &&
          codePointLength(description) > 255 &&
          reject(errors, path + '/description', 'maxLength', 'must be at most 255 characters')
        )
          return false;
      }
    }
    const occurredAt = obj.occurred_at;
    if (occurredAt === undefined) {
      if (reject(errors, path, 'required', "must have required property 'occurred_at'"))
        return false;
    } else {
      if (typeof occurredAt !== 'string') {
        if (reject(errors, path + '/occurred_at', 'type', 'must be string')) return false;
      } else {
        if (
          !matchesDateTime(occurredAt) &&
          reject(errors, path + '/occurred_at', 'format', 'must be a valid date-time')
        )
          return false;
      }
    }
    const type = obj.type;
    if (type === undefined) {
      if (reject(errors, path, 'required', "must have required property 'type'")) return false;
    } else {
      if (typeof type !== 'string') {
        if (reject(errors, path + '/type', 'type', 'must be string')) return false;
      } else {
        if (
          type.length > 30 &&
          codePointLength(type) > 30 &&
          reject(errors, path + '/type', 'maxLength', 'must be at most 30 characters')
        )
          return false;
      }
    }
    const zone = obj.zone;
    if (zone === undefined) {
      if (reject(errors, path, 'required', "must have required property 'zone'")) return false;
    } else {
      if (typeof zone !== 'object' || zone === null || Array.isArray(zone)) {
        if (reject(errors, path + '/zone', 'type', 'must be object')) return false;
      } else {
        const obj2 = zone;
        const name = obj2.name;
        if (name !== undefined) {
          if (
            typeof name !== 'string' &&
            reject(errors, path + '/zone/name', 'type', 'must be string')
          )
            return false;
        }
      }
    }
  }
  return true;
}
/** Whether `value` matches the `BillingHistoryListResponse` schema. Stops at the first problem. */
export function isBillingHistoryListResponse(value) {
  return checkBillingHistoryListResponse(value);
}
/** Checks `value` against the `BillingHistoryListResponse` schema; reports every problem, each with a JSON pointer. */
export function validateBillingHistoryListResponse(value) {
  if (isBillingHistoryListResponse(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkBillingHistoryListResponse, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `BillingHistoryListResponse` schema. */
export function assertBillingHistoryListResponse(value) {
  if (!isBillingHistoryListResponse(value))
    throw new ValidationError(
      'BillingHistoryListResponse',
      issuesOf(checkBillingHistoryListResponse, value),
    );
}
function checkBillingHistoryListResponse(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const errors2 = obj.errors;
    if (errors2 === undefined) {
      if (reject(errors, path, 'required', "must have required property 'errors'")) return false;
    } else {
      if (!Array.isArray(errors2)) {
        if (reject(errors, path + '/errors', 'type', 'must be array')) return false;
      } else {
        const arr = errors2;
        for (let i = 0; i < arr.length; i++) {
          const item = arr[i];
          if (!checkResponseInfo(item, errors, errors && path + '/errors/' + i)) return false;
        }
      }
    }
    const messages = obj.messages;
    if (messages === undefined) {
      if (reject(errors, path, 'required', "must have required property 'messages'")) return false;
    } else {
      if (!Array.isArray(messages)) {
        if (reject(errors, path + '/messages', 'type', 'must be array')) return false;
      } else {
        const arr2 = messages;
        for (let i2 = 0; i2 < arr2.length; i2++) {
          const item2 = arr2[i2];
          if (!checkResponseInfo(item2, errors, errors && path + '/messages/' + i2)) return false;
        }
      }
    }
    const result = obj.result;
    if (result === undefined) {
      if (reject(errors, path, 'required', "must have required property 'result'")) return false;
    } else {
      if (!Array.isArray(result)) {
        if (reject(errors, path + '/result', 'type', 'must be array')) return false;
      } else {
        const arr3 = result;
        for (let i3 = 0; i3 < arr3.length; i3++) {
          const item3 = arr3[i3];
          if (!checkBillingHistory(item3, errors, errors && path + '/result/' + i3)) return false;
        }
      }
    }
    const success = obj.success;
    if (success === undefined) {
      if (reject(errors, path, 'required', "must have required property 'success'")) return false;
    } else {
      if (success !== true && reject(errors, path + '/success', 'const', 'must be true'))
        return false;
      if (
        typeof success !== 'boolean' &&
        reject(errors, path + '/success', 'type', 'must be boolean')
      )
        return false;
    }
    const resultInfo = obj.result_info;
    if (resultInfo !== undefined) {
      if (!checkResultInfo(resultInfo, errors, errors && path + '/result_info')) return false;
    }
  }
  return true;
}
/** Whether `value` matches the `AiGatewayMessage` schema. Stops at the first problem. */
export function isAiGatewayMessage(value) {
  return checkAiGatewayMessage(value);
}
/** Checks `value` against the `AiGatewayMessage` schema; reports every problem, each with a JSON pointer. */
export function validateAiGatewayMessage(value) {
  if (isAiGatewayMessage(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkAiGatewayMessage, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `AiGatewayMessage` schema. */
export function assertAiGatewayMessage(value) {
  if (!isAiGatewayMessage(value))
    throw new ValidationError('AiGatewayMessage', issuesOf(checkAiGatewayMessage, value));
}
function checkAiGatewayMessage(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const code = obj.code;
    if (code === undefined) {
      if (reject(errors, path, 'required', "must have required property 'code'")) return false;
    } else {
      if (
        (typeof code !== 'number' || !Number.isInteger(code)) &&
        reject(errors, path + '/code', 'type', 'must be integer')
      )
        return false;
    }
    const message = obj.message;
    if (message === undefined) {
      if (reject(errors, path, 'required', "must have required property 'message'")) return false;
    } else {
      if (
        typeof message !== 'string' &&
        reject(errors, path + '/message', 'type', 'must be string')
      )
        return false;
    }
  }
  return true;
}
/** Whether `value` matches the `AiGatewayResponseFailure` schema. Stops at the first problem. */
export function isAiGatewayResponseFailure(value) {
  return checkAiGatewayResponseFailure(value);
}
/** Checks `value` against the `AiGatewayResponseFailure` schema; reports every problem, each with a JSON pointer. */
export function validateAiGatewayResponseFailure(value) {
  if (isAiGatewayResponseFailure(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkAiGatewayResponseFailure, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `AiGatewayResponseFailure` schema. */
export function assertAiGatewayResponseFailure(value) {
  if (!isAiGatewayResponseFailure(value))
    throw new ValidationError(
      'AiGatewayResponseFailure',
      issuesOf(checkAiGatewayResponseFailure, value),
    );
}
function checkAiGatewayResponseFailure(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const errors2 = obj.errors;
    if (errors2 === undefined) {
      if (reject(errors, path, 'required', "must have required property 'errors'")) return false;
    } else {
      if (!Array.isArray(errors2)) {
        if (reject(errors, path + '/errors', 'type', 'must be array')) return false;
      } else {
        const arr = errors2;
        if (
          arr.length < 1 &&
          reject(errors, path + '/errors', 'minItems', 'must have at least 1 item')
        )
          return false;
        for (let i = 0; i < arr.length; i++) {
          const item = arr[i];
          if (!checkAiGatewayMessage(item, errors, errors && path + '/errors/' + i)) return false;
        }
      }
    }
    const messages = obj.messages;
    if (messages !== undefined) {
      if (!Array.isArray(messages)) {
        if (reject(errors, path + '/messages', 'type', 'must be array')) return false;
      } else {
        const arr2 = messages;
        for (let i2 = 0; i2 < arr2.length; i2++) {
          const item2 = arr2[i2];
          if (!checkAiGatewayMessage(item2, errors, errors && path + '/messages/' + i2))
            return false;
        }
      }
    }
    const result = obj.result;
    if (result === undefined) {
      if (reject(errors, path, 'required', "must have required property 'result'")) return false;
    } else {
      if (
        !(
          (typeof result === 'object' && result !== null && !Array.isArray(result)) ||
          result === null
        ) &&
        reject(errors, path + '/result', 'type', 'must be object or null')
      )
        return false;
    }
    const success = obj.success;
    if (success === undefined) {
      if (reject(errors, path, 'required', "must have required property 'success'")) return false;
    } else {
      if (success !== false && reject(errors, path + '/success', 'const', 'must be false'))
        return false;
      if (
        typeof success !== 'boolean' &&
        reject(errors, path + '/success', 'type', 'must be boolean')
      )
        return false;
    }
  }
  return true;
}
/** Whether `value` matches the `Invoice` schema. Stops at the first problem. */
export function isInvoice(value) {
  return checkInvoice(value);
}
/** Checks `value` against the `Invoice` schema; reports every problem, each with a JSON pointer. */
export function validateInvoice(value) {
  if (isInvoice(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkInvoice, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `Invoice` schema. */
export function assertInvoice(value) {
  if (!isInvoice(value)) throw new ValidationError('Invoice', issuesOf(checkInvoice, value));
}
function checkInvoice(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const amountDue = obj.amount_due;
    if (amountDue === undefined) {
      if (reject(errors, path, 'required', "must have required property 'amount_due'"))
        return false;
    } else {
      if (
        (typeof amountDue !== 'number' || !Number.isFinite(amountDue)) &&
        reject(errors, path + '/amount_due', 'type', 'must be number')
      )
        return false;
    }
    const amountPaid = obj.amount_paid;
    if (amountPaid === undefined) {
      if (reject(errors, path, 'required', "must have required property 'amount_paid'"))
        return false;
    } else {
      if (
        (typeof amountPaid !== 'number' || !Number.isFinite(amountPaid)) &&
        reject(errors, path + '/amount_paid', 'type', 'must be number')
      )
        return false;
    }
    const amountRemaining = obj.amount_remaining;
    if (amountRemaining === undefined) {
      if (reject(errors, path, 'required', "must have required property 'amount_remaining'"))
        return false;
    } else {
      if (
        (typeof amountRemaining !== 'number' || !Number.isFinite(amountRemaining)) &&
        reject(errors, path + '/amount_remaining', 'type', 'must be number')
      )
        return false;
    }
    const currency = obj.currency;
    if (currency === undefined) {
      if (reject(errors, path, 'required', "must have required property 'currency'")) return false;
    } else {
      if (
        typeof currency !== 'string' &&
        reject(errors, path + '/currency', 'type', 'must be string')
      )
        return false;
    }
    const id = obj.id;
    if (id !== undefined) {
      if (
        !(typeof id === 'string' || id === null) &&
        reject(errors, path + '/id', 'type', 'must be string or null')
      )
        return false;
    }
    const attemptCount = obj.attempt_count;
    if (attemptCount !== undefined) {
      if (
        (typeof attemptCount !== 'number' || !Number.isInteger(attemptCount)) &&
        reject(errors, path + '/attempt_count', 'type', 'must be integer')
      )
        return false;
    }
    const attempted = obj.attempted;
    if (attempted !== undefined) {
      if (
        typeof attempted !== 'boolean' &&
        reject(errors, path + '/attempted', 'type', 'must be boolean')
      )
        return false;
    }
    const autoAdvance = obj.auto_advance;
    if (autoAdvance !== undefined) {
      if (
        !(typeof autoAdvance === 'boolean' || autoAdvance === null) &&
        reject(errors, path + '/auto_advance', 'type', 'must be boolean or null')
      )
        return false;
    }
    const created = obj.created;
    if (created !== undefined) {
      if (
        (typeof created !== 'number' || !Number.isInteger(created)) &&
        reject(errors, path + '/created', 'type', 'must be integer')
      )
        return false;
    }
    const createdBy = obj.created_by;
    if (createdBy !== undefined) {
      if (
        typeof createdBy !== 'string' &&
        reject(errors, path + '/created_by', 'type', 'must be string')
      )
        return false;
    }
    const description = obj.description;
    if (description !== undefined) {
      if (
        !(typeof description === 'string' || description === null) &&
        reject(errors, path + '/description', 'type', 'must be string or null')
      )
        return false;
    }
    const invoiceOrigin = obj.invoice_origin;
    if (invoiceOrigin !== undefined) {
      if (
        typeof invoiceOrigin !== 'string' &&
        reject(errors, path + '/invoice_origin', 'type', 'must be string')
      )
        return false;
    }
    const invoicePdf = obj.invoice_pdf;
    if (invoicePdf !== undefined) {
      if (
        !(typeof invoicePdf === 'string' || invoicePdf === null) &&
        reject(errors, path + '/invoice_pdf', 'type', 'must be string or null')
      )
        return false;
    }
    const status = obj.status;
    if (status !== undefined) {
      if (
        !(typeof status === 'string' || status === null) &&
        reject(errors, path + '/status', 'type', 'must be string or null')
      )
        return false;
    }
  }
  return true;
}
/** Whether `value` matches the `InvoicePagination` schema. Stops at the first problem. */
export function isInvoicePagination(value) {
  return checkInvoicePagination(value);
}
/** Checks `value` against the `InvoicePagination` schema; reports every problem, each with a JSON pointer. */
export function validateInvoicePagination(value) {
  if (isInvoicePagination(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkInvoicePagination, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `InvoicePagination` schema. */
export function assertInvoicePagination(value) {
  if (!isInvoicePagination(value))
    throw new ValidationError('InvoicePagination', issuesOf(checkInvoicePagination, value));
}
function checkInvoicePagination(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const hasMore = obj.has_more;
    if (hasMore === undefined) {
      if (reject(errors, path, 'required', "must have required property 'has_more'")) return false;
    } else {
      if (
        typeof hasMore !== 'boolean' &&
        reject(errors, path + '/has_more', 'type', 'must be boolean')
      )
        return false;
    }
    const page = obj.page;
    if (page === undefined) {
      if (reject(errors, path, 'required', "must have required property 'page'")) return false;
    } else {
      if (
        (typeof page !== 'number' || !Number.isInteger(page)) &&
        reject(errors, path + '/page', 'type', 'must be integer')
      )
        return false;
    }
    const perPage = obj.per_page;
    if (perPage === undefined) {
      if (reject(errors, path, 'required', "must have required property 'per_page'")) return false;
    } else {
      if (
        (typeof perPage !== 'number' || !Number.isInteger(perPage)) &&
        reject(errors, path + '/per_page', 'type', 'must be integer')
      )
        return false;
    }
    const totalCount = obj.total_count;
    if (totalCount === undefined) {
      if (reject(errors, path, 'required', "must have required property 'total_count'"))
        return false;
    } else {
      if (
        (typeof totalCount !== 'number' || !Number.isInteger(totalCount)) &&
        reject(errors, path + '/total_count', 'type', 'must be integer')
      )
        return false;
    }
  }
  return true;
}
/** Whether `value` matches the `InvoiceHistoryResult` schema. Stops at the first problem. */
export function isInvoiceHistoryResult(value) {
  return checkInvoiceHistoryResult(value);
}
/** Checks `value` against the `InvoiceHistoryResult` schema; reports every problem, each with a JSON pointer. */
export function validateInvoiceHistoryResult(value) {
  if (isInvoiceHistoryResult(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkInvoiceHistoryResult, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `InvoiceHistoryResult` schema. */
export function assertInvoiceHistoryResult(value) {
  if (!isInvoiceHistoryResult(value))
    throw new ValidationError('InvoiceHistoryResult', issuesOf(checkInvoiceHistoryResult, value));
}
function checkInvoiceHistoryResult(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const invoices = obj.invoices;
    if (invoices === undefined) {
      if (reject(errors, path, 'required', "must have required property 'invoices'")) return false;
    } else {
      if (!Array.isArray(invoices)) {
        if (reject(errors, path + '/invoices', 'type', 'must be array')) return false;
      } else {
        const arr = invoices;
        for (let i = 0; i < arr.length; i++) {
          const item = arr[i];
          if (!checkInvoice(item, errors, errors && path + '/invoices/' + i)) return false;
        }
      }
    }
    const pagination = obj.pagination;
    if (pagination === undefined) {
      if (reject(errors, path, 'required', "must have required property 'pagination'"))
        return false;
    } else {
      if (!checkInvoicePagination(pagination, errors, errors && path + '/pagination')) return false;
    }
  }
  return true;
}
/** Whether `value` matches the `InvoiceHistoryResponse` schema. Stops at the first problem. */
export function isInvoiceHistoryResponse(value) {
  return checkInvoiceHistoryResponse(value);
}
/** Checks `value` against the `InvoiceHistoryResponse` schema; reports every problem, each with a JSON pointer. */
export function validateInvoiceHistoryResponse(value) {
  if (isInvoiceHistoryResponse(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkInvoiceHistoryResponse, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the `InvoiceHistoryResponse` schema. */
export function assertInvoiceHistoryResponse(value) {
  if (!isInvoiceHistoryResponse(value))
    throw new ValidationError(
      'InvoiceHistoryResponse',
      issuesOf(checkInvoiceHistoryResponse, value),
    );
}
function checkInvoiceHistoryResponse(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const errors2 = obj.errors;
    if (errors2 === undefined) {
      if (reject(errors, path, 'required', "must have required property 'errors'")) return false;
    } else {
      if (!Array.isArray(errors2)) {
        if (reject(errors, path + '/errors', 'type', 'must be array')) return false;
      } else {
        const arr = errors2;
        for (let i = 0; i < arr.length; i++) {
          const item = arr[i];
          if (!checkAiGatewayMessage(item, errors, errors && path + '/errors/' + i)) return false;
        }
      }
    }
    const messages = obj.messages;
    if (messages === undefined) {
      if (reject(errors, path, 'required', "must have required property 'messages'")) return false;
    } else {
      if (!Array.isArray(messages)) {
        if (reject(errors, path + '/messages', 'type', 'must be array')) return false;
      } else {
        const arr2 = messages;
        for (let i2 = 0; i2 < arr2.length; i2++) {
          const item2 = arr2[i2];
          if (!checkAiGatewayMessage(item2, errors, errors && path + '/messages/' + i2))
            return false;
        }
      }
    }
    const result = obj.result;
    if (result === undefined) {
      if (reject(errors, path, 'required', "must have required property 'result'")) return false;
    } else {
      if (!checkInvoiceHistoryResult(result, errors, errors && path + '/result')) return false;
    }
    const success = obj.success;
    if (success === undefined) {
      if (reject(errors, path, 'required', "must have required property 'success'")) return false;
    } else {
      if (success !== true && reject(errors, path + '/success', 'const', 'must be true'))
        return false;
      if (
        typeof success !== 'boolean' &&
        reject(errors, path + '/success', 'type', 'must be boolean')
      )
        return false;
    }
    const resultInfo = obj.result_info;
    if (resultInfo !== undefined) {
      if (!checkInvoicePagination(resultInfo, errors, errors && path + '/result_info'))
        return false;
    }
  }
  return true;
}
/** Whether `value` matches the parameters of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. Stops at the first problem. */
export function isListAiGatewayInvoiceHistoryParams(value) {
  return checkListAiGatewayInvoiceHistoryParams(value);
}
/** Checks `value` against the parameters of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`; reports every problem, each with a JSON pointer. */
export function validateListAiGatewayInvoiceHistoryParams(value) {
  if (isListAiGatewayInvoiceHistoryParams(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkListAiGatewayInvoiceHistoryParams, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the parameters of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. */
export function assertListAiGatewayInvoiceHistoryParams(value) {
  if (!isListAiGatewayInvoiceHistoryParams(value))
    throw new ValidationError(
      'ListAiGatewayInvoiceHistoryParams',
      issuesOf(checkListAiGatewayInvoiceHistoryParams, value),
    );
}
function checkListAiGatewayInvoiceHistoryParams(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const accountId = obj.account_id;
    if (accountId === undefined) {
      if (reject(errors, path, 'required', "must have required property 'account_id'"))
        return false;
    } else {
      if (typeof accountId !== 'string') {
        if (reject(errors, path + '/account_id', 'type', 'must be string')) return false;
      } else {
        if (
          accountId.length > 32 &&
          codePointLength(accountId) > 32 &&
          reject(errors, path + '/account_id', 'maxLength', 'must be at most 32 characters')
        )
          return false;
      }
    }
    const type = obj.type;
    if (type !== undefined) {
      if (
        type !== 'auto' &&
        type !== 'all' &&
        type !== 'manual' &&
        reject(errors, path + '/type', 'enum', 'must be one of "auto", "all", "manual"')
      )
        return false;
      if (typeof type !== 'string' && reject(errors, path + '/type', 'type', 'must be string'))
        return false;
    }
    const page = obj.page;
    if (page !== undefined) {
      if (
        (typeof page !== 'number' || !Number.isInteger(page)) &&
        reject(errors, path + '/page', 'type', 'must be integer')
      )
        return false;
      if (typeof page === 'number' && Number.isFinite(page)) {
        if (page < 1 && reject(errors, path + '/page', 'minimum', 'must be >= 1')) return false;
      }
    }
    const perPage = obj.per_page;
    if (perPage !== undefined) {
      if (
        (typeof perPage !== 'number' || !Number.isInteger(perPage)) &&
        reject(errors, path + '/per_page', 'type', 'must be integer')
      )
        return false;
      if (typeof perPage === 'number' && Number.isFinite(perPage)) {
        if (perPage < 1 && reject(errors, path + '/per_page', 'minimum', 'must be >= 1'))
          return false;
      }
    }
    for (const key in obj) {
      if (
        key !== 'account_id' &&
        key !== 'type' &&
        key !== 'page' &&
        key !== 'per_page' &&
        reject(
          errors,
          path,
          'additionalProperties',
          "must not have additional property '" + key + "'",
        )
      )
        return false;
    }
  }
  return true;
}
/** Whether `value` matches the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. Stops at the first problem. */
export function isListAiGatewayInvoiceHistoryResponse(value) {
  return checkListAiGatewayInvoiceHistoryResponse(value);
}
/** Checks `value` against the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`; reports every problem, each with a JSON pointer. */
export function validateListAiGatewayInvoiceHistoryResponse(value) {
  if (isListAiGatewayInvoiceHistoryResponse(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkListAiGatewayInvoiceHistoryResponse, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the 200 response body of `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`. */
export function assertListAiGatewayInvoiceHistoryResponse(value) {
  if (!isListAiGatewayInvoiceHistoryResponse(value))
    throw new ValidationError(
      'ListAiGatewayInvoiceHistoryResponse',
      issuesOf(checkListAiGatewayInvoiceHistoryResponse, value),
    );
}
function checkListAiGatewayInvoiceHistoryResponse(value, errors, path = '') {
  return checkInvoiceHistoryResponse(value, errors, path);
}
/** Whether `value` matches the parameters of `GET /user/billing/history`. Stops at the first problem. */
export function isListUserBillingHistoryParams(value) {
  return checkListUserBillingHistoryParams(value);
}
/** Checks `value` against the parameters of `GET /user/billing/history`; reports every problem, each with a JSON pointer. */
export function validateListUserBillingHistoryParams(value) {
  if (isListUserBillingHistoryParams(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkListUserBillingHistoryParams, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the parameters of `GET /user/billing/history`. */
export function assertListUserBillingHistoryParams(value) {
  if (!isListUserBillingHistoryParams(value))
    throw new ValidationError(
      'ListUserBillingHistoryParams',
      issuesOf(checkListUserBillingHistoryParams, value),
    );
}
function checkListUserBillingHistoryParams(value, errors, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (reject(errors, path, 'type', 'must be object')) return false;
  } else {
    const obj = value;
    const action = obj.action;
    if (action !== undefined) {
      if (typeof action !== 'string') {
        if (reject(errors, path + '/action', 'type', 'must be string')) return false;
      } else {
        if (
          action.length > 30 &&
          codePointLength(action) > 30 &&
          reject(errors, path + '/action', 'maxLength', 'must be at most 30 characters')
        )
          return false;
      }
    }
    const occurredAt = obj.occurred_at;
    if (occurredAt !== undefined) {
      if (typeof occurredAt !== 'string') {
        if (reject(errors, path + '/occurred_at', 'type', 'must be string')) return false;
      } else {
        if (
          !matchesDateTime(occurredAt) &&
          reject(errors, path + '/occurred_at', 'format', 'must be a valid date-time')
        )
          return false;
      }
    }
    const order = obj.order;
    if (order !== undefined) {
      if (
        order !== 'type' &&
        order !== 'occurred_at' &&
        order !== 'action' &&
        reject(errors, path + '/order', 'enum', 'must be one of "type", "occurred_at", "action"')
      )
        return false;
      if (typeof order !== 'string' && reject(errors, path + '/order', 'type', 'must be string'))
        return false;
    }
    const page = obj.page;
    if (page !== undefined) {
      if (typeof page !== 'number' || !Number.isFinite(page)) {
        if (reject(errors, path + '/page', 'type', 'must be number')) return false;
      } else {
        if (page < 1 && reject(errors, path + '/page', 'minimum', 'must be >= 1')) return false;
      }
    }
    const perPage = obj.per_page;
    if (perPage !== undefined) {
      if (typeof perPage !== 'number' || !Number.isFinite(perPage)) {
        if (reject(errors, path + '/per_page', 'type', 'must be number')) return false;
      } else {
        if (perPage < 5 && reject(errors, path + '/per_page', 'minimum', 'must be >= 5'))
          return false;
        if (perPage > 50 && reject(errors, path + '/per_page', 'maximum', 'must be <= 50'))
          return false;
      }
    }
    const type = obj.type;
    if (type !== undefined) {
      if (typeof type !== 'string') {
        if (reject(errors, path + '/type', 'type', 'must be string')) return false;
      } else {
        if (
          type.length > 30 &&
          codePointLength(type) > 30 &&
          reject(errors, path + '/type', 'maxLength', 'must be at most 30 characters')
        )
          return false;
      }
    }
    for (const key in obj) {
      if (
        key !== 'action' &&
        key !== 'occurred_at' &&
        key !== 'order' &&
        key !== 'page' &&
        key !== 'per_page' &&
        key !== 'type' &&
        reject(
          errors,
          path,
          'additionalProperties',
          "must not have additional property '" + key + "'",
        )
      )
        return false;
    }
  }
  return true;
}
/** Whether `value` matches the 200 response body of `GET /user/billing/history`. Stops at the first problem. */
export function isListUserBillingHistoryResponse(value) {
  return checkListUserBillingHistoryResponse(value);
}
/** Checks `value` against the 200 response body of `GET /user/billing/history`; reports every problem, each with a JSON pointer. */
export function validateListUserBillingHistoryResponse(value) {
  if (isListUserBillingHistoryResponse(value)) return { ok: true, value };
  return { ok: false, errors: issuesOf(checkListUserBillingHistoryResponse, value) };
}
/** Throws a ValidationError listing every problem unless `value` matches the 200 response body of `GET /user/billing/history`. */
export function assertListUserBillingHistoryResponse(value) {
  if (!isListUserBillingHistoryResponse(value))
    throw new ValidationError(
      'ListUserBillingHistoryResponse',
      issuesOf(checkListUserBillingHistoryResponse, value),
    );
}
function checkListUserBillingHistoryResponse(value, errors, path = '') {
  return checkBillingHistoryListResponse(value, errors, path);
}
