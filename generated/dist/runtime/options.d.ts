/** setTimeout fires at once for delays above 2^31 - 1 ms. */
export declare const MAX_TIMER_MS = 2147483647;
/** An integer option in [min, max], or `fallback` when not given. */
export declare function count(
  value: number | undefined,
  fallback: number,
  min: number,
  name: string,
  max?: number,
): number;
/** Rejects control characters naming the header only: fetch's own error would quote the value. */
export declare function checkHeaders(
  headers: Record<string, string> | undefined,
  source: string,
): Record<string, string> | undefined;
/**
 * User-Agent everywhere but in browsers, where it is ignored or, not being a CORS-safelisted
 * header, would turn every request into a preflight.
 */
export declare function platformHeaders(userAgent: string): Record<string, string>;
