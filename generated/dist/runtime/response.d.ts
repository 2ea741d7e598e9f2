/**
 * From a Response to what a method resolves to, per ResponseKind, or to the error it throws.
 * Cloudflare's envelope (`{ success, errors, messages, result, result_info? }`) is unwrapped
 * here; a failed one becomes a typed error with the server's messages redacted.
 *
 * Every error about a response starts the same way (`responseError`).
 */
import type { Outcome } from './api-promise.js';
import type { OperationSpec, ResponseChecks, ResponseKind } from './descriptor.js';
import { type CloudflareAPIError, type RequestTarget } from './errors.js';
import { type Redact } from './redact.js';
/** What reading a response needs from the client. */
export interface Reading {
    readonly maxBytes: number;
    readonly redact: Redact;
    /** The option `validateResponses`: checks a 2xx body, throwing ResponseValidationError. */
    readonly checks: ResponseChecks | undefined;
    /** The base URL, to resolve a redirect's Location against. */
    readonly base: string;
}
/**
 * A 2xx response's value per the operation's ResponseKind, with the body it came from
 * (pagination reads it): the envelope rules, response validation, and the value unwrapped.
 */
export declare function readSuccess(r: Reading, op: OperationSpec, target: RequestTarget, response: Response, attempt: number): Promise<Outcome>;
/**
 * A body read with the size limit: a Blob (`binary`), a string (`text`), or parsed JSON (the
 * other kinds). `loose` is raw's rule (as openapi-fetch's): any Content-Type is parsed, and an
 * empty body is undefined; otherwise a JSON body must say so in its Content-Type (when it has
 * one) and must not be empty, unless `emptyOk` (an operation that declares a bodiless 2XX too).
 */
export declare function decodeBody(r: Reading, kind: ResponseKind, target: RequestTarget, response: Response, loose?: boolean, emptyOk?: boolean | undefined): Promise<unknown>;
/**
 * An error about a response: "GET /path failed with status 200: `problem`", with the method,
 * path, status and request id before the class's own `fields`.
 */
export declare function responseError<E>(ErrorClass: new (message: string, fields: object) => E, target: RequestTarget, response: Response, problem: string, fields: object): E;
/**
 * The error for a non-2xx response (its body read up to the limit, the rest dropped: the status
 * alone still gives the class), or for a 3xx, which is never followed: its message names only
 * the target's origin (redacted: a hostile server can put a credential in the host name, which
 * the URL parser lower-cases).
 */
export declare function readFailure(r: Reading, target: RequestTarget, response: Response, attempt: number): Promise<CloudflareAPIError>;
/** A non-2xx body as text, cut at the size limit. */
export declare function errorText(r: Reading, response: Response): Promise<string>;
/**
 * The error for a non-2xx response or a `success: false` body: the server's error entries, else
 * `detail`, say what went wrong.
 */
export declare function failureError(r: Reading, target: RequestTarget, response: Response, attempts: number, body: unknown, detail?: string): CloudflareAPIError;
