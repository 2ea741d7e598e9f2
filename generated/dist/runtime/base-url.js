import { CloudflareError } from './errors.js';
import { readEnv } from './options.js';
const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;
/** localhost, 127.0.0.0/8 and [::1]; the URL parser has already normalised IPv4 spellings. */
const LOOPBACK = /^(localhost|\[::1\]|127\.\d+\.\d+\.\d+)$/;
/**
 * The base URL without a trailing slash: the option `baseUrl`, else the environment variable
 * `<PREFIX>_BASE_URL`, else the spec's server. A relative one resolves against the page's
 * location: a browser app calling a same-origin proxy, which is the page's own origin. The error
 * names the option (the fix) or the environment variable it came from, never the URL, which may
 * hold a password.
 */
export function resolveBaseUrl(api, options) {
    const env = api.envPrefix && `${api.envPrefix}_BASE_URL`;
    const fromEnv = options.baseUrl === undefined ? readEnv(env) : undefined;
    const given = options.baseUrl ?? fromEnv ?? api.baseUrl;
    // Relative only without a scheme: `https:` alone (an empty host variable) is a broken absolute
    // URL, not a path on the page.
    const relative = !ABSOLUTE.test(given);
    const page = relative ? globalThis.location?.href : undefined;
    let url;
    try {
        // Only where there is a page (globalThis.location): elsewhere a relative URL throws.
        url = new URL(given, page);
    }
    catch {
        // reported below
    }
    // A relative URL must stay on the page's own origin, whatever its scheme: `//host` and its
    // spellings the parser accepts (`\\host`, a leading space) leave it. '' (a spec without
    // servers) would resolve to the page itself. A URL is more than its origin and path when it
    // has user:password, a query or a fragment (even an empty '?' or '#'); a relative one is
    // checked by its text, as a file: page's origin is 'null'.
    if (!given ||
        !url ||
        (relative ? /[?#]/.test(given) || url.origin !== new URL(page).origin : url.href !== url.origin + url.pathname) ||
        !(relative ||
            url.protocol === 'https:' ||
            (url.protocol === 'http:' && (options.allowInsecureHttp === true || LOOPBACK.test(url.hostname)))))
        throw new CloudflareError(`The ${fromEnv ? `environment variable ${env}` : 'option baseUrl'} must be https without user:password, query or fragment (http: only to loopback or with allowInsecureHttp: true; relative: only in a browser)`);
    return url.href.replace(/\/+$/, '');
}
