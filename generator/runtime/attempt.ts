/**
 * The cancellation scope of one HTTP attempt: its own timeout, plus the caller's signal. One object
 * per attempt and no closures: it is its own abort listener (`handleEvent`) and the timer callback
 * is a module function receiving it as argument. `finish()` must run in a `finally`, so neither the
 * timer nor the listener on a long-lived caller signal outlives the attempt.
 */
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  type CloudflareError,
  type RequestTarget,
} from './errors.js';

const ioFailures = new WeakSet<object>();

/**
 * Rethrow what fetch or a body stream threw, remembering it as an I/O failure (so retryable).
 * The value itself is unchanged: raw openapi-fetch callers still see fetch's own errors.
 */
export function ioFailure(thrown: unknown): never {
  if (typeof thrown === 'object' && thrown !== null) ioFailures.add(thrown);
  throw thrown;
}

function onTimeout(attempt: Attempt): void {
  attempt.timedOut = true;
  attempt.controller.abort();
}

export class Attempt {
  readonly controller = new AbortController();
  timedOut = false;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(
    private readonly outer: AbortSignal | undefined,
    private readonly timeoutMs: number,
  ) {
    this.timer = setTimeout(onTimeout, timeoutMs, this);
    if (outer !== undefined) {
      if (outer.aborted) this.controller.abort(outer.reason);
      else outer.addEventListener('abort', this);
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The caller's signal fired: abort the attempt. Called by the event target. */
  handleEvent(): void {
    this.controller.abort(this.outer?.reason);
  }

  finish(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this);
  }

  /**
   * Map what fetch or the body stream threw to our error, by what happened rather than by the
   * thrown value's shape (runtimes disagree: DOMException, TypeError with cause, the abort reason).
   * Anything else is a bug or a bad argument, not a network problem: rethrown as is, not retried.
   */
  toError(thrown: unknown, info: RequestTarget, attempts: number): CloudflareError {
    if (this.outer?.aborted) return new APIUserAbortError(info);
    if (!this.timedOut && !(typeof thrown === 'object' && thrown !== null && ioFailures.has(thrown))) throw thrown;
    const init = { method: info.method, path: info.path, attempts };
    if (this.timedOut)
      return new APITimeoutError(`${info.method} ${info.path} timed out after ${this.timeoutMs} ms`, init, thrown);
    return new APIConnectionError(
      `Connection error on ${info.method} ${info.path}${describeCause(thrown)}`,
      init,
      thrown,
    );
  }
}

/** A short reason such as ": ECONNRESET" from a fetch error's cause chain; codes carry no secrets. */
function describeCause(thrown: unknown): string {
  let current: unknown = thrown;
  for (let depth = 0; depth < 3 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code)) return `: ${code}`;
    current = (current as { cause?: unknown }).cause;
  }
  return '';
}
