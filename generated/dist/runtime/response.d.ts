/**
 * From a Response to what a method resolves to, per ResponseKind, or to the error it throws.
 * Cloudflare's envelope (`{ success, errors, messages, result, result_info? }`) is unwrapped
 * here; a failed one becomes a typed error with the server's messages redacted.
 */
import type { Outcome } from './api-promise.js';
import type { Check, OperationSpec } from './descriptor.js';
import { CloudflareAPIError, type RequestTarget } from './errors.js';
import { type Redact } from './redact.js';
/** What reading a response needs from the client. */
export interface Reading {
    readonly maxBytes: number;
    readonly redact: Redact;
    /** Response checks by operation, when `validateResponses` is on. */
    readonly checks: ReadonlyMap<OperationSpec, Check> | undefined;
    /** The base URL, to resolve a redirect's Location against. */
    readonly base: string;
}
export declare function isRecord(value: unknown): value is Readonly<Record<string, unknown>>;
/** A 2xx response's value per the operation's ResponseKind, with the parsed body it came from (pagination reads it). */
export declare function readSuccess(r: Reading, op: OperationSpec, target: RequestTarget, response: Response, attempt: number): Promise<Outcome>;
/**
 * A body read with the size limit: a Blob, a string, or parsed JSON. `loose` is raw's rule (as
 * openapi-fetch's): any Content-Type is parsed, and an empty body is undefined; otherwise a JSON
 * body must say so in its Content-Type (when it has one) and must not be empty.
 */
export declare function decodeBody(r: Reading, kind: 'json' | 'text' | 'binary', target: RequestTarget, response: Response, loose: boolean): Promise<unknown>;
/**
 * The error for a non-2xx response (its body read up to the limit, the rest dropped: the status
 * alone still gives the class), or for a 3xx, which is never followed.
 */
export declare function readFailure(r: Reading, target: RequestTarget, response: Response, attempt: number): Promise<CloudflareAPIError>;
/** The error for a non-2xx response or a `success: false` body. `detail` overrides the summary. */
export declare function failureError(r: Reading, target: RequestTarget, response: Response, attempts: number, body: unknown, detail?: string): CloudflareAPIError;
