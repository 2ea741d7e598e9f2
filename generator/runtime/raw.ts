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
 *
 * Opt-in: `withRaw(client)`, or `rawNamespace` listed among a tree-shakable client's resources;
 * an app that does neither does not bundle this.
 */
import type { Client } from 'openapi-fetch';
import { pickAlternative } from './auth.js';
import { contexts } from './client.js';
import type { Extension } from './descriptor.js';
import { CloudflareError, RequestValidationError, type CloudflareAPIError, type RequestTarget } from './errors.js';
import { exchange, type Context, type Handler } from './exchange.js';
import { lazy } from './namespace.js';
import { discard } from './read.js';
import { decodeBody, errorText, failureError } from './response.js';
import { badSegment, encode, queryPart, Unsendable, type Style } from './serialize.js';

/** openapi-fetch's client, typed for `Paths`, without middleware. */
export type RawClient<Paths extends {}> = Omit<Client<Paths>, 'use' | 'eject'>;

/** `rawNamespace`'s type: ClientFrom gives it the package's `Paths`. */
export interface RawNamespace extends Extension<readonly ['raw'], RawClient<{}>> {
  readonly raw: true;
}

type ParseAs = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
type Layer = Record<string, unknown> | Headers | [string, string][] | undefined;
type Serializer = { array?: { style?: Style; explode?: boolean }; object?: { style?: Style; explode?: boolean } };

interface RawInit extends Omit<RequestInit, 'body' | 'headers'> {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Layer };
  body?: unknown;
  headers?: Layer;
  parseAs?: ParseAs;
  querySerializer?: ((query: Record<string, unknown>) => string) | Serializer;
  bodySerializer?: (body: unknown, headers?: Headers) => BodyInit;
}

interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'];

function createRaw(ctx: Context): RawClient<{}> {
  const raw: Record<string, unknown> = {
    request: (method: string, url: string, init?: RawInit) => call(ctx, method.toUpperCase(), url, init),
  };
  for (const method of METHODS) raw[method] = (url: string, init?: RawInit) => call(ctx, method, url, init);
  return raw as RawClient<{}>;
}

/** List it among a factory's resources to give its clients `raw`. */
export const rawNamespace: RawNamespace = { at: ['raw'], build: createRaw, raw: true };

/**
 * `withRaw(client)`: the same client, with `raw` added (built on first access). The generated
 * package's `/raw` subpath re-exports it typed with the package's paths: the factories leave
 * `raw` out, so that only apps that import this bundle it. Throws CloudflareError for an object
 * that is not a client of this runtime.
 */
export function withRaw<C extends object, Paths extends {} = {}>(client: C): C & { readonly raw: RawClient<Paths> } {
  const ctx = contexts.get(client);
  if (ctx === undefined) throw new CloudflareError("withRaw takes a client made by the package's factories");
  lazy(client, 'raw', () => createRaw(ctx));
  return client as C & { readonly raw: RawClient<Paths> };
}

async function call(ctx: Context, method: string, template: string, init: RawInit = {}): Promise<RawResult> {
  // Taken out so that only RequestInit members remain in `rest`.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const {
    params = {},
    body,
    headers,
    parseAs = 'json',
    signal,
    querySerializer,
    bodySerializer,
    baseUrl,
    fetch,
    middleware,
    Request,
    pathSerializer,
    ...rest
  } = init as RawInit & Record<string, unknown>;
  if (method === 'TRACE') throw new CloudflareError('fetch cannot send TRACE');
  const target: RequestTarget = { method, path: fillPath(template, params.path, method) };
  const query = [serializeQuery(params.query ?? {}, querySerializer)];
  const merged = new Headers(ctx.headers);
  const cookies: string[] = [];
  for (const scheme of (ctx.credentials && pickAlternative(ctx.api.security, ctx.credentials)) || []) {
    const { in: where, name, value } = ctx.credentials!.get(scheme)!;
    if (where === 'query') query.push(`${name}=${encode(value)}`);
    else if (where === 'cookie') cookies.push(`${name}=${encode(value)}`);
    else if (ctx.ownHeaders[name] === undefined) merged.set(name, value);
  }
  if (cookies.length) merged.set('cookie', [merged.get('cookie'), ...cookies].filter(Boolean).join('; '));
  layer(merged, headers);
  layer(merged, params.header);
  let sent: BodyInit | null = null;
  if (body !== undefined) {
    sent = (bodySerializer ?? defaultBody)(body, merged);
    if (!(sent instanceof FormData) && !merged.has('content-type')) merged.set('content-type', 'application/json');
  }
  const search = query.filter(Boolean).join('&');
  return exchange(
    ctx,
    {
      url: ctx.base + target.path + (search && `?${search}`),
      init: { ...rest, method, headers: merged, body: sent, redirect: 'manual' },
      target,
      replayable: !(sent instanceof ReadableStream),
      retries: ctx.maxRetries,
      timeoutMs: ctx.timeoutMs,
      signal: signal ?? undefined,
    },
    new RawCall(ctx, target, parseAs),
  );
}

