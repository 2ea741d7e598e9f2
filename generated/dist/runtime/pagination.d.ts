/**
 * What a paginated method returns. `await` gives the first page; `for await` walks every item of
 * every page; `.pages()` walks the pages. Nothing is sent until one of them is used, and the
 * first page's request is made once and reused by all of them (a walk after an `await` starts
 * from the page already fetched). Stop rules: pages.ts.
 */
import { type WithResponse } from './api-promise.js';
import type { Check, OperationSpec } from './descriptor.js';
import type { Context } from './exchange.js';
import { type Input } from './operation.js';
import type { RequestOptions } from './options.js';
export declare class PagePromise<TPage, TItem> implements PromiseLike<TPage>, AsyncIterable<TItem> {
    #private;
    constructor(ctx: Context, op: OperationSpec, input: Input | null, options: RequestOptions | undefined, check?: Check | undefined);
    then<A = TPage, B = never>(onfulfilled?: ((value: TPage) => A | PromiseLike<A>) | null, onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B>;
    catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<TPage | B>;
    finally(onfinally?: (() => void) | null): Promise<TPage>;
    /** The first page and its Response (body read). */
    withResponse(): Promise<WithResponse<TPage>>;
    /** The first page's Response, body unread. */
    asResponse(): Promise<Response>;
    /** Every page, each the method's value (`{ result, result_info }` or `result`). */
    pages(): AsyncGenerator<TPage, void, undefined>;
    /** Every item of every page, in order. The call's signal stops it before the next item. */
    [Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined>;
}
