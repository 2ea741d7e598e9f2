/**
 * What a paginated method returns. `await` gives the first page; `for await` walks every item of
 * every page; `.pages()` walks the pages. Nothing is sent until one of them is used, and the
 * first page's request is made once and reused by all of them (a walk after an `await` starts
 * from the page already fetched). Stop rules: pages.ts.
 */
import { APIPromise } from './api-promise.js';
import { APIUserAbortError, PaginationLimitError } from './errors.js';
import { start } from './operation.js';
import { itemsAt, nextParams, startRun } from './pages.js';
/**
 * The `pagination` module (Paginator): built into the default factory, an opt-in of the lite one
 * (`pagination` among its options), so that a lite app that reads only first pages does not
 * bundle the page walk.
 */
export const pagination = (ctx, op, input, options, check) => new PagePromise(ctx, op, input, options, check);
export class PagePromise extends APIPromise {
    #ctx;
    #op;
    #input;
    #options;
    #check;
    #first;
    constructor(ctx, op, input, options, check = op.check) {
        super();
        this.#ctx = ctx;
        this.#op = op;
        this.#input = input;
        this.#options = options;
        this.#check = check;
    }
    /** The first page's call, started on first use only: `await`, `.withResponse()` and `.asResponse()` give that page. */
    source() {
        return (this.#first ??= this.#start(this.#input));
    }
    #start(input) {
        return start(this.#ctx, this.#op, input, this.#options, this.#check);
    }
    /** Every page, each the method's value (`{ result, result_info }` or `result`). */
    async *pages() {
        for await (const [outcome] of this.#walk())
            yield outcome.data;
    }
    /** Every item of every page, in order. The call's signal stops it before the next item. */
    async *[Symbol.asyncIterator]() {
        const signal = this.#options?.signal;
        for await (const [outcome, target] of this.#walk()) {
            for (const item of itemsAt(outcome.body, this.#op.pagination.items) ?? []) {
                if (signal?.aborted)
                    throw new APIUserAbortError(target);
                yield item;
            }
        }
    }
    /** Each page's outcome, with the request it answered. */
    async *#walk() {
        const pagination = this.#op.pagination;
        let source = this.source();
        const input = this.#input ?? {};
        const run = startRun(pagination, input);
        for (let fetched = 1, params = input;; fetched++) {
            const outcome = await source.outcome;
            const target = source.target;
            yield [outcome, target];
            params = nextParams(pagination, params, outcome.body, run);
            if (params === undefined)
                return;
            if (fetched >= this.#ctx.maxPages)
                throw new PaginationLimitError(target, this.#ctx.maxPages);
            source = this.#start(params);
        }
    }
}
