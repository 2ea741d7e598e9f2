import type { ApiSpec, ResponseChecks } from './descriptor.js';
import type { LogLevel, LogSetup, Logger } from './log.js';
import type { Paginator } from './pagination.js';
import type { RetryPolicy } from './retry.js';
/** The standard fetch signature: `globalThis.fetch`, undici's, or any `(url, init) => fetch(url, init)` wrapper. */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
/**
 * Options of every generated client (the generated options interface adds the credentials).
 * Every property also accepts `undefined`, meaning the default, for callers with
 * exactOptionalPropertyTypes.
 */
export interface BaseClientOptions {
    /**
     * Where requests go (string). Default: the environment variable `<PREFIX>_BASE_URL` (for
     * Cloudflare `CLOUDFLARE_BASE_URL`) where `process.env` exists, else the spec's server.
     * Absolute https; http only to localhost/127.0.0.0/8/[::1] or with `allowInsecureHttp`. A
     * relative URL such as `'/api'` resolves against the page (`globalThis.location`): for browser
     * apps calling a same-origin proxy; it is an error where there is no page.
     */
    baseUrl?: string | undefined;
    /** The fetch function (Fetch). Default: `globalThis.fetch`, looked up at each call. */
    fetch?: Fetch | undefined;
    /** Retries after the first attempt (integer >= 0). Default 2. Per call: RequestOptions.maxRetries. */
    maxRetries?: number | undefined;
    /**
     * The retry policy (RetryPolicy): `retries`, exported by the package. The default factory has it
     * built in; the lite factory retries only when given it, so that a lite app that does not
     * retry does not bundle it. Default: built in (lite factory: no retries).
     */
    retries?: RetryPolicy | undefined;
    /**
     * Auto-pagination (Paginator): `pagination`, exported by the package. The default factory has it
     * built in; without it (the lite factory's default) a paginated method resolves to its first
     * page and is not async-iterable, so that a lite app that reads only first pages does not
     * bundle the page walk. Default: built in (lite factory: first page only).
     */
    pagination?: Paginator | undefined;
    /** Milliseconds per attempt, reading the body included (integer >= 1). Default 60000. */
    timeoutMs?: number | undefined;
    /** Headers sent with every request (Record<string, string>), over the defaults and credentials. Default none. */
    headers?: Record<string, string> | undefined;
    /**
     * Check 2xx bodies against the spec and throw ResponseValidationError (ResponseChecks: the
     * package's `responseValidators`, from its `/response-validators` subpath, so that apps that do
     * not validate responses do not bundle the validators). Not a boolean: `true` from JavaScript is
     * refused, with a message naming that import. Default: no response validation.
     */
    validateResponses?: ResponseChecks | false | undefined;
    /** Log one warning per deprecated operation per process, at level 'warn' (boolean). Default true. */
    warnOnDeprecated?: boolean | undefined;
    /** Allow http:// to a host other than loopback: credentials travel in clear text (boolean). Default false. */
    allowInsecureHttp?: boolean | undefined;
    /** Pages one `for await` run may fetch before PaginationLimitError (integer >= 1). Default 1000. */
    maxPages?: number | undefined;
    /** Largest response body read, in bytes, after decompression (integer >= 1). Default 10485760 (10 MiB). */
    maxResponseBytes?: number | undefined;
    /** First retry backoff in milliseconds, doubling per retry up to 8 s (integer >= 0). Default 500. */
    retryBaseDelayMs?: number | undefined;
    /**
     * How much to log (LogLevel; the default factory's, whose logging is built in): 'off';
     * 'error' (nothing today: failures are thrown, not logged); 'warn' (deprecated operations);
     * 'info' (retries, and calls that failed for good); 'debug' (one line per attempt: method,
     * filled path, status, ms, attempt). Never headers, query values, bodies or credentials.
     * Default: the environment variable `<PREFIX>_LOG` (`CLOUDFLARE_LOG`) where `process.env`
     * exists, else 'warn'. The lite factory refuses it: it logs through `log`.
     */
    logLevel?: LogLevel | undefined;
    /** Receives the log lines (Logger: `error`, `warn`, `info`, `debug`; the default factory's). Default `globalThis.console`. */
    logger?: Logger | undefined;
    /**
     * Logging (LogSetup): `logging({ level, logger })`, exported by the package; over `logLevel`
     * and `logger` when given. The lite factory logs only through it, so that apps that do not
     * log do not bundle it; without it a lite client writes only deprecation warnings (to
     * `console.warn`).
     */
    log?: LogSetup | undefined;
    /**
     * 'none': send no credentials at all and never throw MissingCredentialsError, for browser apps
     * whose requests go through a proxy that adds them. Default: credentials from the options or
     * the environment.
     */
    auth?: 'none' | undefined;
}
/** Options of one call, the last argument of every method. */
export interface RequestOptions {
    /** Cancels the call, retries and waits included: APIUserAbortError (AbortSignal). Default none. */
    signal?: AbortSignal | undefined;
    /** Milliseconds per attempt for this call (integer >= 1). Default: the client's `timeoutMs`. */
    timeoutMs?: number | undefined;
    /** Retries for this call (integer >= 0). Default: the client's `maxRetries`. */
    maxRetries?: number | undefined;
    /** Headers for this call (Record<string, string>), over every other header. Default none. */
    headers?: Record<string, string> | undefined;
    /**
     * The media type to send the body as (string), one of those the operation accepts (its JSDoc
     * lists them). Default: the first listed, JSON when offered.
     */
    contentType?: string | undefined;
}
/** setTimeout fires at once for delays above 2^31 - 1 ms. */
export declare const MAX_TIMER_MS = 2147483647;
/** An integer option in [min, max], or `fallback` when not given. */
export declare function count(value: number | undefined, fallback: number, min: number, name: string, max?: number): number;
/** Whether `value` can be sent as an HTTP header value as is. */
export declare function isHeaderValue(value: unknown): value is string;
/**
 * `value` if it can be sent in a header as is, else a CloudflareError naming `source` and the
 * `shape` expected, never the value (it may be a credential).
 */
export declare function headerSafe(value: unknown, source: string, shape?: string): string;
/**
 * `headers` with lower-case names, or a CloudflareError naming the header and `source`, never
 * the value. Lower case, so that a caller's `Authorization` replaces ours instead of joining it.
 */
export declare function checkHeaders(headers: Record<string, string> | undefined, source: string): Record<string, string>;
/**
 * `process.env[name]` only where it exists (Node, Bun, Deno; browsers and Workers have none),
 * undefined when empty or when there is no `name` (an API without an environment prefix).
 */
export declare function readEnv(name: string | undefined): string | undefined;
/** The package's name, from its User-Agent (`cloudflare-billing-client/0.1.0`): how messages and log lines name it. */
export declare function packageName(api: ApiSpec): string;
