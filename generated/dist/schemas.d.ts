/**
 * The schemas of Cloudflare Billing API that several parts of the client share: their types and checks.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */

/**
 * The `ResponseInfo` schema.
 *
 * An error or message in a Cloudflare API envelope.
 */
export interface ResponseInfo {
  /** Cloudflare error or message code. */
  code: number;
  /** Human-readable error or message text. */
  message: string;
  /** Where to read more about this error or message. */
  documentation_url?: string;
  /** The part of the request that caused this error or message. */
  source?: {
    /** JSON pointer to the offending part of the request. */
    pointer?: string;
  };
}

/**
 * The `ApiResponseCommonFailure` schema.
 *
 * The Cloudflare failure envelope: `success` is `false`, `errors` holds at least one error and `result` is `null`.
 */
export interface ApiResponseCommonFailure {
  /** What went wrong; at least one error. */
  errors: ResponseInfo[];
  /** Informational messages. */
  messages: ResponseInfo[];
  /** Always `null` on failure. */
  result: null;
  /** Whether the API call was successful */
  success: false;
}

/**
 * The `AiGatewayMessage` schema.
 *
 * An error or message in an AI Gateway envelope. Unlike `ResponseInfo`, the code has no minimum (Cloudflare's reference example uses `0`).
 */
export interface AiGatewayMessage {
  /** Error or message code. */
  code: number;
  /** Human-readable error or message text. */
  message: string;
}

/**
 * The `AiGatewayResponseFailure` schema.
 *
 * The AI Gateway failure envelope: `success` is `false` and `errors` holds at least one error. Cloudflare's published schema does not require `messages` here.
 */
export interface AiGatewayResponseFailure {
  /** What went wrong; at least one error. */
  errors: AiGatewayMessage[];
  /** Informational messages. */
  messages?: AiGatewayMessage[];
  /** No result; Cloudflare's published schema allows an object or `null`. */
  result: { [key: string]: unknown } | null;
  /** Whether the API call was successful */
  success: false;
}

import type { IssueSink } from './runtime/index.js';
