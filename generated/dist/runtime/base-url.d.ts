/**
 * The base URL without a trailing slash. `given` comes from `source` (`option baseUrl`,
 * `environment variable CLOUDFLARE_BASE_URL` or the spec). A relative one resolves against the
 * page's location: a browser app calling a same-origin proxy, which is the page's own origin.
 */
export declare function resolveBaseUrl(given: string, source: string, allowInsecureHttp: boolean): string;
/** localhost, 127.0.0.0/8 and [::1]; the URL parser has already normalised IPv4 spellings. */
export declare function isLoopback(hostname: string): boolean;
