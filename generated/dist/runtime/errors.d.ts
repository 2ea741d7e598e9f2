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
export declare class CloudflareError extends Error {
    readonly name: string;
    constructor(message: string, fields?: object, cause?: unknown);
}
/** Credentials for the operation were neither passed as options nor found in the environment. */
export declare class MissingCredentialsError extends CloudflareError {
    readonly name: string;
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
export declare class CloudflareAPIError extends CloudflareError implements APIErrorInit {
    readonly name: string;
    readonly status: number;
    readonly errors: readonly APIMessage[];
    readonly messages: readonly APIMessage[];
    readonly requestId: string | null;
    readonly method: string;
    readonly path: string;
    readonly attempts: number;
    readonly retryAfterMs: number | null;
}
export declare class BadRequestError extends CloudflareAPIError {
    readonly name: string;
}
export declare class AuthenticationError extends CloudflareAPIError {
    readonly name: string;
}
export declare class PermissionDeniedError extends CloudflareAPIError {
    readonly name: string;
}
export declare class NotFoundError extends CloudflareAPIError {
    readonly name: string;
}
export declare class ConflictError extends CloudflareAPIError {
    readonly name: string;
}
export declare class UnprocessableEntityError extends CloudflareAPIError {
    readonly name: string;
}
export declare class RateLimitError extends CloudflareAPIError {
    readonly name: string;
}
export declare class InternalServerError extends CloudflareAPIError {
    readonly name: string;
}
/** A 3xx (or a browser's opaque redirect, status 0). Never followed: see exchange.ts. */
export declare class RedirectError extends CloudflareAPIError {
    readonly name: string;
}
export interface ConnectionErrorInit extends RequestTarget {
    readonly attempts: number;
}
/**
 * The request never got a complete response: DNS, refused or reset connection, broken body.
 * `cause` is a sanitised copy of what fetch threw (name, code, redacted message): never the
 * original, whose fields (undici's HTTPParserError `.data`) can hold raw bytes from the wire.
 */
export declare class APIConnectionError extends CloudflareError implements ConnectionErrorInit {
    readonly name: string;
    readonly method: string;
    readonly path: string;
    readonly attempts: number;
}
/** An attempt outlived `timeoutMs`. A connection error too: it is retried the same way. */
export declare class APITimeoutError extends APIConnectionError {
    readonly name: string;
}
/** The caller's AbortSignal fired. Never retried. */
export declare class APIUserAbortError extends CloudflareError implements RequestTarget {
    readonly name: string;
    readonly method: string;
    readonly path: string;
    constructor(info: RequestTarget);
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
export declare class InvalidResponseError extends CloudflareError implements InvalidResponseInit {
    readonly name: string;
    readonly status: number;
    readonly requestId: string | null;
    readonly method: string;
    readonly path: string;
    readonly reason: InvalidResponseReason;
    readonly excerpt: string;
}
export interface RequestValidationInit extends RequestTarget {
    /** The first 100 problems, each with a JSON pointer into the params object (or the body). */
    readonly issues: readonly ValidationIssue[];
    /** Problems found beyond the first 100, counted but not kept. */
    readonly omitted: number;
}
/** The parameters break the operation's schema. Thrown before anything is sent. */
export declare class RequestValidationError extends CloudflareError implements RequestValidationInit {
    readonly name: string;
    readonly issues: readonly ValidationIssue[];
    readonly omitted: number;
    readonly method: string;
    readonly path: string;
}
export interface ResponseValidationInit extends RequestValidationInit {
    readonly status: number;
    readonly requestId: string | null;
}
/** `validateResponses` is on and a 2xx body breaks the schema. */
export declare class ResponseValidationError extends CloudflareError implements ResponseValidationInit {
    readonly name: string;
    readonly issues: readonly ValidationIssue[];
    readonly omitted: number;
    readonly status: number;
    readonly requestId: string | null;
    readonly method: string;
    readonly path: string;
}
/** Auto-pagination fetched `maxPages` pages and the server still said there were more. */
export declare class PaginationLimitError extends CloudflareError implements RequestTarget {
    readonly name: string;
    readonly maxPages: number;
    readonly method: string;
    readonly path: string;
    constructor(info: RequestTarget, maxPages: number);
}
/** The class for a status, so callers can `catch (e) { if (e instanceof NotFoundError) ... }`. */
export declare function apiErrorClass(status: number): typeof CloudflareAPIError;
