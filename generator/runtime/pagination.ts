/**
 * What a paginated method returns. `await` gives the first page; `for await` walks every item of
 * every page; `.pages()` walks the pages. Nothing is sent until one of them is used, and the
 * first page's request is made once and reused by all of them (a walk after an `await` starts
 * from the page already fetched). Stop rules: pages.ts.
 */
import { APIPromise, type Outcome, type Source } from './api-promise.js';
import type { OperationSpec, ParamsCheck } from './descriptor.js';
import { APIUserAbortError, PaginationLimitError, type RequestTarget } from './errors.js';
import type { Context } from './exchange.js';
import { start, type Input } from './operation.js';
import type { RequestOptions } from './options.js';
import { itemsAt, nextParams, startRun } from './pages.js';

/** Makes a paginated method's PagePromise: the `pagination` module. */
export type Paginator = (
  ctx: Context,
  op: OperationSpec,
  input: Input | null,
  options: RequestOptions | undefined,
  check: ParamsCheck | undefined,
) => PagePromise<unknown, unknown>;

/**
 * The `pagination` module (Paginator): built into the default factory, an opt-in of the lite one
 * (`pagination` among its options), so that a lite app that reads only first pages does not
 * bundle the page walk.
 */
export const pagination: Paginator = (ctx, op, input, options, check) =>
  new PagePromise(ctx, op, input, options, check);

/**
 * A client whose paginated methods resolve to their first page only (an APIPromise, not a
 * PagePromise): the lite factory's, unless it is given `pagination`.
 */
export type Unpaged<C> = {
  readonly [K in keyof C]: C[K] extends (...args: infer A) => PagePromise<infer P, unknown>
    ? (...args: A) => APIPromise<P>
    : C[K] extends (...args: never) => unknown
      ? C[K]
      : Unpaged<C[K]>;
};

export class PagePromise<TPage, TItem> extends APIPromise<TPage> implements AsyncIterable<TItem> {
  readonly #ctx: Context;
  readonly #op: OperationSpec;
  readonly #input: Input | null;
  readonly #options: RequestOptions | undefined;
  readonly #check: ParamsCheck | undefined;
  #first: Source | undefined;

  constructor(
    ctx: Context,
    op: OperationSpec,
    input: Input | null,
    options: RequestOptions | undefined,
    check: ParamsCheck | undefined = op.check,
  ) {
    super();
    this.#ctx = ctx;
    this.#op = op;
    this.#input = input;
    this.#options = options;
    this.#check = check;
  }

  /** The first page's call, started on first use only: `await`, `.withResponse()` and `.asResponse()` give that page. */
  protected override source(): Source {
    return (this.#first ??= this.#start(this.#input));
  }

  #start(input: Input | null): Source {
    return start(this.#ctx, this.#op, input, this.#options, this.#check);
  }

  /** Every page, each the method's value (`{ result, result_info }` or `result`). */
  async *pages(): AsyncGenerator<TPage, void, undefined> {
    for await (const [outcome] of this.#walk()) yield outcome.data as TPage;
  }

  /** Every item of every page, in order. The call's signal stops it before the next item. */
  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    const signal = this.#options?.signal;
    for await (const [outcome, target] of this.#walk()) {
      for (const item of itemsAt(outcome.body, this.#op.pagination!.items) ?? []) {
        if (signal?.aborted) throw new APIUserAbortError(target);
        yield item as TItem;
      }
    }
  }

  /** Each page's outcome, with the request it answered. */
  async *#walk(): AsyncGenerator<[Outcome, RequestTarget], void, undefined> {
    const pagination = this.#op.pagination!;
    let source = this.source();
    const input = this.#input ?? {};
    const run = startRun(pagination, input);
    for (let fetched = 1, params: Input | undefined = input; ; fetched++) {
      const outcome = await source.outcome;
      const target = source.target!;
      yield [outcome, target];
      params = nextParams(pagination, params, outcome.body, run);
      if (params === undefined) return;
      if (fetched >= this.#ctx.maxPages) throw new PaginationLimitError(target, this.#ctx.maxPages);
      source = this.#start(params);
    }
  }
}
