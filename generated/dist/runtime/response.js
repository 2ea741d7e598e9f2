import { apiErrorClass, InvalidResponseError, RedirectError, } from './errors.js';
import { itemsAt } from './pages.js';
import { decodeUtf8, discard, readBody } from './read.js';
import { excerpt, requestId } from './redact.js';
import { parseRetryAfter } from './retry.js';
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A 2xx response's value per the operation's ResponseKind, with the parsed body it came from (pagination reads it). */
export async function readSuccess(r, op, target, response, attempt) {
    const kind = op.response;
    let data;
    let body;
    if (kind === 'empty' || op.method === 'HEAD')
        discard(response);
    else if (kind === 'text' || kind === 'binary')
        data = await decodeBody(r, kind, target, response);
    else {
        // The envelope rules, response validation, and the value a method resolves to.
        const fields = (body = await decodeBody(r, kind, target, response));
        const enveloped = kind !== 'json';
        if (enveloped && fields?.['success'] === false)
            throw failureError(r, target, response, attempt, body, 'the response says success: false');
        r.checks?.(op, body, target, response);
        const items = op.pagination?.items;
        const problem = enveloped && fields?.['result'] === undefined
            ? 'has no result'
            : items && !itemsAt(body, items)
                ? `has no list at ${items.join('.')}`
                : '';
        if (problem)
            throw invalid(r, target, response, 'not_envelope', problem);
        data =
            kind === 'json'
                ? body
                : kind === 'result'
                    ? fields['result']
                    : 'result_info' in fields
                        ? { result: fields['result'], result_info: fields['result_info'] }
                        : { result: fields['result'] };
    }
    return { data, body, response };
}
/**
 * A body read with the size limit: a Blob (`binary`), a string (`text`), or parsed JSON (the
 * other kinds). `loose` is raw's rule (as openapi-fetch's): any Content-Type is parsed, and an
 * empty body is undefined; otherwise a JSON body must say so in its Content-Type (when it has
 * one) and must not be empty.
 */
export async function decodeBody(r, kind, target, response, loose) {
    const blob = await readBody(response, r.maxBytes);
    if (!blob)
        throw invalid(r, target, response, 'too_large', `is over maxResponseBytes (${r.maxBytes})`);
    if (kind === 'binary')
        return blob;
    const text = await decodeUtf8(blob);
    if (text === null)
        throw invalid(r, target, response, 'invalid_utf8', 'is not UTF-8');
    if (kind === 'text' || (loose && !text))
        return kind === 'text' ? text : undefined;
    const type = response.headers.get('content-type');
    if (!loose && type !== null && !/json/i.test(type))
        throw invalid(r, target, response, 'invalid_json', `is ${type.split(';')[0]}, not JSON`, text);
    try {
        return JSON.parse(text);
    }
    catch {
        throw text.trim()
            ? invalid(r, target, response, 'invalid_json', 'is not JSON', text)
            : invalid(r, target, response, 'empty', 'is empty');
    }
}
/** Method, path, status and request id: where an error about a response starts. */
export function about(target, response) {
    return { ...target, status: response.status, requestId: requestId(response.headers) };
}
function invalid(r, target, response, reason, problem, text = '') {
    const shown = excerpt(text, r.redact);
    return new InvalidResponseError(`The ${response.status} response body of ${target.method} ${target.path} ${problem}${shown && `: ${shown}`}`, { ...about(target, response), reason, excerpt: shown });
}
/**
 * The error for a non-2xx response (its body read up to the limit, the rest dropped: the status
 * alone still gives the class), or for a 3xx, which is never followed.
 */
export async function readFailure(r, target, response, attempt) {
    if (apiErrorClass(response.status) === RedirectError) {
        discard(response);
        return failureError(r, target, response, attempt, undefined, redirectDetail(r, response));
    }
    let body = await errorText(r, response);
    try {
        body = JSON.parse(body);
    }
    catch {
        body = undefined; // an HTML error page from a proxy: the status says enough
    }
    return failureError(r, target, response, attempt, body);
}
/** A non-2xx body as text, cut at the size limit. */
export async function errorText(r, response) {
    return (await readBody(response, r.maxBytes, true)).text();
}
/**
 * The error for a non-2xx response or a `success: false` body: the server's error entries, else
 * `detail`, say what went wrong.
 */
export function failureError(r, target, response, attempts, body, detail = 'no error details in the response') {
    const status = response.status;
    const errors = entries(r, body?.['errors']);
    const ErrorClass = apiErrorClass(status);
    return new ErrorClass(`${target.method} ${target.path} failed with status ${status}: ${errors
        .slice(0, 5)
        .map((e) => `${e.message} (code ${e.code})`)
        .join('; ') || detail}`, {
        method: target.method,
        path: target.path,
        status,
        errors,
        messages: entries(r, body?.['messages']),
        requestId: requestId(response.headers),
        attempts,
        retryAfterMs: parseRetryAfter(response.headers),
    });
}
/** `{ code, message }` entries (at most 20, messages redacted and cut), tolerating anything else. */
function entries(r, value) {
    return Array.isArray(value)
        ? value
            .slice(0, 20)
            .filter(isRecord)
            .map((item) => {
            const code = Number(item['code']);
            const message = item['message'];
            return {
                code: isFinite(code) ? code : 0,
                message: typeof message === 'string' ? excerpt(message, r.redact, 500) : '',
            };
        })
        : [];
}
/**
 * Why a redirect was not followed, naming only the target's origin (redacted: a hostile server
 * can put a credential in the host name, which the URL parser lower-cases).
 */
function redirectDetail(r, response) {
    let target = '';
    try {
        const location = response.headers.get('location');
        if (location)
            target = ` to ${excerpt(new URL(location, r.base).origin, r.redact, 200)}`;
    }
    catch {
        // an unparseable Location: say nothing about it
    }
    return `redirected${target}; redirects are not followed, so credentials stay with the configured host`;
}
