/**
 * `createClient`: what every generated factory calls. Everything that can be decided once per
 * client is decided here (options checked, credentials resolved, base URL and default headers
 * built), so that a call only reads the resulting Context.
 */
import { resolveCredentials } from './auth.js';
import { resolveBaseUrl } from './base-url.js';
import { Deadlines } from './deadline.js';
import { CloudflareError } from './errors.js';
import { fill } from './namespace.js';
import { checkHeaders, count, MAX_TIMER_MS, packageName } from './options.js';
import { redactor } from './redact.js';
/**
 * Each client's Context, for what attaches to a client after it is made (`withRaw`). A WeakMap
 * rather than a property: the context holds the credentials, and nothing on the client object
 * itself should let `util.inspect` or a logger reach them.
 */
export const contexts = new WeakMap();
/**
 * The client of `api` with the methods of `resources` (and the extensions among them, such as
 * `rawNamespace`). Throws CloudflareError for unusable
 * options: a credential or header with control or non-Latin-1 characters, half of a credential
 * pair, an http:// base URL to a non-loopback host, a relative one outside a browser, bad numbers,
 * `validateResponses: true` from JavaScript (the response checks come from the option itself,
 * `validateResponses: responseValidators`, so that an app bundles them only when it imports them).
 */
export function createClient(api, given, resources, builtIn = {}) {
    const options = given ?? {};
    const checks = options.validateResponses || undefined;
    const name = packageName(api);
    if (checks && typeof checks !== 'function')
        throw new CloudflareError(`validateResponses needs the response validators: pass validateResponses: responseValidators, imported from '${name}/response-validators'`);
    const base = resolveBaseUrl(api, options);
    const [credentials, secrets] = options.auth === 'none' ? [null, []] : resolveCredentials(api, options);
    const [maxRetries, timeoutMs, maxPages, maxBytes, retryBaseMs] = LIMITS.map(([option, fallback, min, max]) => count(options[option], fallback, min, option, max));
    const ownHeaders = checkHeaders(options.headers, 'the option headers');
    // The log option, else the factory's built-in logging; logLevel or logger without either is refused.
    const log = options.log ?? builtIn.logging?.(options);
    if (!log && (options.logLevel ?? options.logger) !== undefined)
        throw new CloudflareError(`logLevel and logger need the default factory: pass log: logging({ level, logger }) from '${name}'`);
    const global = globalThis;
    const ctx = {
        api,
        base,
        fetch: options.fetch,
        maxRetries,
        timeoutMs,
        maxPages,
        maxBytes,
        retryBaseMs,
        retry: options.retries ?? builtIn.retries,
        paginate: options.pagination ?? builtIn.pagination,
        validate: builtIn.validation,
        // User-Agent everywhere but in browsers, where it is ignored or, not being a CORS-safelisted
        // header, would turn every request into a preflight. Characters a header cannot carry (a CR/LF
        // from a spec's version string) are dropped rather than sent.
        headers: global.document !== undefined || typeof global.importScripts === 'function'
            ? ownHeaders
            : { 'user-agent': api.userAgent.replace(/[^\u0020-\u007e]/g, ''), ...ownHeaders },
        ownHeaders,
        credentials,
        redact: redactor(secrets),
        checks,
        log: log?.(api),
        warnDeprecated: options.warnOnDeprecated !== false,
        deadlines: new Deadlines(timeoutMs),
    };
    const client = {};
    contexts.set(client, ctx);
    fill(client, ctx, resources, 0);
    return client;
}
/** The integer options: name, default, least and greatest value. */
const LIMITS = [
    ['maxRetries', 2, 0],
    ['timeoutMs', 60_000, 1, MAX_TIMER_MS],
    ['maxPages', 1000, 1],
    ['maxResponseBytes', 10 * 1024 * 1024, 1],
    ['retryBaseDelayMs', 500, 0, MAX_TIMER_MS],
];
