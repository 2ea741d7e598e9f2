import { CloudflareAPIError, CloudflareError } from './errors.js';
import { packageName, readEnv } from './options.js';
const LEVELS = ['off', 'error', 'warn', 'info', 'debug'];
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
export function logging(options = {}) {
    return leveled(options.level, options.logger, INFO, 'The logging level');
}
/**
 * The default factory's logging, from its options as they always were: `logLevel` (default: the
 * environment variable `<PREFIX>_LOG`, else 'warn': deprecations only) and `logger`. Throws
 * CloudflareError for a `logLevel` that is no LogLevel.
 */
export function builtInLogging(options) {
    return leveled(options.logLevel, options.logger, WARN, 'The option logLevel');
}
function leveled(given, logger, fallback, what) {
    if (given !== undefined && !LEVELS.includes(given))
        throw new CloudflareError(`${what} must be one of ${LEVELS.join(', ')}`);
    return (api) => {
        // An unknown name in the environment falls back: a typo there should not break the app.
        const found = LEVELS.indexOf(given ??
            readEnv(api.envPrefix && `${api.envPrefix}_LOG`)
                ?.trim()
                .toLowerCase());
        const level = found < 0 ? fallback : found;
        const lines = logger ?? globalThis.console;
        const prefix = `[${packageName(api)}] `;
        const write = (at, target, message) => {
            // The level's name is the logger's method: 'error' ... 'debug'.
            if (level >= at)
                lines[LEVELS[at]]?.(prefix + (target ? `${target.method} ${target.path}` : '') + message);
        };
        return {
            debug: level >= DEBUG,
            warns: level >= WARN,
            attempt: (target, result, ms, attempt) => write(DEBUG, target, ` -> ${outcome(result)} in ${ms} ms (attempt ${attempt})`),
            retry: (target, failure, delay, attempt, attempts) => write(INFO, target, `: ${outcome(failure)}, retrying in ${Math.round(delay)} ms (attempt ${attempt} of ${attempts})`),
            // At info, not error: the caller gets the error thrown, and may well expect it (a 404).
            failed: (target, failure, attempts) => write(INFO, target, ` failed: ${outcome(failure)} after ${attempts} attempt${attempts > 1 ? 's' : ''}`),
            warn: (message) => write(WARN, null, message),
        };
    };
}
/** `503`, `APITimeoutError`: what a log line says about an attempt. */
function outcome(result) {
    return typeof result === 'number' ? result : result instanceof CloudflareAPIError ? result.status : result.name;
}
