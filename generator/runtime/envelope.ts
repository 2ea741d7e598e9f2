/**
 * Cloudflare's response envelope: `{ success, errors, messages, result, result_info? }`. Turning a
 * failed one into a typed error, and a successful one into what the SDK method resolves to.
 */
import type { Redact } from './auth.js';
import type { OperationDescriptor } from './core.js';
import { apiErrorClass, type CloudflareAPIError, type RequestTarget, type APIMessage } from './errors.js';
import { parseRetryAfter } from './retry.js';

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An error for a non-2xx response or a `success: false` body. `detail` overrides the summary. */
export function apiError(
  response: Response,
  body: unknown,
  info: RequestTarget,
  attempts: number,
  redact: Redact,
  detail?: string,
): CloudflareAPIError {
  const status = response.status;
  const errors = entries(isRecord(body) ? body['errors'] : undefined, redact);
  const messages = entries(isRecord(body) ? body['messages'] : undefined, redact);
  const summary =
    detail ??
    (errors.length > 0
      ? errors.map((e) => `${e.message} (code ${e.code})`).join('; ')
      : status < 300
        ? 'the response says success: false'
        : 'no error details in the response');
  const ErrorClass = apiErrorClass(status);
  return new ErrorClass(`${info.method} ${info.path} failed with status ${status}: ${summary}`, {
    method: info.method,
    path: info.path,
    status,
    errors,
    messages,
    requestId: response.headers.get('cf-ray'),
    attempts,
    retryAfterMs: parseRetryAfter(response.headers),
  });
}

/** `{ code, message }` entries, tolerating anything else the server may send. */
function entries(value: unknown, redact: Redact): APIMessage[] {
  if (!Array.isArray(value)) return [];
  const out: APIMessage[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const code = Number(item['code']);
    const message = item['message'];
    out.push({ code: Number.isFinite(code) ? code : 0, message: typeof message === 'string' ? redact(message) : '' });
  }
  return out;
}

/** True if a 2xx envelope body reports `success: false` (only for enveloped operations). */
export function reportsFailure(op: OperationDescriptor<unknown, unknown>, body: unknown): boolean {
  return op.unwrap !== 'body' && isRecord(body) && body['success'] === false;
}

/** True if an enveloped operation's body has the `result` member it must have. */
export function hasResult(op: OperationDescriptor<unknown, unknown>, body: unknown): boolean {
  return op.unwrap === 'body' || (isRecord(body) && 'result' in body);
}

/** What the SDK method resolves to: `result`, `{ result, result_info }`, or the body itself. */
export function unwrap(op: OperationDescriptor<unknown, unknown>, body: unknown): unknown {
  if (op.unwrap === 'body' || !isRecord(body)) return body;
  if (op.unwrap === 'result') return body['result'];
  return 'result_info' in body
    ? { result: body['result'], result_info: body['result_info'] }
    : { result: body['result'] };
}
