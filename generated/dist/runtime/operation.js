import { missingCredentials, pickAlternative } from './auth.js';
import { RequestValidationError } from './errors.js';
import { exchange } from './exchange.js';
import { pointerToken } from './keywords.js';
import { checkHeaders, count, MAX_TIMER_MS } from './options.js';
import { readFailure, readSuccess } from './response.js';
import { badSegment, encode, queryPart, Unsendable } from './serialize.js';
import { collect, describeIssues, passes } from './validation.js';
/**
 * The params object read once: own enumerable properties, each getter called once, so that what
 * is validated is what is sent. null for something that is not an object (the check says why).
 */
export function snapshot(params) {
    if (params === undefined || params === null)
        return {};
    return typeof params === 'object' && !Array.isArray(params) ? { ...params } : null;
}
/**
 * Starts one request of `op` with the snapshot `input`, checked by `check` (default: the
 * operation's). The running call behind an APIPromise is also the exchange's response handler.
 */
export function start(ctx, op, input, options, check = op.check) {
    const call = {
        raw: false,
        target: undefined,
        outcome: undefined,
        success: async (response, attempt) => call.raw ? { data: undefined, body: undefined, response } : readSuccess(ctx, op, call.target, response, attempt),
        failure: (response, attempt) => readFailure(ctx, call.target, response, attempt),
        keepsBody: () => call.raw,
    };
    call.outcome = run(ctx, op, input, options, check, call);
    return call;
}
async function run(ctx, op, input, options, check, call) {
    const request = prepare(ctx, op, input, options, check);
    call.target = request.target;
    return exchange(ctx, request, call);
}
/** `/accounts/{account_id}/x`: the path template, for messages about the operation itself. */
export function template(op) {
    let path = '';
    for (let i = 0; i < op.path.length; i++)
        path += i % 2 ? `{${op.path[i]}}` : op.path[i];
    return path;
}
/**
 * Throws CloudflareError subclasses for anything wrong before a byte is sent. Without `check`
 * (the lite factory) the parameters are not validated, but what cannot be sent at all (an empty
 * path segment, a nested object in a query) is still refused.
 */
export function prepare(ctx, op, input, options, check = op.check) {
    if (op.deprecated && ctx.warnDeprecated)
        warnDeprecated(ctx, op);
    const credentials = ctx.credentials;
    const alternative = credentials ? pickAlternative(op.security, credentials) : [];
    if (!alternative)
        throw missingCredentials(ctx.api, `${op.method} ${template(op)}`, op.security);
    if (!input)
        throw invalid(op, {}, [{ path: '', keyword: 'type', message: 'must be object' }], 0);
    if (check && !passes(check, input)) {
        const { issues, omitted } = collect(check, input);
        throw invalid(op, input, issues, omitted);
    }
    const issues = [];
    const headers = { ...ctx.headers };
    const path = fillPath(op, input, issues);
    let query = '';
    for (const spec of op.query ?? NONE)
        query = join(query, '&', param(spec, input, issues, queryOf));
    const init = {
        method: op.method,
        headers,
        body: null,
        redirect: 'manual',
        signal: null,
    };
    // Header and cookie parameters and the body: only descriptors that have them reference the code.
    let cookie = '';
    let replayable = true;
    if (op.extras)
        ({ cookie, replayable } = op.extras(op, input, options, init, issues));
    // Credentials last, as raw sends them; a header credential yields to the client's own headers.
    for (const scheme of alternative) {
        const { in: where, name, value } = credentials.get(scheme);
        if (where === 'query')
            query = join(query, '&', `${name}=${encode(value)}`);
        else if (where === 'cookie')
            cookie = join(cookie, '; ', `${name}=${encode(value)}`);
        else if (ctx.ownHeaders[name] === undefined)
            headers[name] = value;
    }
    if (cookie)
        headers['cookie'] = join(headers['cookie'] ?? '', '; ', cookie);
    if (issues.length > 0)
        throw invalid(op, input, issues, 0);
    if (options?.headers)
        Object.assign(headers, checkHeaders(options.headers, 'the request options'));
    return {
        url: ctx.base + path + (query && `?${query}`),
        init,
        target: { method: op.method, path },
        replayable,
        retries: count(options?.maxRetries, ctx.maxRetries, 0, 'maxRetries'),
        timeoutMs: count(options?.timeoutMs, ctx.timeoutMs, 1, 'timeoutMs', MAX_TIMER_MS),
        signal: options?.signal,
    };
}
const NONE = [];
/**
 * Operations already warned about. Per process (per JS realm), not per client: apps on Workers
 * and serverless often build a client per request, and a warning on every request would be
 * noise. Keyed by the descriptor, which generated code defines once per module.
 */
const warned = new WeakSet();
/** Through the `log` option's log (level warn) when there is one, else `console.warn`. */
function warnDeprecated(ctx, op) {
    // A client whose level writes no warning leaves the warning to the next one that does.
    if (warned.has(op) || ctx.log?.warns === false)
        return;
    warned.add(op);
    const line = `${op.method} ${template(op)} is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)`;
    if (ctx.log)
        ctx.log.warn(line);
    else
        console.warn(`[${ctx.api.userAgent.split('/')[0]}] ${line}`);
}
export function join(text, separator, part) {
    return part && text ? text + separator + part : text || part;
}
/**
 * The text of the parameter `spec` (a path key, or a ParamSpec), or '' when absent; what cannot
 * be sent is recorded as an issue at its key.
 */
export function param(spec, input, issues, encoder) {
    const key = typeof spec === 'string' ? spec : (spec.key ?? spec.name);
    let value = input[key];
    if (value == null && encoder !== segment)
        return '';
    try {
        if (typeof spec !== 'string' && spec.json)
            value = JSON.stringify(value);
        return encoder(typeof spec === 'string' ? spec : spec.name, value, spec);
    }
    catch (thrown) {
        issues.push(issue(`/${pointerToken(key)}`, thrown));
        return `{${key}}`;
    }
}
/** A path parameter as its own segment; '', '.' and '..' would make the URL parser drop or climb one. */
function segment(_name, value) {
    const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
    if (text === '' || text === '.' || text === '..')
        throw badSegment();
    return encode(text);
}
function queryOf(name, value, spec) {
    return typeof spec === 'string' ? queryPart(name, value) : queryPart(name, value, spec.style, spec.explode);
}
export function issue(path, thrown) {
    if (!(thrown instanceof Unsendable))
        throw thrown;
    return { path, keyword: thrown.keyword, message: thrown.message };
}
/** The path with its parameters filled in; one that cannot be sent is an issue, and stays `{key}`. */
function fillPath(op, input, issues) {
    let path = op.path[0];
    for (let i = 1; i < op.path.length; i += 2)
        path += param(op.path[i], input, issues, segment) + op.path[i + 1];
    return path;
}
function invalid(op, input, issues, omitted) {
    const path = fillPath(op, input, []);
    return new RequestValidationError(`Invalid parameters for ${op.method} ${path}: ${describeIssues(issues, omitted, true)}`, {
        method: op.method,
        path,
        issues,
        omitted,
    });
}
