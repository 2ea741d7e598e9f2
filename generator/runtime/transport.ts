/**
 * What sits between openapi-fetch and the network: the fetch function given to openapi-fetch, and
 * the rule about where requests may go at all.
 */
import { CloudflareError } from './errors.js';
import { decodeLenient, readBytes } from './body.js';

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
export function boundedFetch(fetchImpl: FetchLike | undefined, limit: number): FetchLike {
  return async (request) => {
    const response = await (fetchImpl ?? globalThis.fetch)(request);
    if (response.ok || response.body === null) return response;
    const bytes = await readBytes(response, limit, true);
    const text = bytes === null || bytes.byteLength === 0 ? null : decodeLenient(bytes);
    return new Response(NULL_BODY_STATUS.has(response.status) ? null : text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

// The Response constructor throws if these statuses get a body.
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/**
 * Refuse a base URL that would send credentials in clear text. Loopback stays allowed for local
 * mocks and tests; anything else over http needs an explicit `allowInsecureHttp: true`.
 */
export function checkBaseUrl(baseUrl: string, allowInsecureHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new CloudflareError('The option baseUrl is not an absolute URL');
  }
  // fetch refuses URLs with user:password@, and they would leak into logs: reject them up front.
  if (url.username !== '' || url.password !== '') throw new CloudflareError('The option baseUrl must not contain credentials');
  if (url.protocol === 'https:') return url;
  if (url.protocol !== 'http:') throw new CloudflareError(`The option baseUrl must use https: (got ${url.protocol})`);
  if (allowInsecureHttp || isLoopback(url.hostname)) return url;
  throw new CloudflareError(
    `Refusing to send credentials over plain http to ${url.host}; use https, or pass allowInsecureHttp: true if you really mean it`,
  );
}

/** localhost, 127.0.0.0/8 and [::1]; the URL parser has already normalised IPv4 spellings. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Where a same-origin redirect goes, or null if it leaves the origin or has no usable Location. */
export function sameOriginTarget(response: Response, from: URL): URL | null {
  const location = response.headers.get('location');
  if (location === null) return null;
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return null;
  }
  return target.origin === from.origin ? target : null;
}
