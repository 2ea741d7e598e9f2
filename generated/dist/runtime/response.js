import { apiErrorClass, CloudflareAPIError, InvalidResponseError, ResponseValidationError, } from './errors.js';
import { itemsAt } from './pages.js';
import { decodeLenient, decodeUtf8, discard, readBytes } from './read.js';
import { excerpt, requestId } from './redact.js';
import { parseRetryAfter } from './retry.js';
import { collect, describeIssues, passes } from './validation.js';
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
        data = await decodeBody(r, kind, target, response, false);
    else
        data = interpret(r, op, target, response, attempt, (body = await decodeBody(r, 'json', target, response, false)));
    return { data, body, response };
}
/**
 * A body read with the size limit: a Blob, a string, or parsed JSON. `loose` is raw's rule (as
 * openapi-fetch's): any Content-Type is parsed, and an empty body is undefined; otherwise a JSON
 * body must say so in its Content-Type (when it has one) and must not be empty.
 */
export async function decodeBody(r, kind, target, response, loose) {
    const bytes = await readBytes(response, r.maxBytes, false);
    if (!bytes)
        throw invalid(r, target, response, 'too_large', `is over maxResponseBytes (${r.maxBytes})`);
    if (kind === 'binary')
        return new Blob([bytes], { type: response.headers.get('content-type') ?? '' });
    const text = decodeUtf8(bytes);
    if (text === null)
        throw invalid(r, target, response, 'invalid_utf8', 'is not UTF-8');
    const type = response.headers.get('content-type');
    if (kind === 'text' || (loose && !text))
        return kind === 'text' ? text : undefined;
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
/** The envelope rules, response validation, and the value a method resolves to. */
function interpret(r, op, target, response, attempt, body) {
    const enveloped = op.response === 'result' || op.response === 'page';
    if (enveloped && isRecord(body) && body['success'] === false)
        throw failureError(r, target, response, attempt, body);
    const check = r.checks?.get(op);
    if (check && !passes(check, body)) {
        const { issues, omitted } = collect(check, body);
        throw new ResponseValidationError(`Response of ${target.method} ${target.path} does not match the schema: ${describeIssues(issues, omitted, false)}`, { ...about(target, response), issues, omitted });
    }
    if (enveloped && !(isRecord(body) && 'result' in body))
        throw invalid(r, target, response, 'not_envelope', 'has no result');
    const items = op.pagination?.items;
    if (items && !itemsAt(body, items))
        throw invalid(r, target, response, 'not_envelope', `has no list at ${items.join('.')}`);
    if (!enveloped)
        return body;
    const envelope = body;
    if (op.response === 'result')
        return envelope['result'];
    return 'result_info' in envelope
        ? { result: envelope['result'], result_info: envelope['result_info'] }
        : { result: envelope['result'] };
}
/** Method, path, status and request id: where an error about a response starts. */
function about(target, response) {
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
    const status = response.status;
    if (status < 200 || (status >= 300 && status < 400)) {
        discard(response);
        return failureError(r, target, response, attempt, undefined, redirectDetail(r, response));
    }
    const bytes = await readBytes(response, r.maxBytes, true);
    let body;
    try {
        body = bytes && bytes.byteLength > 0 ? JSON.parse(decodeLenient(bytes)) : undefined;
    }
    catch {
        // an HTML error page from a proxy: the status says enough
    }
    return failureError(r, target, response, attempt, body);
}
/** The error for a non-2xx response or a `success: false` body. `detail` overrides the summary. */
export function failureError(r, target, response, attempts, body, detail) {
    const status = response.status;
    const errors = entries(r, isRecord(body) ? body['errors'] : undefined);
    const messages = entries(r, isRecord(body) ? body['messages'] : undefined);
    const summary = detail ??
        (errors.length > 0
            ? errors
                .slice(0, 5)
                .map((e) => `${e.message} (code ${e.code})`)
                .join('; ')
            : status >= 200 && status < 300
                ? 'the response says success: false'
                : 'no error details in the response');
    const ErrorClass = apiErrorClass(status);
    return new ErrorClass(`${target.method} ${target.path} failed with status ${status}: ${summary}`, {
        method: target.method,
        path: target.path,
        status,
        errors,
        messages,
        requestId: requestId(response.headers),
        attempts,
        retryAfterMs: parseRetryAfter(response.headers),
    });
}
/** `{ code, message }` entries (at most 20, messages redacted and cut), tolerating anything else. */
function entries(r, value) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    for (const item of value.slice(0, 20)) {
        if (!isRecord(item))
            continue;
        const code = Number(item['code']);
        const message = item['message'];
        out.push({
            code: Number.isFinite(code) ? code : 0,
            message: typeof message === 'string' ? excerpt(message, r.redact, 500) : '',
        });
    }
    return out;
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
