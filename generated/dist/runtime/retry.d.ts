/**
 * When to retry and how long to wait. Same policy as the official SDK (retry 408, 409, 429, 5xx,
 * connection errors and timeouts; 0.5 s * 2^n backoff capped at 8 s, minus up to 25% jitter), with
 * one difference: a Retry-After above RETRY_AFTER_CAP_MS makes us give up at once and throw the
 * error (it carries `retryAfterMs`), instead of either hanging for an hour or hammering a server
 * that asked us to stay away.
 */
import { type CloudflareError } from './errors.js';
import type { Context, Prepared } from './exchange.js';
/**
 * The retry policy: whether to try `request` again after `failure` on attempt `attempt`, having
 * waited the backoff (or the server's Retry-After) when it says yes. Throws APIUserAbortError when
 * the caller's signal fires during the wait.
 */
export type RetryPolicy = (ctx: Context, request: Prepared, failure: CloudflareError, attempt: number) => Promise<boolean>;
/**
 * The `retries` policy (RetryPolicy): built into the default factory, an opt-in of the lite one
 * (`retries` among its options), so that a lite app that does not retry does not bundle it.
 */
export declare const retries: RetryPolicy;
export declare const MAX_BACKOFF_MS = 8000;
export declare const RETRY_AFTER_CAP_MS = 60000;
/** 408, 409, 429 and 5xx; timeouts are APIConnectionErrors too; user aborts, redirects and the rest are final. */
export declare function isRetryable(error: CloudflareError): boolean;
/**
 * The server's hint in milliseconds: `retry-after-ms` (non-standard), else `Retry-After`
 * (delay-seconds or HTTP-date). Zero, a date in the past or an unparseable value is no hint
 * (null): the normal backoff applies, so a misconfigured server cannot make us retry in a loop.
 */
export declare function parseRetryAfter(headers: Headers, now?: number): number | null;
/**
 * Milliseconds to wait before retry number `retry` (1-based), or -1 to give up now because the
 * server asked for more than RETRY_AFTER_CAP_MS.
 */
export declare function retryDelay(retry: number, retryAfterMs: number | null, baseMs: number): number;
/** Wait `ms`, waking early if `signal` aborts. Resolves true if it was aborted. */
export declare function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean>;
