import { missingCredentials, pickAlternative } from './auth.js';
import { mediaIndex } from './body.js';
import { RequestValidationError } from './errors.js';
import { exchange } from './exchange.js';
import { pointerToken } from './keywords.js';
import { checkHeaders, count, MAX_TIMER_MS, packageName } from './options.js';
import { readFailure, readSuccess } from './response.js';
import { badSegment, encode, formPart, PATH_PARAM, Unsendable } from './serialize.js';
import { collect, describeIssues, passes, pointerToName } from './validation.js';
export const validation = (op, input, checks, path, contentType) => {
    // One check per body media type: the call's. None for a type not offered, which requestBody refuses.
    const check = typeof checks === 'function' ? checks : checks[mediaIndex(op.body, contentType)];
    if (!check || passes(check, input))
        return;
    const { issues, omitted } = collect(check, input);
    throw invalid(op, path, issues, omitted, describeIssues(issues, omitted, true));
};
/**
 * The params object read once: own enumerable properties, each getter called once, so that what
 * is validated is what is sent. null for something that is not an object (the check says why).
 */
export function snapshot(params) {
    return params == null ? {} : typeof params === 'object' && !Array.isArray(params) ? { ...params } : null;
}
/**
 * Starts one request of `op` with the snapshot `input`, checked by `check` (default: the
 * operation's). The running call behind an APIPromise is also the exchange's response handler.
 */
export function start(ctx, op, input, options, check = op.check) {
    // `target` and `outcome` are set below.
    const call = {
        raw: false,
        // A Response left to the caller (asResponse): no value, no body read.
        success: async (response, attempt) => call.raw ? { response } : readSuccess(ctx, op, call.target, response, attempt),
        failure: (response, attempt) => readFailure(ctx, call.target, response, attempt),
        keepsBody: () => call.raw,
    };
    // Async, so that what prepare throws rejects the call's promise.
    call.outcome = (async () => {
        const request = prepare(ctx, op, input, options, check);
        call.target = request.target;
        return exchange(ctx, request, call);
    })();
    return call;
}
/**
 * Throws CloudflareError subclasses for anything wrong before a byte is sent. Without `check`
 * (the lite factory) the parameters are not validated, but what cannot be sent at all (an empty
 * path segment, a nested object in a query) is still refused.
 */
export function prepare(ctx, op, input, options, check) {
    const method = op.method;
    op.deprecated?.(ctx, op);
    const credentials = ctx.credentials;
    const security = op.security ?? ctx.api.security;
    const alternative = credentials ? pickAlternative(security, credentials) : [];
    if (!alternative)
        throw missingCredentials(ctx.api, `${method} ${op.path}`, security);
    if (!input)
        throw invalid(op, op.path, [{ path: '', keyword: 'type', message: 'must be object' }]);
    const issues = [];
    // A path parameter that cannot be sent stays `{key}`, as messages show it.
    const path = op.path.replace(PATH_PARAM, (_, key) => param(key, input, issues, segment));
    if (check)
        ctx.validate?.(op, input, check, path, options?.contentType);
    // Parts, some '' (nothing to send), joined once complete.
    const query = [];
    for (const spec of op.query ?? [])
        query.push(param(spec, input, issues, queryOf));
    const headers = { ...ctx.headers };
    const cookies = [headers['cookie']];
    const init = { method, headers, redirect: 'manual' };
    // Header and cookie parameters and the body: only descriptors that have them reference the code.
    for (const part of op.extras ?? [])
        part(op, input, options, init, issues, cookies);
    // Credentials last, as raw sends them; a header credential yields to the client's own headers.
    for (const scheme of alternative) {
        const { in: where, name, value } = credentials.get(scheme);
        const pair = `${name}=${encode(value)}`;
        if (where === 'query')
            query.push(pair);
        else if (where === 'cookie')
            cookies.push(pair);
        else if (ctx.ownHeaders[name] === undefined)
            headers[name] = value;
    }
    const cookie = cookies.filter(Boolean).join('; ');
    if (cookie)
        headers['cookie'] = cookie;
    const search = query.filter(Boolean).join('&');
    if (issues.length)
        throw invalid(op, path, issues);
    if (options?.headers)
        Object.assign(headers, checkHeaders(options.headers, 'the request options'));
    return {
        url: ctx.base + path + (search && `?${search}`),
        init,
        target: { method, path },
        // Only a stream body is sent half-duplex, and only it cannot be sent again.
        replayable: !init.duplex,
        retries: count(options?.maxRetries, ctx.maxRetries, 0, 'maxRetries'),
        timeoutMs: count(options?.timeoutMs, ctx.timeoutMs, 1, 'timeoutMs', MAX_TIMER_MS),
        signal: options?.signal,
    };
}
/**
 * The `deprecated` of deprecated operations' descriptors (generated code imports it for those
 * only): warns that `op` is deprecated, through the `log` option's log (level warn) when there is
 * one, else `console.warn`. Once per process (per JS realm), not per client: apps on Workers and
 * serverless often build a client per request. A client whose level writes no warning leaves it
 * to the next one that does.
 */
