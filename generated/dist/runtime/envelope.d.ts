/**
 * Cloudflare's response envelope: `{ success, errors, messages, result, result_info? }`. Turning a
 * failed one into a typed error, and a successful one into what the SDK method resolves to.
 */
import type { Redact } from './auth.js';
import type { OperationDescriptor } from './core.js';
import { type CloudflareAPIError, type RequestTarget } from './errors.js';
export declare function isRecord(value: unknown): value is Readonly<Record<string, unknown>>;
/** An error for a non-2xx response or a `success: false` body. `detail` overrides the summary. */
export declare function apiError(
  response: Response,
  body: unknown,
  info: RequestTarget,
  attempts: number,
  redact: Redact,
  detail?: string,
): CloudflareAPIError;
/** True if a 2xx envelope body reports `success: false` (only for enveloped operations). */
export declare function reportsFailure(
  op: OperationDescriptor<unknown, unknown>,
  body: unknown,
): boolean;
/** True if an enveloped operation's body has the `result` member it must have. */
export declare function hasResult(
  op: OperationDescriptor<unknown, unknown>,
  body: unknown,
): boolean;
/** What the SDK method resolves to: `result`, `{ result, result_info }`, or the body itself. */
export declare function unwrap(op: OperationDescriptor<unknown, unknown>, body: unknown): unknown;
