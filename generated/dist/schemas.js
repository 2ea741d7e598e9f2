/**
 * The schemas of Cloudflare Billing API that several parts of the client share: their types and checks.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */

import { fail } from './runtime/index.js';

export function checkResponseInfo(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (fail(sink, path, 'type', 'object')) return false;
  } else {
    const obj = value;
    const code = obj.code;
    if (code === undefined) {
      if (fail(sink, path, 'required', 'code')) return false;
    } else {
      if (typeof code !== 'number' || !Number.isInteger(code)) {
        if (fail(sink, path + '/code', 'type', 'integer')) return false;
      }
      if (typeof code === 'number' && Number.isFinite(code)) {
        if (code < 1000 && fail(sink, path + '/code', 'minimum', 1000)) return false;
      }
    }
    const message = obj.message;
    if (message === undefined) {
      if (fail(sink, path, 'required', 'message')) return false;
    } else {
      if (typeof message !== 'string' && fail(sink, path + '/message', 'type', 'string')) return false;
    }
    const documentation_url = obj.documentation_url;
    if (documentation_url !== undefined) {
      if (typeof documentation_url !== 'string' && fail(sink, path + '/documentation_url', 'type', 'string'))
        return false;
    }
    const source = obj.source;
    if (source !== undefined) {
      if (typeof source !== 'object' || source === null || Array.isArray(source)) {
        if (fail(sink, path + '/source', 'type', 'object')) return false;
      } else {
        const obj2 = source;
        const pointer = obj2.pointer;
        if (pointer !== undefined) {
          if (typeof pointer !== 'string' && fail(sink, path + '/source/pointer', 'type', 'string')) return false;
        }
      }
    }
  }
  return true;
}

export function checkApiResponseCommonFailure(value, sink, path = '') {
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
        if (errors.length < 1 && fail(sink, path + '/errors', 'minItems', 1)) return false;
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
      if (result !== null && fail(sink, path + '/result', 'type', 'null')) return false;
    }
    const success = obj.success;
    if (success === undefined) {
      if (fail(sink, path, 'required', 'success')) return false;
    } else {
      if (success !== false && fail(sink, path + '/success', 'const')) return false;
      if (typeof success !== 'boolean' && fail(sink, path + '/success', 'type', 'boolean')) return false;
    }
  }
  return true;
}

export function checkAiGatewayMessage(value, sink, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (fail(sink, path, 'type', 'object')) return false;
  } else {
    const obj = value;
    const code = obj.code;
    if (code === undefined) {
      if (fail(sink, path, 'required', 'code')) return false;
    } else {
      if ((typeof code !== 'number' || !Number.isInteger(code)) && fail(sink, path + '/code', 'type', 'integer'))
        return false;
    }
    const message = obj.message;
    if (message === undefined) {
      if (fail(sink, path, 'required', 'message')) return false;
    } else {
      if (typeof message !== 'string' && fail(sink, path + '/message', 'type', 'string')) return false;
    }
  }
  return true;
}

export function checkAiGatewayResponseFailure(value, sink, path = '') {
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
        if (errors.length < 1 && fail(sink, path + '/errors', 'minItems', 1)) return false;
      }
    }
    const messages = obj.messages;
    if (messages !== undefined) {
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
      if (
        !((typeof result === 'object' && result !== null && !Array.isArray(result)) || result === null) &&
        fail(sink, path + '/result', 'type', 'object,null')
      )
        return false;
    }
    const success = obj.success;
    if (success === undefined) {
      if (fail(sink, path, 'required', 'success')) return false;
    } else {
      if (success !== false && fail(sink, path + '/success', 'const')) return false;
      if (typeof success !== 'boolean' && fail(sink, path + '/success', 'type', 'boolean')) return false;
    }
  }
  return true;
}
