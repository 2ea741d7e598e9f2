/**
 * Where requests go, and the rule about where they may go at all: credentials never travel in
 * clear text (http only to loopback, unless the caller says otherwise) or in the URL itself.
 */
import { CloudflareError } from './errors.js';
const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;
/**
 * The base URL without a trailing slash. `given` comes from `source` (`option baseUrl`,
 * `environment variable CLOUDFLARE_BASE_URL` or the spec). A relative one resolves against the
 * page's location: a browser app calling a same-origin proxy, which is the page's own origin.
 */
export function resolveBaseUrl(given, source, allowInsecureHttp) {
    if (given === '')
        throw new CloudflareError('No base URL: the spec names no server, so pass the option baseUrl (an absolute https URL)');
    const relative = !ABSOLUTE.test(given);
    const page = globalThis.location?.href;
    if (relative && typeof page !== 'string')
        throw new CloudflareError(`The ${source} ${JSON.stringify(given)} is relative, which needs a browser page to resolve against (globalThis.location): pass an absolute https URL`);
    let url;
    try {
        url = relative ? new URL(given, page) : new URL(given);
    }
    catch {
        // reported below
    }
    // A relative URL stays on the page's own origin, whatever its scheme.
    const secure = relative ||
        url?.protocol === 'https:' ||
        (url?.protocol === 'http:' && (allowInsecureHttp || isLoopback(url.hostname)));
    if (!url || !secure || url.username || url.password || url.search || url.hash)
        throw new CloudflareError(`The ${source} must be an absolute https URL without user:password, query or fragment (http only to localhost or with allowInsecureHttp: true)`);
    return trim(url);
}
function trim(url) {
    return url.href.replace(/\/+$/, '');
}
/** localhost, 127.0.0.0/8 and [::1]; the URL parser has already normalised IPv4 spellings. */
export function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
