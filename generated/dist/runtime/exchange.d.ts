/**
 * One call over the network: attempts, timeouts, retries with backoff, and the mapping of what
 * fetch throws to typed errors. It knows nothing about operations: methods and `raw` each say
 * what a 2xx and a non-2xx response become.
 */
import type { ApiSpec } from './descriptor.js';
import type { Credentials } from './auth.js';
import type { Deadlines } from './deadline.js';
import { CloudflareAPIError, type RequestTarget } from './errors.js';
import type { Log } from './log.js';
import type { Fetch } from './options.js';
import type { Reading } from './response.js';
import type { ParamsValidator } from './operation.js';
import type { Paginator } from './pagination.js';
import type { RetryPolicy } from './retry.js';
/** Everything a client resolved from its options, shared by all its calls. */
export interface Context extends Reading {
    readonly api: ApiSpec;
    readonly fetch: Fetch | undefined;
    readonly maxRetries: number;
    readonly timeoutMs: number;
    readonly maxPages: number;
    readonly retryBaseMs: number;
    /** `retries`: built into the default factory; the lite one retries only when given it. */
    readonly retry: RetryPolicy | undefined;
    /** `pagination`: built into the default factory; without it a paginated method gives its first page. */
    readonly paginate: Paginator | undefined;
    /** `validation`: built into validating factories (not the lite one); without it no check runs. */
    readonly validate?: ParamsValidator | undefined;
    /** User-Agent and the client's `headers` option, lower-case names. */
    readonly headers: Readonly<Record<string, string>>;
    /** The client's `headers` option alone: credentials do not override these. */
    readonly ownHeaders: Readonly<Record<string, string>>;
    /** null with `auth: 'none'`. */
    readonly credentials: Credentials | null;
    /** The `log` option's log; undefined without it. */
    readonly log: Log | undefined;
    /** The `warnOnDeprecated` option. */
    readonly warnDeprecated: boolean;
    readonly deadlines: Deadlines;
}
/** A request ready to send, as often as the retry policy allows. */
export interface Prepared {
    readonly url: string;
    /** Sent as is; its `signal` is replaced per attempt. */
    readonly init: RequestInit;
    readonly target: RequestTarget;
    /** False for a ReadableStream body, which cannot be sent twice. */
    readonly replayable: boolean;
    readonly retries: number;
    readonly timeoutMs: number;
    readonly signal: AbortSignal | undefined;
}
/** What the caller makes of responses. */
export interface Handler<T> {
    /** The value of a 2xx response. May throw IoFailure (retried) or a CloudflareError (final). */
    success(response: Response, attempt: number): Promise<T>;
    /** The error for a non-2xx response, retried or not by the policy. */
    failure(response: Response, attempt: number): Promise<CloudflareAPIError>;
    /** Keep the attempt's timeout armed after success: the caller reads the body itself. */
    keepsBody?(): boolean;
    /** Resolve with this instead of throwing an API error no retry will follow (raw). */
    settle?(error: CloudflareAPIError): T;
}
export declare function exchange<T>(ctx: Context, request: Prepared, handler: Handler<T>): Promise<T>;
