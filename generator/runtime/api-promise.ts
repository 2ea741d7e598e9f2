/**
 * What every method returns, as in Stainless SDKs: awaitable for the value, plus
 * `.withResponse()` (value and Response) and `.asResponse()` (the Response, body unread).
 *
 * The request starts when the method is called. Whether its body is read is decided when the
 * response headers arrive: by then a caller who wants the raw Response has called
 * `.asResponse()` (it is chained on the call), so the body is left to them.
 */
import type { RequestTarget } from './errors.js';

/** A call's result: the method's value, the parsed body it came from, and the Response. */
export interface Outcome {
  readonly data: unknown;
  readonly body: unknown;
  readonly response: Response;
}

/** The running call behind an APIPromise. */
export interface Source {
  /** Set by asResponse(): resolve with the Response without reading its body. */
  raw: boolean;
  readonly outcome: Promise<Outcome>;
  /** Method and filled path, once the request is built. */
  readonly target: RequestTarget | undefined;
}

/** `.withResponse()`: the value and the Response it came from (its body already read). */
export interface WithResponse<T> {
  readonly data: T;
  readonly response: Response;
}

export class APIPromise<T> implements PromiseLike<T> {
  readonly #source: Source | undefined;

  /** `source` is the running call; PagePromise passes none and starts its call on first use. */
  constructor(source?: Source) {
    this.#source = source;
  }

  /** The running call behind this promise. */
  protected source(): Source {
    return this.#source!;
  }

  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.source()
      .outcome.then((outcome) => outcome.data as T)
      .then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  /** The value and the Response (body read). Errors, retries and timeouts as for `await`. */
  withResponse(): Promise<WithResponse<T>> {
    return this.source().outcome.then((outcome) => ({ data: outcome.data as T, response: outcome.response }));
  }

  /**
   * The Response as soon as a 2xx arrives, its body unread (the call's timeout still covers
   * reading it). A non-2xx still throws its typed error, after the usual retries.
   */
  asResponse(): Promise<Response> {
    const source = this.source();
    source.raw = true;
    return source.outcome.then((outcome) => outcome.response);
  }
}
