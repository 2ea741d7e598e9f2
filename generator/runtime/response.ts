/**
 * From a Response to what a method resolves to, per ResponseKind, or to the error it throws.
 * Cloudflare's envelope (`{ success, errors, messages, result, result_info? }`) is unwrapped
 * here; a failed one becomes a typed error with the server's messages redacted.
 *
 * Every error about a response starts the same way (`responseError`).
 */
import type { Outcome } from './api-promise.js';
import type { OperationSpec, ResponseChecks, ResponseKind } from './descriptor.js';
import {
  apiErrorClass,
  InvalidResponseError,
  RedirectError,
  type APIMessage,
  type CloudflareAPIError,
  type InvalidResponseReason,
  type RequestTarget,
} from './errors.js';
import { itemsAt } from './pages.js';
import { decodeUtf8, discard, readBytes } from './read.js';
import { excerpt, requestId, type Redact } from './redact.js';
import { parseRetryAfter } from './retry.js';

/** What reading a response needs from the client. */
export interface Reading {
  readonly maxBytes: number;
  readonly redact: Redact;
  /** The option `validateResponses`: checks a 2xx body, throwing ResponseValidationError. */
  readonly checks: ResponseChecks | undefined;
  /** The base URL, to resolve a redirect's Location against. */
  readonly base: string;
}

/** A JSON body's fields; anything else (an array, a string, null) reads as having none. */
type Fields = Readonly<Record<string, unknown>> | undefined;

/**
 * A 2xx response's value per the operation's ResponseKind, with the body it came from
 * (pagination reads it): the envelope rules, response validation, and the value unwrapped.
 */
export async function readSuccess(
  r: Reading,
  op: OperationSpec,
  target: RequestTarget,
  response: Response,
  attempt: number,
): Promise<Outcome> {
  const kind = op.response;
  let data: unknown;
  let body: unknown;
  if (kind === 'empty' || op.method === 'HEAD') discard(response);
  else {
    data = body = await decodeBody(r, kind, target, response, false, op.orEmpty);
    // Only an `orEmpty` operation's empty body decodes to undefined: it resolves to that.
    if (body !== undefined && kind !== 'text' && kind !== 'binary') {
      const fields = body as Fields;
      const enveloped = kind !== 'json';
      if (enveloped && fields?.['success'] === false)
        throw failureError(r, target, response, attempt, body, 'success: false');
      r.checks?.(op, body, target, response, r.redact);
      const items = op.pagination?.items;
      const problem =
        enveloped && fields?.['result'] === undefined
          ? 'has no result'
          : items && !itemsAt(body, items)
            ? `has no list at ${items.join('.')}`
            : '';
      if (problem) throw invalid(r, target, response, 'not_envelope', problem);
      if (enveloped) {
        const { result, result_info } = fields!;
        data = kind === 'result' ? result : 'result_info' in fields! ? { result, result_info } : { result };
      }
    }
  }
  return { data, body, response };
}

/**
 * A body read with the size limit: a Blob (`binary`), a string (`text`), or parsed JSON (the
 * other kinds). `loose` is raw's rule (as openapi-fetch's): any Content-Type is parsed, and an
 * empty body is undefined; otherwise a JSON body must say so in its Content-Type (when it has
 * one) and must not be empty, unless `emptyOk` (an operation that declares a bodiless 2XX too).
 */
export async function decodeBody(
  r: Reading,
  kind: ResponseKind,
  target: RequestTarget,
  response: Response,
  loose?: boolean,
  emptyOk: boolean | undefined = loose,
): Promise<unknown> {
  const bytes = await readBytes(response, r.maxBytes);
  if (!bytes) throw invalid(r, target, response, 'too_large', `is over maxResponseBytes (${r.maxBytes})`);
  if (kind === 'binary')
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: response.headers.get('content-type') ?? '' });
  const text = decodeUtf8(bytes);
  if (text === null) throw invalid(r, target, response, 'invalid_utf8', 'is not UTF-8');
  if (kind === 'text') return text;
  if (emptyOk && !text) return undefined;
  const type = response.headers.get('content-type');
  if (!loose && type !== null && !/json/i.test(type))
    throw invalid(r, target, response, 'invalid_json', `is ${excerpt(type.split(';')[0]!, r.redact)}, not JSON`, text);
  try {
    return JSON.parse(text);
  } catch {
    throw text.trim()
      ? invalid(r, target, response, 'invalid_json', 'is not JSON', text)
      : invalid(r, target, response, 'empty', 'is empty');
  }
}

