import { pickAlternative } from './auth.js';
import { contexts } from './client.js';
import { CloudflareError, RequestValidationError } from './errors.js';
import { exchange } from './exchange.js';
import { lazy } from './namespace.js';
import { discard } from './read.js';
import { decodeBody, errorText, failureError } from './response.js';
import { badSegment, encode, queryPart, Unsendable } from './serialize.js';
const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'];
function createRaw(ctx) {
    const raw = {
        request: (method, url, init) => call(ctx, method.toUpperCase(), url, init),
    };
    for (const method of METHODS)
        raw[method] = (url, init) => call(ctx, method, url, init);
    return raw;
}
/** List it among a factory's resources to give its clients `raw`. */
export const rawNamespace = { at: ['raw'], build: createRaw, raw: true };
/**
 * `withRaw(client)`: the same client, with `raw` added (built on first access). The generated
 * package's `/raw` subpath re-exports it typed with the package's paths: the factories leave
 * `raw` out, so that only apps that import this bundle it. Throws CloudflareError for an object
 * that is not a client of this runtime.
 */
export function withRaw(client) {
    const ctx = contexts.get(client);
    if (ctx === undefined)
        throw new CloudflareError("withRaw takes a client made by the package's factories");
    lazy(client, 'raw', () => createRaw(ctx));
    return client;
}
async function call(ctx, method, template, init = {}) {
    // Taken out so that only RequestInit members remain in `rest`.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { params = {}, body, headers, parseAs = 'json', signal, querySerializer, bodySerializer, baseUrl, fetch, middleware, Request, pathSerializer, ...rest } = init;
    if (method === 'TRACE')
        throw new CloudflareError('fetch cannot send TRACE');
    const target = { method, path: fillPath(template, params.path, method) };
    const query = [serializeQuery(params.query ?? {}, querySerializer)];
    const merged = new Headers(ctx.headers);
    const cookies = [];
    for (const scheme of (ctx.credentials && pickAlternative(ctx.api.security, ctx.credentials)) || []) {
        const { in: where, name, value } = ctx.credentials.get(scheme);
        if (where === 'query')
            query.push(`${name}=${encode(value)}`);
        else if (where === 'cookie')
            cookies.push(`${name}=${encode(value)}`);
        else if (ctx.ownHeaders[name] === undefined)
            merged.set(name, value);
    }
    if (cookies.length)
        merged.set('cookie', [merged.get('cookie'), ...cookies].filter(Boolean).join('; '));
    layer(merged, headers);
    layer(merged, params.header);
    let sent = null;
    if (body !== undefined) {
        sent = (bodySerializer ?? defaultBody)(body, merged);
        if (!(sent instanceof FormData) && !merged.has('content-type'))
            merged.set('content-type', 'application/json');
    }
    const search = query.filter(Boolean).join('&');
    return exchange(ctx, {
        url: ctx.base + target.path + (search && `?${search}`),
        init: { ...rest, method, headers: merged, body: sent, redirect: 'manual' },
        target,
        replayable: !(sent instanceof ReadableStream),
        retries: ctx.maxRetries,
        timeoutMs: ctx.timeoutMs,
        signal: signal ?? undefined,
    }, new RawCall(ctx, target, parseAs));
}
/** openapi-fetch's path serializer for `{name}`; '', '.' and '..' refused, as for methods. */
function fillPath(template, values, method) {
    return template.replace(/\{([^{}]+)\}/g, (match, name) => {
        const value = values?.[name];
        if (value == null)
            return match;
        try {
            const text = Array.isArray(value) ? value.map(encode).join(',') : encode(value);
            if (text === '' || text === '.' || text === '..')
                throw badSegment();
            return text;
        }
        catch (thrown) {
            if (!(thrown instanceof Unsendable))
                throw thrown;
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
function serializeQuery(query, serializer) {
    if (typeof serializer === 'function')
        return serializer(query).replace(/^\?/, '');
    const parts = [];
    for (const name in query) {
        const value = query[name];
        const options = Array.isArray(value) ? serializer?.array : serializer?.object;
        parts.push(queryPart(name, value, options?.style ?? (Array.isArray(value) ? 'form' : 'deepObject'), options?.explode ?? true));
    }
    return parts.filter(Boolean).join('&');
}
/** openapi-fetch's merge: a later layer's header replaces an earlier one, null deletes it, an array appends. */
function layer(merged, headers) {
    if (!headers)
        return;
    const entries = headers instanceof Headers ? [...headers] : Array.isArray(headers) ? headers : Object.entries(headers);
    for (const [name, value] of entries) {
        if (value === null)
            merged.delete(name);
        else if (Array.isArray(value))
            for (const item of value)
                merged.append(name, String(item));
        else if (value !== undefined)
            merged.set(name, String(value));
    }
}
function defaultBody(body, headers) {
    if (body instanceof FormData)
        return body;
    if (headers?.get('content-type') === 'application/x-www-form-urlencoded')
        return new URLSearchParams(body).toString();
    return JSON.stringify(body);
}
class RawCall {
    #error;
    #response;
    #ctx;
    #target;
    #parseAs;
    constructor(ctx, target, parseAs) {
        this.#ctx = ctx;
        this.#target = target;
        this.#parseAs = parseAs;
    }
    async success(response) {
        const parseAs = this.#parseAs;
        if (parseAs === 'stream')
            return { data: response.body, response };
        if (isEmpty(response, this.#target.method)) {
            discard(response);
            return { data: undefined, response };
        }
        const data = await decodeBody(this.#ctx, parseAs === 'json' || parseAs === 'text' ? parseAs : 'binary', this.#target, response, true);
        return { data: parseAs === 'arrayBuffer' ? await data.arrayBuffer() : data, response };
    }
    async failure(response, attempt) {
        this.#response = response;
        let error;
        if (!isEmpty(response, this.#target.method)) {
            error = await errorText(this.#ctx, response);
            try {
                error = JSON.parse(error);
            }
            catch {
                // the text, as openapi-fetch gives it
            }
        }
        this.#error = error;
        return failureError(this.#ctx, this.#target, response, attempt, error);
    }
    keepsBody() {
        return this.#parseAs === 'stream';
    }
    settle() {
        return { error: this.#error, response: this.#response };
    }
}
/** openapi-fetch's rule: no body to read for 204, HEAD, or Content-Length 0 without chunking. */
function isEmpty(response, method) {
    return (response.status === 204 ||
        method === 'HEAD' ||
        (response.headers.get('content-length') === '0' && !response.headers.get('transfer-encoding')?.includes('chunked')));
}
