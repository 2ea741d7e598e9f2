/**
 * Every error the client throws. One base class so callers can catch "anything from this SDK"
 * with a single `instanceof CloudflareError`, and narrower classes for the cases worth handling.
 *
 * Rule for every class here: the message and the own properties are built only from the method,
 * the path template filled with path parameters, the status, and server-provided error entries that
 * went through the client's redaction. Never from headers, never from the credentials. `name` is
 * a literal string per class (not `constructor.name`) because bundlers minify class names.
 */
import type { ValidationIssue } from './validation.js';

/** One entry of Cloudflare's `errors` / `messages` arrays, reduced to what is always there. */
export interface ResponseInfo {
  readonly code: number;
  readonly message: string;
}

/** Where a request was going: `path` is the path template filled in, without query string. */
export interface RequestInfo {
  readonly method: string;
  readonly path: string;
}

export class CloudflareError extends Error {
  override readonly name: string = 'CloudflareError';
}

/** Credentials for the operation were neither passed as options nor found in the environment. */
export class MissingCredentialsError extends CloudflareError {
  override readonly name: string = 'MissingCredentialsError';
}

export interface APIErrorInit extends RequestInfo {
  readonly status: number;
  readonly errors: readonly ResponseInfo[];
  readonly messages: readonly ResponseInfo[];
  readonly requestId: string | null;
  readonly attempts: number;
  /** What the server asked us to wait (Retry-After), so a caller can schedule its own retry. */
  readonly retryAfterMs: number | null;
}

/** The API answered with a non-2xx status or with `success: false`. */
export class CloudflareAPIError extends CloudflareError {
  override readonly name: string = 'CloudflareAPIError';
  readonly status: number;
  readonly errors: readonly ResponseInfo[];
  readonly messages: readonly ResponseInfo[];
  /** The `cf-ray` header: quote it to Cloudflare support. */
  readonly requestId: string | null;
  readonly method: string;
  readonly path: string;
  /** How many HTTP attempts were made, retries included. */
  readonly attempts: number;
  readonly retryAfterMs: number | null;

  constructor(message: string, init: APIErrorInit) {
    super(message);
    this.status = init.status;
    this.errors = init.errors;
    this.messages = init.messages;
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
    this.attempts = init.attempts;
    this.retryAfterMs = init.retryAfterMs;
  }
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
/** A 3xx we would not follow: another origin, a non-GET method, too many hops, or opaque (status 0). */
export class RedirectError extends CloudflareAPIError {
  override readonly name: string = 'RedirectError';
}

/** The request never got a complete response: DNS, refused or reset connection, broken body. */
export class APIConnectionError extends CloudflareError {
  override readonly name: string = 'APIConnectionError';
  readonly method: string;
  readonly path: string;
  readonly attempts: number;

  constructor(message: string, info: RequestInfo, attempts: number, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.method = info.method;
    this.path = info.path;
    this.attempts = attempts;
  }
}

/** An attempt outlived `timeoutMs`. A connection error too: it is retried the same way. */
export class APITimeoutError extends APIConnectionError {
  override readonly name: string = 'APITimeoutError';
}

/** The caller's AbortSignal fired. Never retried. */
export class APIUserAbortError extends CloudflareError {
  override readonly name: string = 'APIUserAbortError';
  readonly method: string;
  readonly path: string;

  constructor(info: RequestInfo) {
    super(`${info.method} ${info.path} was aborted`);
    this.method = info.method;
    this.path = info.path;
  }
}

export type InvalidResponseReason = 'too_large' | 'invalid_utf8' | 'invalid_json' | 'empty' | 'not_envelope';

export interface InvalidResponseInit extends RequestInfo {
  readonly status: number;
  readonly requestId: string | null;
  readonly reason: InvalidResponseReason;
  /** At most ~100 characters of the body, control characters replaced, credentials redacted. */
  readonly excerpt: string;
}

/** A 2xx response whose body we cannot use: too big, not UTF-8, not JSON, no `result`. */
export class InvalidResponseError extends CloudflareError {
  override readonly name: string = 'InvalidResponseError';
  readonly status: number;
  readonly requestId: string | null;
  readonly method: string;
  readonly path: string;
  readonly reason: InvalidResponseReason;
  readonly excerpt: string;

  constructor(message: string, init: InvalidResponseInit) {
    super(message);
    this.status = init.status;
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
    this.reason = init.reason;
    this.excerpt = init.excerpt;
  }
}

/** The parameters break the operation's schema. Thrown before anything is sent. */
export class RequestValidationError extends CloudflareError {
  override readonly name: string = 'RequestValidationError';
  readonly issues: readonly ValidationIssue[];
  readonly method: string;
  readonly path: string;

  constructor(message: string, info: RequestInfo, issues: readonly ValidationIssue[]) {
    super(message);
    this.issues = issues;
    this.method = info.method;
    this.path = info.path;
  }
}

/** `validateResponses` is on and a 2xx body breaks the schema. */
export class ResponseValidationError extends CloudflareError {
  override readonly name: string = 'ResponseValidationError';
  readonly issues: readonly ValidationIssue[];
  readonly status: number;
  readonly requestId: string | null;
  readonly method: string;
  readonly path: string;

  constructor(message: string, init: RequestInfo & { readonly status: number; readonly requestId: string | null }, issues: readonly ValidationIssue[]) {
    super(message);
    this.issues = issues;
    this.status = init.status;
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
  }
}

/** Auto-pagination fetched `maxPages` pages and the server still said there were more. */
export class PaginationLimitError extends CloudflareError {
  override readonly name: string = 'PaginationLimitError';
  readonly maxPages: number;
  readonly method: string;
  readonly path: string;

  constructor(info: RequestInfo, maxPages: number) {
    super(
      `${info.method} ${info.path}: stopped after ${maxPages} pages and the server still reports more; ` +
        'narrow the query, iterate with explicit page numbers, or raise the client option maxPages',
    );
    this.maxPages = maxPages;
    this.method = info.method;
    this.path = info.path;
  }
}

/** The class for a status, so callers can `catch (e) { if (e instanceof NotFoundError) ... }`. */
export function apiErrorClass(status: number): typeof CloudflareAPIError {
  if (status >= 500) return InternalServerError;
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 422:
      return UnprocessableEntityError;
    case 429:
      return RateLimitError;
    default:
      return status === 0 || (status >= 300 && status < 400) ? RedirectError : CloudflareAPIError;
  }
}
