/**
 * When to retry and how long to wait. Same policy as the official SDK (retry 408, 409, 429, 5xx,
 * connection errors and timeouts; 0.5 s * 2^n backoff capped at 8 s, minus up to 25% jitter), with
 * one difference: a Retry-After above RETRY_AFTER_CAP_MS makes us give up at once and throw the
 * error (it carries `retryAfterMs`), instead of either hanging for an hour or hammering a server
 * that asked us to stay away.
 */
import {
  APIConnectionError,
  CloudflareAPIError,
  RedirectError,
  type CloudflareError,
} from './errors.js';

export const MAX_BACKOFF_MS = 8_000;
export const RETRY_AFTER_CAP_MS = 60_000;

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Timeouts are APIConnectionErrors too; user aborts and everything else are final. */
export function isRetryable(error: CloudflareError): boolean {
  if (error instanceof APIConnectionError) return true;
  return (
    error instanceof CloudflareAPIError &&
    !(error instanceof RedirectError) &&
    isRetryableStatus(error.status)
  );
}

/** `retry-after-ms` (non-standard, milliseconds), else `Retry-After` (delta-seconds or HTTP-date). */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | null {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const header = headers.get('retry-after');
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : null;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Milliseconds to wait before retry number `retry` (1-based), or -1 to give up now because the
 * server asked for more than RETRY_AFTER_CAP_MS.
 */
export function retryDelay(retry: number, retryAfterMs: number | null, baseMs: number): number {
  if (retryAfterMs !== null) return retryAfterMs > RETRY_AFTER_CAP_MS ? -1 : retryAfterMs;
  const backoff = Math.min(baseMs * 2 ** (retry - 1), MAX_BACKOFF_MS);
  return backoff * (1 - Math.random() * 0.25);
}

/** Wait `ms`, waking early if `signal` aborts. Resolves true if it was aborted. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(true);
  if (ms <= 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(false);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
