/**
 * Logging: built into the default factory (its options `logLevel` and `logger`, see
 * `builtInLogging`), an opt-in module of the lite one (`log: logging({ level, logger })`). A lite
 * client without it writes nothing but its deprecation warnings (to `console.warn`), and its app
 * does not bundle this code. Lines are built only from method, filled path, status, timings and attempt
 * counts: never headers, query values, bodies or credentials.
 */
import type { ApiSpec } from './descriptor.js';
import { CloudflareError, type RequestTarget } from './errors.js';
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';
/** Where log lines go; `console` is one. A missing method drops that level's lines. */
export interface Logger {
    error?(message: string): void;
    warn?(message: string): void;
    info?(message: string): void;
    debug?(message: string): void;
}
/** What `logging()` sets up for a client: the lines the runtime writes. */
export interface Log {
    /** Whether attempts are timed and logged (level debug). */
    readonly debug: boolean;
    /** Whether lines at level warn are written: a deprecation is not "warned" by a client that writes none. */
    readonly warns: boolean;
    /** An attempt ended with `outcome` (a status or an error) after `ms` milliseconds. */
    attempt(target: RequestTarget, outcome: number | CloudflareError, ms: number, attempt: number): void;
    /** A retry in `delay` ms, as attempt `attempt` of `attempts`. */
    retry(target: RequestTarget, failure: CloudflareError, delay: number, attempt: number, attempts: number): void;
    /** The call failed for good after `attempts` attempts. */
    failed(target: RequestTarget, failure: CloudflareError, attempts: number): void;
    /** A line at level warn. */
    warn(message: string): void;
}
/** The `log` client option: made by `logging()`, resolved once per client. */
export type LogSetup = (api: ApiSpec) => Log;
/**
 * The `log` client option. `level`: 'off'; 'error' (nothing today: failures are thrown, not
 * logged); 'warn' (deprecated operations); 'info' (retries, and calls that failed for good);
 * 'debug' (one line per attempt: method, filled path, status, ms, attempt). Default: the
 * environment variable `<PREFIX>_LOG` (`CLOUDFLARE_LOG`) where `process.env` exists, else 'info'
 * (an unknown name there is ignored: a typo should not break the app). `logger` default:
 * `globalThis.console`. Throws CloudflareError for a `level` that is no LogLevel.
 */
export declare function logging(options?: {
    level?: LogLevel | undefined;
    logger?: Logger | undefined;
}): LogSetup;
/**
 * The default factory's logging, from its options as they always were: `logLevel` (default: the
 * environment variable `<PREFIX>_LOG`, else 'warn': deprecations only) and `logger`. Throws
 * CloudflareError for a `logLevel` that is no LogLevel.
 */
export declare function builtInLogging(options: {
    readonly logLevel?: LogLevel | undefined;
    readonly logger?: Logger | undefined;
}): LogSetup;
