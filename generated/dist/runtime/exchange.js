import { APIConnectionError, APITimeoutError, APIUserAbortError, CloudflareAPIError, CloudflareError, } from './errors.js';
import { IoFailure } from './read.js';
import { causeCode, sanitizeCause } from './redact.js';
export async function exchange(ctx, request, handler) {
    const { target, signal, init } = request;
    const fetch = ctx.fetch ?? globalThis.fetch;
    const log = ctx.log;
    for (let attempt = 1;; attempt++) {
        if (signal?.aborted)
            throw new APIUserAbortError(target);
        const scope = ctx.deadlines.scope(request.timeoutMs, signal);
        const started = log?.debug ? Date.now() : 0;
        let value;
        let status = 0;
        let failure;
        let keep = false;
        try {
            let response;
            try {
                init.signal = scope.signal;
                response = await fetch(request.url, init);
            }
            catch (thrown) {
                throw new IoFailure(thrown);
            }
            if (response.status >= 200 && response.status < 300) {
                value = await handler.success(response, attempt);
                keep = handler.keepsBody?.() === true;
                status = response.status;
            }
            else
                failure = await handler.failure(response, attempt);
        }
        catch (thrown) {
            failure = classify(ctx, thrown, scope, request, attempt);
        }
        finally {
            if (!keep)
                scope.close();
        }
        if (started)
            log.attempt(target, failure ?? status, Date.now() - started, attempt);
        if (!failure)
            return value;
        // The retry policy waits before saying yes; without one (the lite factory's default) nothing is retried.
        if (!(ctx.retry && (await ctx.retry(ctx, request, failure, attempt)))) {
            if (failure instanceof CloudflareAPIError && handler.settle)
                return handler.settle(failure);
            log?.failed(target, failure, attempt);
            throw failure;
        }
    }
}
/**
 * Map what fetch or the body stream threw to our error, by what happened rather than by the thrown
 * value's shape (runtimes disagree: DOMException, TypeError with cause, the abort reason).
 * Anything that is neither ours nor an I/O failure is a bug or a bad argument: rethrown as is.
 */
function classify(ctx, thrown, scope, request, attempts) {
    if (thrown instanceof CloudflareError)
        return thrown;
    const { method, path } = request.target;
    if (request.signal?.aborted)
        return new APIUserAbortError(request.target);
    if (!(thrown instanceof IoFailure))
        throw thrown;
    const cause = sanitizeCause(thrown.cause, ctx.redact);
    const init = { method, path, attempts };
    if (scope.timedOut())
        return new APITimeoutError(`${method} ${path} timed out after ${request.timeoutMs} ms`, init, cause);
    const code = causeCode(thrown.cause);
    return new APIConnectionError(`Connection error on ${method} ${path}${code ? `: ${code}` : ''}`, init, cause);
}
