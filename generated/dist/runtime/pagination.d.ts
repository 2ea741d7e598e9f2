/**
 * What a paginated method returns. `await` gives the first page; `for await` walks every item of
 * every page; `.pages()` walks the pages. Nothing is sent until one of them is used, and the
 * first page's request is made once and reused by all of them (a walk after an `await` starts
 * from the page already fetched). Stop rules: pages.ts.
 */
import { APIPromise, type Source } from './api-promise.js';
import type { OperationSpec, ParamsCheck } from './descriptor.js';
import type { Context } from './exchange.js';
import { type Input } from './operation.js';
import type { RequestOptions } from './options.js';
/** Makes a paginated method's PagePromise: the `pagination` module. */
export type Paginator = (ctx: Context, op: OperationSpec, input: Input | null, options: RequestOptions | undefined, check: ParamsCheck | undefined) => PagePromise<unknown, unknown>;
/**
 * The `pagination` module (Paginator): built into the default factory, an opt-in of the lite one
 * (`pagination` among its options), so that a lite app that reads only first pages does not
 * bundle the page walk.
 */
export declare const pagination: Paginator;
/**
 * A client whose paginated methods resolve to their first page only (an APIPromise, not a
 * PagePromise): the lite factory's, unless it is given `pagination`.
 */
export type Unpaged<C> = {
    readonly [K in keyof C]: C[K] extends (...args: infer A) => PagePromise<infer P, unknown> ? (...args: A) => APIPromise<P> : C[K] extends (...args: never) => unknown ? C[K] : Unpaged<C[K]>;
};
export declare class PagePromise<TPage, TItem> extends APIPromise<TPage> implements AsyncIterable<TItem> {
    #private;
    constructor(ctx: Context, op: OperationSpec, input: Input | null, options: RequestOptions | undefined, check?: ParamsCheck | undefined);
    /** The first page's call, started on first use only: `await`, `.withResponse()` and `.asResponse()` give that page. */
    protected source(): Source;
    /** Every page, each the method's value (`{ result, result_info }` or `result`). */
    pages(): AsyncGenerator<TPage, void, undefined>;
    /** Every item of every page, in order. The call's signal stops it before the next item. */
    [Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined>;
}
