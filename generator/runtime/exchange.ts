/**
 * One call over the network: attempts, timeouts, retries with backoff, and the mapping of what
 * fetch throws to typed errors. It knows nothing about operations: methods and `raw` each say
 * what a 2xx and a non-2xx response become.
 */
import type { ApiSpec } from './descriptor.js';
import type { Credentials } from './auth.js';
import type { Deadlines, Scope } from './deadline.js';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  CloudflareAPIError,
  CloudflareError,
  type RequestTarget,
} from './errors.js';
import type { Log } from './log.js';
import type { Fetch } from './options.js';
import { IoFailure } from './read.js';
import { causeCode, sanitizeCause } from './redact.js';
import type { Reading } from './response.js';
import type { ParamsValidator } from './operation.js';
import type { Paginator } from './pagination.js';
import type { RetryPolicy } from './retry.js';

/** Everything a client resolved from its options, shared by all its calls. */
export interface Context extends Reading {
  readonly api: ApiSpec;
  readonly fetch: Fetch | undefined;
  readonly maxRetries: number;
  readonly timeoutMs: number;
  readonly maxPages: number;
  readonly retryBaseMs: number;
  /** `retries`: built into the default factory; the lite one retries only when given it. */
  readonly retry: RetryPolicy | undefined;
  /** `pagination`: built into the default factory; without it a paginated method gives its first page. */
  readonly paginate: Paginator | undefined;
  /** `validation`: built into validating factories (not the lite one); without it no check runs. */
  readonly validate?: ParamsValidator | undefined;
  /** User-Agent and the client's `headers` option, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The client's `headers` option alone: credentials do not override these. */
  readonly ownHeaders: Readonly<Record<string, string>>;
  /** null with `auth: 'none'`. */
  readonly credentials: Credentials | null;
  /** The `log` option's log; undefined without it. */
  readonly log: Log | undefined;
  /** The `warnOnDeprecated` option. */
  readonly warnDeprecated: boolean;
  readonly deadlines: Deadlines;
}

/** A request ready to send, as often as the retry policy allows. */
export interface Prepared {
  readonly url: string;
  /** Sent as is; its `signal` is replaced per attempt. */
  readonly init: RequestInit;
  readonly target: RequestTarget;
  /** False for a ReadableStream body, which cannot be sent twice. */
  readonly replayable: boolean;
  readonly retries: number;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
}

/** What the caller makes of responses. */
export interface Handler<T> {
  /** The value of a 2xx response. May throw IoFailure (retried) or a CloudflareError (final). */
  success(response: Response, attempt: number): Promise<T>;
  /** The error for a non-2xx response, retried or not by the policy. */
  failure(response: Response, attempt: number): Promise<CloudflareAPIError>;
  /** Keep the attempt's timeout armed after success: the caller reads the body itself. */
  keepsBody?(): boolean;
  /** Resolve with this instead of throwing an API error no retry will follow (raw). */
  settle?(error: CloudflareAPIError): T;
}

export async function exchange<T>(ctx: Context, request: Prepared, handler: Handler<T>): Promise<T> {
  const { target, signal, init } = request;
  const fetch = ctx.fetch ?? globalThis.fetch;
  const log = ctx.log;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw new APIUserAbortError(target);
    const scope = ctx.deadlines.scope(request.timeoutMs, signal);
    const started = log?.debug ? Date.now() : 0;
    let value: T | undefined;
    let status = 0;
    let failure: CloudflareError | undefined;
    let keep = false;
    try {
      let response: Response;
      try {
        init.signal = scope.signal;
        response = await fetch(request.url, init);
      } catch (thrown) {
        throw new IoFailure(thrown);
      }
      if (response.status >= 200 && response.status < 300) {
        value = await handler.success(response, attempt);
        keep = handler.keepsBody?.() === true;
        status = response.status;
      } else failure = await handler.failure(response, attempt);
    } catch (thrown) {
      failure = classify(ctx, thrown, scope, request, attempt);
    } finally {
      if (!keep) scope.close();
    }
    if (started) log!.attempt(target, failure ?? status, Date.now() - started, attempt);
    if (!failure) return value as T;
    // The retry policy waits before saying yes; without one (the lite factory's default) nothing is retried.
    if (!(ctx.retry && (await ctx.retry(ctx, request, failure, attempt)))) {
      if (failure instanceof CloudflareAPIError && handler.settle) return handler.settle(failure);
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
function classify(ctx: Context, thrown: unknown, scope: Scope, request: Prepared, attempts: number): CloudflareError {
  if (thrown instanceof CloudflareError) return thrown;
  const { method, path } = request.target;
  if (request.signal?.aborted) return new APIUserAbortError(request.target);
  if (!(thrown instanceof IoFailure)) throw thrown;
  const cause = sanitizeCause(thrown.cause, ctx.redact);
  const init = { method, path, attempts };
  if (scope.timedOut())
    return new APITimeoutError(`${method} ${path} timed out after ${request.timeoutMs} ms`, init, cause);
  const code = causeCode(thrown.cause);
  return new APIConnectionError(`Connection error on ${method} ${path}${code ? `: ${code}` : ''}`, init, cause);
}
