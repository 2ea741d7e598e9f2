export type FetchLike = (input: Request) => Promise<Response>;
/**
 * Wrap fetch so error bodies are bounded. openapi-fetch reads a non-2xx body with `response.text()`
 * whatever its size; here such a body is read up to `limit` bytes (the rest is dropped, the error
 * still gets its status) and handed on in a fresh Response. 2xx responses pass through untouched:
 * the core reads those itself, as a stream, with the same limit.
 *
 * The returned function calls `fetchImpl` as a plain function: calling the browser's fetch as a
 * method of another object throws "Illegal invocation".
 */
export declare function boundedFetch(fetchImpl: FetchLike | undefined, limit: number): FetchLike;
/**
 * Refuse a base URL that would send credentials in clear text (or in the URL itself). Loopback
 * stays allowed for local mocks and tests; any other http host needs `allowInsecureHttp: true`.
 */
export declare function checkBaseUrl(baseUrl: string, allowInsecureHttp: boolean): void;
/** localhost, 127.0.0.0/8 and [::1]; the URL parser has already normalised IPv4 spellings. */
export declare function isLoopback(hostname: string): boolean;
/**
 * Why a redirect was not followed, naming only the target's origin. Redirects are never followed:
 * Cloudflare's API does not use them, and a same-origin exception is not worth the code.
 */
export declare function redirectDetail(response: Response, baseUrl: string): string;