/** openapi-fetch's path serializer for `{name}`; '', '.' and '..' refused, as for methods. */
function fillPath(template: string, values: Record<string, unknown> | undefined, method: string): string {
  return template.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = values?.[name];
    if (value == null) return match;
    try {
      const text = Array.isArray(value) ? value.map(encode).join(',') : encode(value);
      if (text === '' || text === '.' || text === '..') throw badSegment();
      return text;
    } catch (thrown) {
      if (!(thrown instanceof Unsendable)) throw thrown;
      const issue = { path: `/path/${name}`, keyword: thrown.keyword, message: thrown.message };
      throw new RequestValidationError(`Invalid parameters for ${method} ${template}: ${name} ${thrown.message}`, {
        method,
        path: template,
        issues: [issue],
        omitted: 0,
      });
    }
  });
}

/** openapi-fetch's default: arrays form-exploded, objects as deepObject, null and undefined left out. */
function serializeQuery(query: Record<string, unknown>, serializer: RawInit['querySerializer']): string {
  if (typeof serializer === 'function') return serializer(query).replace(/^\?/, '');
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    const options = Array.isArray(value) ? serializer?.array : serializer?.object;
    parts.push(
      queryPart(
        name,
        value,
        options?.style ?? (Array.isArray(value) ? 'form' : 'deepObject'),
        options?.explode ?? true,
      ),
    );
  }
  return parts.filter(Boolean).join('&');
}

/** openapi-fetch's merge: a later layer's header replaces an earlier one, null deletes it, an array appends. */
function layer(merged: Headers, headers: Layer): void {
  if (!headers) return;
  const entries =
    headers instanceof Headers ? [...headers] : Array.isArray(headers) ? headers : Object.entries(headers);
  for (const [name, value] of entries as [string, unknown][]) {
    if (value === null) merged.delete(name);
    else if (Array.isArray(value)) for (const item of value) merged.append(name, String(item));
    else if (value !== undefined) merged.set(name, String(value));
  }
}

function defaultBody(body: unknown, headers?: Headers): BodyInit {
  if (body instanceof FormData) return body;
  if (headers?.get('content-type') === 'application/x-www-form-urlencoded')
    return new URLSearchParams(body as Record<string, string>).toString();
  return JSON.stringify(body);
}

class RawCall implements Handler<RawResult> {
  #error: unknown;
  #response: Response | undefined;
  readonly #ctx: Context;
  readonly #target: RequestTarget;
  readonly #parseAs: ParseAs;

  constructor(ctx: Context, target: RequestTarget, parseAs: ParseAs) {
    this.#ctx = ctx;
    this.#target = target;
    this.#parseAs = parseAs;
  }

  async success(response: Response): Promise<RawResult> {
    const parseAs = this.#parseAs;
    if (parseAs === 'stream') return { data: response.body, response };
    if (isEmpty(response, this.#target.method)) {
      discard(response);
      return { data: undefined, response };
    }
    const data = await decodeBody(
      this.#ctx,
      parseAs === 'json' || parseAs === 'text' ? parseAs : 'binary',
      this.#target,
      response,
      true,
    );
    return { data: parseAs === 'arrayBuffer' ? await (data as Blob).arrayBuffer() : data, response };
  }

  async failure(response: Response, attempt: number): Promise<CloudflareAPIError> {
    this.#response = response;
    let error: unknown;
    if (!isEmpty(response, this.#target.method)) {
      error = await errorText(this.#ctx, response);
      try {
        error = JSON.parse(error as string);
      } catch {
        // the text, as openapi-fetch gives it
      }
    }
    this.#error = error;
    return failureError(this.#ctx, this.#target, response, attempt, error);
  }

  keepsBody(): boolean {
    return this.#parseAs === 'stream';
  }

  settle(): RawResult {
    return { error: this.#error, response: this.#response! };
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
