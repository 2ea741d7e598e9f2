/**
 * `client.raw`: openapi-fetch's call signature and result (`{ data, error, response }`), on the
 * runtime's own transport: the API's top-level credentials, the client's timeouts and retries
 * (a 429 or 5xx is retried like any call; after the last attempt a non-2xx comes back as
 * `{ error, response }`), redirects never followed (a 3xx comes back as an error), bodies read
 * with the size limit (except `parseAs: 'stream'`).
 *
 * Requests are built as openapi-fetch builds them (same URL, query string, headers and body for
 * the same call); openapi-fetch is a type-only import. Not supported: middleware (`use`,
 * `eject`), per-call `baseUrl`, `fetch` and `Request`, `pathSerializer`, `allowReserved`, and
 * cookie parameters (openapi-fetch ignores those too).
 */
import type { Client } from 'openapi-fetch';
import { pickAlternative } from './auth.js';
import { CloudflareError, InvalidResponseError, RequestValidationError, type CloudflareAPIError, type RequestTarget } from './errors.js';
import { exchange, type Context, type Handler, type Prepared } from './exchange.js';
import { decodeLenient, decodeUtf8, discard, readBytes } from './read.js';
import { failureError } from './response.js';
import { encode, queryPart, Unsendable, type Style } from './serialize.js';

/** openapi-fetch's client, typed for `Paths`, without middleware. */
export type RawClient<Paths extends {}> = Omit<Client<Paths>, 'use' | 'eject'>;

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
const METHODS: readonly Method[] = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'];

type ParseAs = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
type HeaderValues = Record<string, string | number | boolean | (string | number | boolean)[] | null | undefined>;
type QueryOptions = { array?: { style?: Style; explode?: boolean }; object?: { style?: Style; explode?: boolean } };

interface RawInit extends Omit<RequestInit, 'body' | 'headers'> {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: HeaderValues };
  body?: unknown;
  headers?: HeadersInit | HeaderValues;
  parseAs?: ParseAs;
  querySerializer?: ((query: Record<string, unknown>) => string) | QueryOptions;
  bodySerializer?: (body: unknown, headers?: Headers) => BodyInit;
  [option: string]: unknown;
}

interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The raw client of `ctx`. */
export function createRaw<Paths extends {}>(ctx: Context): RawClient<Paths> {
  const raw: Record<string, unknown> = {
    request: (method: string, url: string, init?: RawInit) => rawCall(ctx, method.toUpperCase(), url, init),
  };
  for (const method of METHODS) raw[method] = (url: string, init?: RawInit) => rawCall(ctx, method, url, init);
  return raw as unknown as RawClient<Paths>;
}

async function rawCall(ctx: Context, method: string, schemaPath: string, init: RawInit = {}): Promise<RawResult> {
  // Taken out so that only RequestInit members remain in `rest`.
  const { params = {}, body, headers, parseAs = 'json', signal, querySerializer, bodySerializer, baseUrl, fetch, middleware, Request, pathSerializer, ...rest } = init;
  if (method === 'TRACE') throw new CloudflareError('TRACE cannot be sent with fetch, which refuses the method');
  const path = fillPath(schemaPath, params.path, method);
  const target: RequestTarget = { method, path };
  const search = [serializeQuery(params.query ?? {}, querySerializer), credentialQuery(ctx)].filter(Boolean).join('&');
  const merged = mergeHeaders(ctx, headers, params.header);
  let serialized: BodyInit | undefined;
  if (body !== undefined) {
    serialized = (bodySerializer ?? defaultBody)(body, merged);
    if (!(serialized instanceof FormData) && !merged.has('content-type')) merged.set('content-type', 'application/json');
  }
  const request: Prepared = {
    url: `${ctx.base}${path}${search ? `?${search}` : ''}`,
    init: { ...rest, method, headers: merged, body: serialized ?? null, redirect: 'manual' },
    target,
    replayable: !(serialized instanceof ReadableStream),
    retries: ctx.maxRetries,
    timeoutMs: ctx.timeoutMs,
    signal: signal ?? undefined,
  };
  return exchange(ctx, request, new RawCall(ctx, target, method, parseAs));
}

/** openapi-fetch's path serializer for `{name}`: '', '.' and '..' refused, as for methods. */
function fillPath(template: string, values: Record<string, unknown> | undefined, method: string): string {
  return template.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = values?.[name];
    if (value === undefined || value === null) return match;
    const text = Array.isArray(value) ? value.map(encodeOr(template, name, method)).join(',') : encodeOr(template, name, method)(value);
    if (text === '' || text === '.' || text === '..') throw refused(template, name, method, 'pathSegment', 'must be a non-empty string other than "." and ".."');
    return text;
  });
}

function encodeOr(template: string, name: string, method: string): (value: unknown) => string {
  return (value) => {
    try {
      return encode(value);
    } catch (thrown) {
      if (!(thrown instanceof Unsendable)) throw thrown;
      throw refused(template, name, method, thrown.keyword, thrown.message);
    }
  };
}

function refused(template: string, name: string, method: string, keyword: string, message: string): RequestValidationError {
  return new RequestValidationError(`Invalid parameters for ${method} ${template}: ${name} ${message}`, {
    method,
    path: template,
    issues: [{ path: `/path/${name}`, keyword, message }],
    omitted: 0,
  });
}

