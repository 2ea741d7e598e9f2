/**
 * The options every generated client takes, and the checks run where they are given, so that a
 * mistake surfaces as a clear CloudflareError at once rather than as endless retries (NaN), a
 * timer that fires immediately, or a header fetch refuses with the value in its message.
 */
import { CloudflareError } from './errors.js';
/** setTimeout fires at once for delays above 2^31 - 1 ms. */
export const MAX_TIMER_MS = 2_147_483_647;
/** An integer option in [min, max], or `fallback` when not given. */
export function count(value, fallback, min, name, max = Number.MAX_SAFE_INTEGER) {
    if (value === undefined)
        return fallback;
    if (!Number.isInteger(value) || value < min || value > max)
        throw new CloudflareError(`The option ${name} must be an integer from ${min} to ${max}`);
    return value;
}
// A header value fetch accepts: Latin-1 without control characters (CR/LF would inject headers;
// fetch's own error for the others quotes the value, and a value may be a credential).
const BAD_VALUE = /[^\u0020-\u007e\u0080-\u00ff\t]/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Whether `value` can be sent as an HTTP header value as is. */
export function isHeaderValue(value) {
    return typeof value === 'string' && !BAD_VALUE.test(value);
}
/**
 * `value` if it can be sent in a header as is, else a CloudflareError naming `source` and the
 * `shape` expected, never the value (it may be a credential).
 */
export function headerSafe(value, source, shape = 'a string') {
    if (isHeaderValue(value))
        return value;
    throw new CloudflareError(`The ${source} must be ${shape} without control or non-Latin-1 characters`);
}
/**
 * `headers` with lower-case names, or a CloudflareError naming the header and `source`, never
 * the value. Lower case, so that a caller's `Authorization` replaces ours instead of joining it.
 */
export function checkHeaders(headers, source) {
    const out = {};
    for (const name in headers)
        out[name.toLowerCase()] = headerSafe(TOKEN.test(name) && headers[name], `header ${JSON.stringify(name)} in ${source}`, 'a token with a string value');
    return out;
}
/**
 * `process.env[name]` only where it exists (Node, Bun, Deno; browsers and Workers have none),
 * undefined when empty or when there is no `name` (an API without an environment prefix).
 */
export function readEnv(name) {
    const proc = globalThis.process;
    return (name && proc?.env?.[name]) || undefined;
}
/** The package's name, from its User-Agent (`cloudflare-billing-client/0.1.0`): how messages and log lines name it. */
export function packageName(api) {
    return api.userAgent.split('/')[0];
}