export function deprecation(ctx, op) {
    if (!ctx.warnDeprecated || warned.has(op) || ctx.log?.warns === false)
        return;
    warned.add(op);
    const line = `${op.method} ${op.path} is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)`;
    if (ctx.log)
        ctx.log.warn(line);
    else
        console.warn(`[${packageName(ctx.api)}] ${line}`);
}
/** Deprecated operations already warned about, keyed by the descriptor (defined once per module). */
const warned = new WeakSet();
/**
 * The text of the parameter `spec` (a path key, or a ParamSpec) through `encoder`; what cannot be
 * sent is recorded as an issue at its key, and reads `{key}`.
 */
export function param(spec, input, issues, encoder) {
    const named = typeof spec === 'string';
    const key = named ? spec : (spec.key ?? spec.name);
    try {
        // Own keys only: a parameter named `constructor` or `toString` that the caller left out would
        // otherwise send Object.prototype's function as its value (generated checks read them so too).
        return encoder(named ? spec : spec.name, Object.hasOwn(input, key) ? input[key] : undefined, spec);
    }
    catch (thrown) {
        issues.push(issue(key, thrown));
        return `{${key}}`;
    }
}
/**
 * A path parameter as its own segment; '', '.' and '..' would make the URL parser drop or climb one.
 * An array is style simple, `a,b` (as raw's fillPath and openapi-fetch send it): joined here, not
 * through serialize.ts's `joined`, whose object branch would cost every app 70 bytes of gzip.
 */
function segment(_name, value) {
    const text = Array.isArray(value)
        ? value.map(encode).join(',')
        : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
            ? encode(value)
            : '';
    if (text === '' || text === '.' || text === '..')
        throw badSegment();
    return text;
}
/** Form exploded, unless the descriptor names the encoder of another style. */
function queryOf(name, value, spec) {
    return typeof spec === 'object' && spec.encode ? spec.encode(name, value, spec) : formPart(name, value);
}
/** The issue of a value that cannot be sent (at the params key `key`; the whole params without). */
export function issue(key, thrown) {
    if (!(thrown instanceof Unsendable))
        throw thrown;
    return { path: key === undefined ? '' : `/${pointerToken(key)}`, keyword: thrown.keyword, message: thrown.message };
}
/** "Invalid parameters for GET /x/{id}: id must ...", each issue named by its params key. */
function invalid(op, path, issues, omitted = 0, text = issues.map((issue) => `${pointerToName(issue.path)} ${issue.message}`).join('; ')) {
    return new RequestValidationError(`Invalid parameters for ${op.method} ${path}: ${text}`, {
        method: op.method,
        path,
        issues,
        omitted,
    });
}
