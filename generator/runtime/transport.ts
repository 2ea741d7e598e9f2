/**
 * What sits between openapi-fetch and the network: the fetch function given to openapi-fetch, and
 * the rule about where requests may go at all.
 */
import { ioFailure } from './attempt.js';
import { decodeLenient, readBytes } from './body.js';
import { CloudflareError } from './errors.js';

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
    let response: Response;
    try {
      response = await (fetchImpl ?? globalThis.fetch)(request);
    } catch (thrown) {
      ioFailure(thrown);
    }
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
 * Refuse a base URL that would send credentials in clear text (or in the URL itself). Loopback
 * stays allowed for local mocks and tests; any other http host needs `allowInsecureHttp: true`.
 */
export function checkBaseUrl(baseUrl: string, allowInsecureHttp: boolean): void {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    // reported below
  }
  const secure =
    url?.protocol === 'https:' || (url?.protocol === 'http:' && (allowInsecureHttp || isLoopback(url.hostname)));
  if (baseUrl === '') {
    throw new CloudflareError(
      'No base URL: the spec names no server, so pass the option baseUrl (an absolute https URL)',
    );
  }
  if (!url || !secure || url.username || url.password) {
    throw new CloudflareError(
      'The option baseUrl must be an absolute https URL without user:password (http only to localhost or with allowInsecureHttp: true)',
    );
  }
}

/** localhost, 127.0.0.0/8 and [::1]; the URL parser has already normalised IPv4 spellings. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * Why a redirect was not followed, naming only the target's origin. Redirects are never followed:
 * Cloudflare's API does not use them, and a same-origin exception is not worth the code.
 */
export function redirectDetail(response: Response, baseUrl: string): string {
  let target = '';
  try {
    const location = response.headers.get('location');
    if (location) target = ` to ${new URL(location, baseUrl).origin}`;
  } catch {
    // an unparseable Location: say nothing about it
  }
  return `redirected${target}; redirects are not followed, so credentials stay with the configured host`;
}
