/**
 * Every error the client throws. One base class so callers can catch "anything from this SDK"
 * with a single `instanceof CloudflareError`, and narrower classes for the cases worth handling.
 *
 * Rule for every class here: the message and the own properties are built only from the method,
 * the path template filled with path parameters, the status, and server-provided error entries that
 * went through the client's redaction. Never from headers, never from the credentials. `name` is
 * a literal per class (not `constructor.name`) because bundlers minify class names.
 *
 * Fields are `declare`d and copied from an init object by the base constructor (each class's
 * `*Init` interface says which): a fraction of the bundled size of one assignment per field, and
 * no constructor per class.
 */
import type { ValidationIssue } from './validation.js';

/** One entry of Cloudflare's `errors` / `messages` arrays, reduced to what is always there. */
export interface APIMessage {
  readonly code: number;
  readonly message: string;
}

/** Where a request was going: `path` is the path template filled in, without query string. */
export interface RequestTarget {
  readonly method: string;
  readonly path: string;
}

export class CloudflareError extends Error {
  override readonly name: string = 'CloudflareError';

  constructor(message: string, fields?: object, cause?: unknown) {
    // A caller's falsy cause (0, '') is still a cause: only undefined means none.
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, fields);
  }
}

/** Credentials for the operation were neither passed as options nor found in the environment. */
export class MissingCredentialsError extends CloudflareError {
  override readonly name: string = 'MissingCredentialsError';
}

export interface APIErrorInit extends RequestTarget {
  readonly status: number;
  readonly errors: readonly APIMessage[];
  readonly messages: readonly APIMessage[];
  /** The `cf-ray` header: quote it to Cloudflare support. */
  readonly requestId: string | null;
  /** How many HTTP attempts were made, retries included. */
  readonly attempts: number;
  /** What the server asked us to wait (Retry-After), so a caller can schedule its own retry. */
  readonly retryAfterMs: number | null;
}

/** The API answered with a non-2xx status or with `success: false`. */
export class CloudflareAPIError extends CloudflareError implements APIErrorInit {
  override readonly name: string = 'CloudflareAPIError';
  declare readonly status: number;
  declare readonly errors: readonly APIMessage[];
  declare readonly messages: readonly APIMessage[];
  declare readonly requestId: string | null;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly attempts: number;
  declare readonly retryAfterMs: number | null;
}

export class BadRequestError extends CloudflareAPIError {
  override readonly name: string = 'BadRequestError';
}
export class AuthenticationError extends CloudflareAPIError {
  override readonly name: string = 'AuthenticationError';
}
export class PermissionDeniedError extends CloudflareAPIError {
  override readonly name: string = 'PermissionDeniedError';
}
export class NotFoundError extends CloudflareAPIError {
  override readonly name: string = 'NotFoundError';
}
export class ConflictError extends CloudflareAPIError {
  override readonly name: string = 'ConflictError';
}
export class UnprocessableEntityError extends CloudflareAPIError {
  override readonly name: string = 'UnprocessableEntityError';
}
export class RateLimitError extends CloudflareAPIError {
  override readonly name: string = 'RateLimitError';
}
export class InternalServerError extends CloudflareAPIError {
  override readonly name: string = 'InternalServerError';
}
/** A 3xx (or a browser's opaque redirect, status 0). Never followed: see exchange.ts. */
export class RedirectError extends CloudflareAPIError {
  override readonly name: string = 'RedirectError';
}

export interface ConnectionErrorInit extends RequestTarget {
  readonly attempts: number;
}

/**
 * The request never got a complete response: DNS, refused or reset connection, broken body.
 * `cause` is a sanitised copy of what fetch threw (name, code, redacted message): never the
 * original, whose fields (undici's HTTPParserError `.data`) can hold raw bytes from the wire.
 */
export class APIConnectionError extends CloudflareError implements ConnectionErrorInit {
  override readonly name: string = 'APIConnectionError';
  declare readonly method: string;
  declare readonly path: string;
  declare readonly attempts: number;
}

/** An attempt outlived `timeoutMs`. A connection error too: it is retried the same way. */
export class APITimeoutError extends APIConnectionError {
  override readonly name: string = 'APITimeoutError';
}

/** The caller's AbortSignal fired. Never retried. */
export class APIUserAbortError extends CloudflareError implements RequestTarget {
  override readonly name: string = 'APIUserAbortError';
  declare readonly method: string;
  declare readonly path: string;

  constructor(info: RequestTarget) {
    super(`${info.method} ${info.path} was aborted`, info);
  }
}

export type InvalidResponseReason = 'too_large' | 'invalid_utf8' | 'invalid_json' | 'empty' | 'not_envelope';

export interface InvalidResponseInit extends RequestTarget {
  readonly status: number;
  readonly requestId: string | null;
  readonly reason: InvalidResponseReason;
  /** At most ~100 characters of the body, control characters replaced, credentials redacted. */
  readonly excerpt: string;
}

/** A 2xx response whose body we cannot use: too big, not UTF-8, not JSON, no `result`. */
export class InvalidResponseError extends CloudflareError implements InvalidResponseInit {
  override readonly name: string = 'InvalidResponseError';
  declare readonly status: number;
  declare readonly requestId: string | null;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly reason: InvalidResponseReason;
  declare readonly excerpt: string;
}

export interface RequestValidationInit extends RequestTarget {
  /** The first 100 problems, each with a JSON pointer into the params object (or the body). */
  readonly issues: readonly ValidationIssue[];
  /** Problems found beyond the first 100, counted but not kept. */
  readonly omitted: number;
}

/** The parameters break the operation's schema. Thrown before anything is sent. */
export class RequestValidationError extends CloudflareError implements RequestValidationInit {
  override readonly name: string = 'RequestValidationError';
  declare readonly issues: readonly ValidationIssue[];
  declare readonly omitted: number;
  declare readonly method: string;
  declare readonly path: string;
}

export interface ResponseValidationInit extends RequestValidationInit {
  readonly status: number;
  readonly requestId: string | null;
}

/** `validateResponses` is on and a 2xx body breaks the schema. */
export class ResponseValidationError extends CloudflareError implements ResponseValidationInit {
  override readonly name: string = 'ResponseValidationError';
  declare readonly issues: readonly ValidationIssue[];
  declare readonly omitted: number;
  declare readonly status: number;
  declare readonly requestId: string | null;
  declare readonly method: string;
  declare readonly path: string;
}

/** Auto-pagination fetched `maxPages` pages and the server still said there were more. */
export class PaginationLimitError extends CloudflareError implements RequestTarget {
  override readonly name: string = 'PaginationLimitError';
  declare readonly maxPages: number;
  declare readonly method: string;
  declare readonly path: string;

  constructor(info: RequestTarget, maxPages: number) {
    super(
      `${info.method} ${info.path}: more than ${maxPages} pages (client option maxPages); narrow the query or raise maxPages`,
      { method: info.method, path: info.path, maxPages },
    );
  }
}

const BY_STATUS: Readonly<Record<number, typeof CloudflareAPIError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The class for a status, so callers can `catch (e) { if (e instanceof NotFoundError) ... }`. */
export function apiErrorClass(status: number): typeof CloudflareAPIError {
  if (status >= 500) return InternalServerError;
  if (status < 200 || (status >= 300 && status < 400)) return RedirectError;
  return BY_STATUS[status] ?? CloudflareAPIError;
}
