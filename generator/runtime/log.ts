/**
 * Logging: built into the default factory (its options `logLevel` and `logger`, see
 * `builtInLogging`), an opt-in module of the lite one (`log: logging({ level, logger })`). A lite
 * client without it writes nothing but its deprecation warnings (to `console.warn`), and its app
 * does not bundle this code. Lines are built only from method, filled path, status, timings and attempt
 * counts: never headers, query values, bodies or credentials.
 */
import type { ApiSpec } from './descriptor.js';
import { CloudflareAPIError, CloudflareError, type RequestTarget } from './errors.js';
import { packageName, readEnv } from './options.js';

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

const LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];
const WARN = 2;
const INFO = 3;
const DEBUG = 4;

/**
 * The `log` client option. `level`: 'off'; 'error' (nothing today: failures are thrown, not
 * logged); 'warn' (deprecated operations); 'info' (retries, and calls that failed for good);
 * 'debug' (one line per attempt: method, filled path, status, ms, attempt). Default: the
 * environment variable `<PREFIX>_LOG` (`CLOUDFLARE_LOG`) where `process.env` exists, else 'info'
 * (an unknown name there is ignored: a typo should not break the app). `logger` default:
 * `globalThis.console`. Throws CloudflareError for a `level` that is no LogLevel.
 */
export function logging(options: { level?: LogLevel | undefined; logger?: Logger | undefined } = {}): LogSetup {
  return leveled(options.level, options.logger, INFO, 'The logging level');
}

/**
 * The default factory's logging, from its options as they always were: `logLevel` (default: the
 * environment variable `<PREFIX>_LOG`, else 'warn': deprecations only) and `logger`. Throws
 * CloudflareError for a `logLevel` that is no LogLevel.
 */
export function builtInLogging(options: {
  readonly logLevel?: LogLevel | undefined;
  readonly logger?: Logger | undefined;
}): LogSetup {
  return leveled(options.logLevel, options.logger, WARN, 'The option logLevel');
}

function leveled(given: LogLevel | undefined, logger: Logger | undefined, fallback: number, what: string): LogSetup {
  if (given !== undefined && !LEVELS.includes(given))
    throw new CloudflareError(`${what} must be one of ${LEVELS.join(', ')}`);
  return (api) => {
    // An unknown name in the environment falls back: a typo there should not break the app.
    const found = LEVELS.indexOf(
      given ??
        (readEnv(api.envPrefix && `${api.envPrefix}_LOG`)
          ?.trim()
          .toLowerCase() as LogLevel),
    );
    const level = found < 0 ? fallback : found;
    const lines = logger ?? globalThis.console;
    const prefix = `[${packageName(api)}] `;
    const write = (at: number, target: RequestTarget | null, message: string): void => {
      // The level's name is the logger's method: 'error' ... 'debug'.
      if (level >= at)
        lines[LEVELS[at] as Exclude<LogLevel, 'off'>]?.(
          prefix + (target ? `${target.method} ${target.path}` : '') + message,
        );
    };
    return {
      debug: level >= DEBUG,
      warns: level >= WARN,
      attempt: (target, result, ms, attempt) =>
        write(DEBUG, target, ` -> ${outcome(result)} in ${ms} ms (attempt ${attempt})`),
      retry: (target, failure, delay, attempt, attempts) =>
        write(
          INFO,
          target,
          `: ${outcome(failure)}, retrying in ${Math.round(delay)} ms (attempt ${attempt} of ${attempts})`,
        ),
      // At info, not error: the caller gets the error thrown, and may well expect it (a 404).
      failed: (target, failure, attempts) =>
        write(INFO, target, ` failed: ${outcome(failure)} after ${attempts} attempt${attempts > 1 ? 's' : ''}`),
      warn: (message) => write(WARN, null, message),
    };
  };
}

/** `503`, `APITimeoutError`: what a log line says about an attempt. */
function outcome(result: number | CloudflareError): number | string {
  return typeof result === 'number' ? result : result instanceof CloudflareAPIError ? result.status : result.name;
}
