/**
 * What a paginated method returns. `await` gives the first page; `for await` walks every item of
 * every page; `.pages()` walks the pages. Nothing is sent until one of them is used, and the
 * first page's request is made once and reused by all of them (a walk after an `await` starts
 * from the page already fetched). Stop rules: pages.ts.
 */
import { APIPromise, type Source } from './api-promise.js';
import type { Check, OperationSpec } from './descriptor.js';
import type { Context } from './exchange.js';
import { type Input } from './operation.js';
import type { RequestOptions } from './options.js';
export declare class PagePromise<TPage, TItem> extends APIPromise<TPage> implements AsyncIterable<TItem> {
    #private;
    constructor(ctx: Context, op: OperationSpec, input: Input | null, options: RequestOptions | undefined, check?: Check | undefined);
    /** The first page's call, started on first use only: `await`, `.withResponse()` and `.asResponse()` give that page. */
    protected source(): Source;
    /** Every page, each the method's value (`{ result, result_info }` or `result`). */
    pages(): AsyncGenerator<TPage, void, undefined>;
    /** Every item of every page, in order. The call's signal stops it before the next item. */
    [Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined>;
}
