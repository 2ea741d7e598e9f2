/**
 * The cancellation scope of one HTTP attempt: its own timeout, plus the caller's signal. One object
 * per attempt and no closures: it is its own abort listener (`handleEvent`) and the timer callback
 * is a module function receiving it as argument. `finish()` must run in a `finally`, so neither the
 * timer nor the listener on a long-lived caller signal outlives the attempt.
 */
import { type CloudflareError, type RequestTarget } from './errors.js';
/**
 * Rethrow what fetch or a body stream threw, remembering it as an I/O failure (so retryable).
 * The value itself is unchanged: raw openapi-fetch callers still see fetch's own errors.
 */
export declare function ioFailure(thrown: unknown): never;
export declare class Attempt {
  private readonly outer;
  private readonly timeoutMs;
  readonly controller: AbortController;
  timedOut: boolean;
  private readonly timer;
  constructor(outer: AbortSignal | undefined, timeoutMs: number);
  get signal(): AbortSignal;
  /** The caller's signal fired: abort the attempt. Called by the event target. */
  handleEvent(): void;
  finish(): void;
  /**
   * Map what fetch or the body stream threw to our error, by what happened rather than by the
   * thrown value's shape (runtimes disagree: DOMException, TypeError with cause, the abort reason).
   * Anything else is a bug or a bad argument, not a network problem: rethrown as is, not retried.
   */
  toError(thrown: unknown, info: RequestTarget, attempts: number): CloudflareError;
}