/** openapi-fetch's default: arrays form-exploded, objects as deepObject, null and undefined left out. */
function serializeQuery(query: Record<string, unknown>, serializer: RawInit['querySerializer']): string {
  if (typeof serializer === 'function') return serializer(query).replace(/^\?/, '');
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    const options = Array.isArray(value) ? serializer?.array : typeof value === 'object' ? serializer?.object : undefined;
    const style = options?.style ?? (Array.isArray(value) ? 'form' : 'deepObject');
    const part = queryPart(name, value, style, options?.explode ?? true);
    if (part) parts.push(part);
  }
  return parts.join('&');
}

/** The credentials the API's top-level security sends in the query. */
function credentialQuery(ctx: Context): string {
  const alternative = ctx.credentials && pickAlternative(ctx.api.security, ctx.credentials);
  return (alternative ?? [])
    .map((scheme) => ctx.credentials!.get(scheme)!)
    .filter((credential) => credential.in === 'query')
    .map((credential) => `${credential.name}=${encode(credential.value)}`)
    .join('&');
}

/** The client's headers and credentials, then the call's `headers`, then `params.header`; null deletes. */
function mergeHeaders(ctx: Context, ...layers: (HeadersInit | HeaderValues | undefined)[]): Headers {
  const merged = new Headers(ctx.headers);
  const alternative = ctx.credentials && pickAlternative(ctx.api.security, ctx.credentials);
  const cookies: string[] = [];
  for (const scheme of alternative ?? []) {
    const credential = ctx.credentials!.get(scheme)!;
    if (credential.in === 'header' && ctx.ownHeaders[credential.name] === undefined) merged.set(credential.name, credential.value);
    if (credential.in === 'cookie') cookies.push(`${credential.name}=${encode(credential.value)}`);
  }
  if (cookies.length > 0) merged.set('cookie', [merged.get('cookie'), ...cookies].filter(Boolean).join('; '));
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue;
    const entries = layer instanceof Headers ? [...layer.entries()] : Array.isArray(layer) ? layer : Object.entries(layer);
    for (const [name, value] of entries as [string, unknown][]) {
      if (value === null) merged.delete(name);
      else if (Array.isArray(value)) for (const item of value) merged.append(name, String(item));
      else if (value !== undefined) merged.set(name, String(value));
    }
  }
  return merged;
}

function defaultBody(body: unknown, headers?: Headers): BodyInit {
  if (body instanceof FormData) return body;
  if (headers?.get('content-type') === 'application/x-www-form-urlencoded') return new URLSearchParams(body as Record<string, string>).toString();
  return JSON.stringify(body);
}

class RawCall implements Handler<RawResult> {
  private error: unknown;
  private response: Response | undefined;

  constructor(
    private readonly ctx: Context,
    private readonly target: RequestTarget,
    private readonly method: string,
    private readonly parseAs: ParseAs,
  ) {}

  async success(response: Response): Promise<RawResult> {
    if (this.parseAs === 'stream') return { data: response.body, response };
    if (isEmpty(response, this.method)) {
      discard(response);
      return { data: undefined, response };
    }
    const bytes = await readBytes(response, this.ctx.maxBytes, false);
    if (bytes === null) throw this.invalid(response, 'too_large', `is over maxResponseBytes (${this.ctx.maxBytes})`);
    if (this.parseAs === 'blob') return { data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: response.headers.get('content-type') ?? '' }), response };
    if (this.parseAs === 'arrayBuffer') return { data: bytes.slice().buffer, response };
    const text = decodeUtf8(bytes);
    if (text === null) throw this.invalid(response, 'invalid_utf8', 'is not UTF-8');
    if (this.parseAs === 'text') return { data: text, response };
    try {
      return { data: text ? JSON.parse(text) : undefined, response };
    } catch {
      throw this.invalid(response, 'invalid_json', 'is not JSON');
    }
  }

  async failure(response: Response, attempt: number): Promise<CloudflareAPIError> {
    this.response = response;
    this.error = undefined;
    if (!isEmpty(response, this.method)) {
      const text = decodeLenient((await readBytes(response, this.ctx.maxBytes, true)) ?? new Uint8Array(0));
      try {
        this.error = JSON.parse(text);
      } catch {
        this.error = text;
      }
    }
    return failureError(this.ctx, this.target, response, attempt, this.error);
  }

  keepsBody(): boolean {
    return this.parseAs === 'stream';
  }

  settle(): RawResult {
    return { error: this.error, response: this.response! };
  }

  private invalid(response: Response, reason: 'too_large' | 'invalid_utf8' | 'invalid_json', problem: string): InvalidResponseError {
    const { method, path } = this.target;
    return new InvalidResponseError(`The ${response.status} response body of ${method} ${path} ${problem}`, {
      method,
      path,
      status: response.status,
      requestId: null,
      reason,
      excerpt: '',
    });
  }
}

/** openapi-fetch's rule: no body to read for 204, HEAD, or Content-Length 0 without chunking. */
function isEmpty(response: Response, method: string): boolean {
  return (
    response.status === 204 ||
    method === 'HEAD' ||
    (response.headers.get('content-length') === '0' && !response.headers.get('transfer-encoding')?.includes('chunked'))
  );
}
