/**
 * Checks on client and per-call options, done where they are given so a mistake surfaces as a
 * clear CloudflareError rather than as endless retries (NaN) or a timer that fires at once.
 */
import { hasControlChar } from './auth.js';
import { CloudflareError } from './errors.js';

/** setTimeout fires at once for delays above 2^31 - 1 ms. */
export const MAX_TIMER_MS = 2_147_483_647;

/** An integer option in [min, max], or `fallback` when not given. */
export function count(
  value: number | undefined,
  fallback: number,
  min: number,
  name: string,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new CloudflareError(`The option ${name} must be an integer from ${min} to ${max}`);
  return value;
}

/** Rejects control characters naming the header only: fetch's own error would quote the value. */
export function checkHeaders(
  headers: Record<string, string> | undefined,
  source: string,
): Record<string, string> | undefined {
  for (const name in headers) {
    const value = headers[name];
    if (typeof value !== 'string' || hasControlChar(value))
      throw new CloudflareError(`The header ${name} in ${source} must be a string without control characters`);
  }
  return headers;
}

/**
 * User-Agent everywhere but in browsers, where it is ignored or, not being a CORS-safelisted
 * header, would turn every request into a preflight.
 */
export function platformHeaders(userAgent: string): Record<string, string> {
  const global = globalThis as { document?: unknown; importScripts?: unknown };
  return global.document !== undefined || typeof global.importScripts === 'function' ? {} : { 'User-Agent': userAgent };
}
