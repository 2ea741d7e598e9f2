/**
 * When to retry and how long to wait. Same policy as the official SDK (retry 408, 409, 429, 5xx,
 * connection errors and timeouts; 0.5 s * 2^n backoff capped at 8 s, minus up to 25% jitter), with
 * one difference: a Retry-After above RETRY_AFTER_CAP_MS makes us give up at once and throw the
 * error (it carries `retryAfterMs`), instead of either hanging for an hour or hammering a server
 * that asked us to stay away.
 */
import { APIConnectionError, APIUserAbortError, CloudflareAPIError, RedirectError, } from './errors.js';
/**
 * The `retries` policy (RetryPolicy): built into the default factory, an opt-in of the lite one
 * (`retries` among its options), so that a lite app that does not retry does not bundle it.
 */
export const retries = async (ctx, request, failure, attempt) => {
    // A user abort is not retryable (isRetryable), so only the wait below can throw one.
    if (attempt > request.retries || !request.replayable || !isRetryable(failure))
        return false;
    const delay = retryDelay(attempt, failure instanceof CloudflareAPIError ? failure.retryAfterMs : null, ctx.retryBaseMs);
    if (delay < 0)
        return false;
    ctx.log?.retry(request.target, failure, delay, attempt + 1, request.retries + 1);
    if (await sleep(delay, request.signal))
        throw new APIUserAbortError(request.target);
    return true;
};
export const MAX_BACKOFF_MS = 8_000;
export const RETRY_AFTER_CAP_MS = 60_000;
/** 408, 409, 429 and 5xx; timeouts are APIConnectionErrors too; user aborts, redirects and the rest are final. */
export function isRetryable(error) {
    if (error instanceof APIConnectionError)
        return true;
    if (!(error instanceof CloudflareAPIError) || error instanceof RedirectError)
        return false;
    const status = error.status;
    return status === 408 || status === 409 || status === 429 || status >= 500;
}
// RFC 9110: delay-seconds is digits (a fraction is tolerated, as the official SDK does); an
// HTTP-date is IMF-fixdate. Anything else (`1, 2`, which Date.parse reads as a date in 2001) is
// no hint at all, rather than a misread one.
const SECONDS = /^\d+(?:\.\d+)?$/;
const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/**
 * The server's hint in milliseconds: `retry-after-ms` (non-standard), else `Retry-After`
 * (delay-seconds or HTTP-date). Zero, a date in the past or an unparseable value is no hint
 * (null): the normal backoff applies, so a misconfigured server cannot make us retry in a loop.
 */
export function parseRetryAfter(headers, now = Date.now()) {
    const ms = headers.get('retry-after-ms')?.trim() ?? '';
    const value = headers.get('retry-after')?.trim() ?? '';
    const delay = SECONDS.test(ms) && +ms > 0
        ? +ms
        : SECONDS.test(value)
            ? +value * 1000
            : IMF_FIXDATE.test(value)
                ? Date.parse(value) - now
                : 0;
    return delay > 0 ? delay : null;
}
/**
 * Milliseconds to wait before retry number `retry` (1-based), or -1 to give up now because the
 * server asked for more than RETRY_AFTER_CAP_MS.
 */
export function retryDelay(retry, retryAfterMs, baseMs) {
    if (retryAfterMs !== null)
        return retryAfterMs > RETRY_AFTER_CAP_MS ? -1 : retryAfterMs;
    const backoff = Math.min(baseMs * 2 ** (retry - 1), MAX_BACKOFF_MS);
    return backoff * (1 - Math.random() * 0.25);
}
/** Wait `ms`, waking early if `signal` aborts. Resolves true if it was aborted. */
export function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted || ms <= 0)
            return resolve(!!signal?.aborted);
        const done = (aborted) => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            resolve(aborted);
        };
        const onAbort = () => done(true);
        const timer = setTimeout(done, ms, false);
        signal?.addEventListener('abort', onAbort);
    });
}
