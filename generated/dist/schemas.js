/**
 * The schemas of Cloudflare Billing API that several parts of the client share: their types and checks.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */

import { failConst, failMinItems, failMinimum, failRequired, failType } from './runtime/index.js';

export function checkResponseInfo(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (failType(sink, path, 'object')) return false;
  } else {
    const obj = value;
    const code = obj.code;
    if (code === undefined) {
      if (failRequired(sink, path, 'code')) return false;
    } else {
      if (typeof code !== 'number' || !Number.isInteger(code)) {
        if (failType(sink, path + '/code', 'integer')) return false;
      }
      if (typeof code === 'number' && Number.isFinite(code)) {
        if (code < 1000 && failMinimum(sink, path + '/code', 1000)) return false;
      }
    }
    const message = obj.message;
    if (message === undefined) {
      if (failRequired(sink, path, 'message')) return false;
    } else {
      if (typeof message !== 'string' && failType(sink, path + '/message', 'string')) return false;
    }
    const documentation_url = obj.documentation_url;
    if (documentation_url !== undefined) {
      if (typeof documentation_url !== 'string' && failType(sink, path + '/documentation_url', 'string')) return false;
    }
    const source = obj.source;
    if (source !== undefined) {
      if (typeof source !== 'object' || source === null || Array.isArray(source)) {
        if (failType(sink, path + '/source', 'object')) return false;
      } else {
        const obj2 = source;
        const pointer = obj2.pointer;
        if (pointer !== undefined) {
          if (typeof pointer !== 'string' && failType(sink, path + '/source/pointer', 'string')) return false;
        }
      }
    }
  }
  return true;
}

export function checkApiResponseCommonFailure(value, sink, path = '') {
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
        if (errors.length < 1 && failMinItems(sink, path + '/errors', 1)) return false;
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
      if (result !== null && failType(sink, path + '/result', 'null')) return false;
    }
    const success = obj.success;
    if (success === undefined) {
      if (failRequired(sink, path, 'success')) return false;
    } else {
      if (success !== false && failConst(sink, path + '/success')) return false;
      if (typeof success !== 'boolean' && failType(sink, path + '/success', 'boolean')) return false;
    }
  }
  return true;
}

export function checkAiGatewayMessage(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (failType(sink, path, 'object')) return false;
  } else {
    const obj = value;
    const code = obj.code;
    if (code === undefined) {
      if (failRequired(sink, path, 'code')) return false;
    } else {
      if ((typeof code !== 'number' || !Number.isInteger(code)) && failType(sink, path + '/code', 'integer'))
        return false;
    }
    const message = obj.message;
    if (message === undefined) {
      if (failRequired(sink, path, 'message')) return false;
    } else {
      if (typeof message !== 'string' && failType(sink, path + '/message', 'string')) return false;
    }
  }
  return true;
}

export function checkAiGatewayResponseFailure(value, sink, path = '') {
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
        if (errors.length < 1 && failMinItems(sink, path + '/errors', 1)) return false;
      }
    }
    const messages = obj.messages;
    if (messages !== undefined) {
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
      if (
        !((typeof result === 'object' && result !== null && !Array.isArray(result)) || result === null) &&
        failType(sink, path + '/result', 'object,null')
      )
        return false;
    }
    const success = obj.success;
    if (success === undefined) {
      if (failRequired(sink, path, 'success')) return false;
    } else {
      if (success !== false && failConst(sink, path + '/success')) return false;
      if (typeof success !== 'boolean' && failType(sink, path + '/success', 'boolean')) return false;
    }
  }
  return true;
}