/**
 * An error about a response: "GET /path failed with status 200: `problem`", with the method,
 * path, status and request id before the class's own `fields`.
 */
export function responseError<E>(
  ErrorClass: new (message: string, fields: object) => E,
  target: RequestTarget,
  response: Response,
  problem: string,
  fields: object,
): E {
  const status = response.status;
  return new ErrorClass(`${target.method} ${target.path} failed with status ${status}: ${problem}`, {
    ...target,
    status,
    requestId: requestId(response.headers),
    ...fields,
  });
}

/** A 2xx body we cannot use, with a redacted excerpt of `text`. */
function invalid(
  r: Reading,
  target: RequestTarget,
  response: Response,
  reason: InvalidResponseReason,
  problem: string,
  text = '',
): InvalidResponseError {
  const excerpted = excerpt(text, r.redact);
  return responseError(InvalidResponseError, target, response, `body ${problem}${excerpted && `: ${excerpted}`}`, {
    reason,
    excerpt: excerpted,
  });
}

/**
 * The error for a non-2xx response (its body read up to the limit, the rest dropped: the status
 * alone still gives the class), or for a 3xx, which is never followed: its message names only
 * the target's origin (redacted: a hostile server can put a credential in the host name, which
 * the URL parser lower-cases).
 */
export async function readFailure(
  r: Reading,
  target: RequestTarget,
  response: Response,
  attempt: number,
): Promise<CloudflareAPIError> {
  let body: unknown;
  let detail: string | undefined;
  if (apiErrorClass(response.status) === RedirectError) {
    discard(response);
    const location = response.headers.get('location');
    let to = '';
    try {
      if (location) to = ` to ${excerpt(new URL(location, r.base).origin, r.redact, 200)}`;
    } catch {
      // an unparseable Location: say nothing about it
    }
    detail = `redirected${to}, not followed`;
  } else {
    const text = await errorText(r, response);
    try {
      body = JSON.parse(text);
    } catch {
      // an HTML error page from a proxy: the status says enough
    }
  }
  return failureError(r, target, response, attempt, body, detail);
}

/** A non-2xx body as text, cut at the size limit. */
export async function errorText(r: Reading, response: Response): Promise<string> {
  // Leniently: in an error body, a few replacement characters do no harm.
  return new TextDecoder().decode((await readBytes(response, r.maxBytes, true))!);
}

/**
 * The error for a non-2xx response or a `success: false` body: the server's error entries, else
 * `detail`, say what went wrong.
 */
export function failureError(
  r: Reading,
  target: RequestTarget,
  response: Response,
  attempts: number,
  body: unknown,
  detail = 'no error details',
): CloudflareAPIError {
  const errors = entries(r, (body as Fields)?.['errors']);
  const summary = errors
    .slice(0, 5)
    .map((e) => `${e.message} (code ${e.code})`)
    .join('; ');
  return responseError(apiErrorClass(response.status), target, response, summary || detail, {
    errors,
    messages: entries(r, (body as Fields)?.['messages']),
    attempts,
    retryAfterMs: parseRetryAfter(response.headers),
  });
}

/** `{ code, message }` entries (at most 20, messages redacted and cut), tolerating anything else. */
function entries(r: Reading, value: unknown): APIMessage[] {
  return Array.isArray(value)
    ? value
        .slice(0, 20)
        .filter((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
        .map(({ code, message }) => ({
          code: isFinite(Number(code)) ? Number(code) : 0,
          message: typeof message === 'string' ? excerpt(message, r.redact, 500) : '',
        }))
    : [];
}
