/**
 * When a pagination run goes on, and with which parameters. Pure functions of the page bodies.
 *
 * Page style, in this order:
 *  - `hasMore` (a boolean in the body): the server is the authority; go on while it says true,
 *    even past an empty page.
 *  - an empty page ends the run.
 *  - `totalPages`: stop on the last page.
 *  - `totalCount`: stop once the items received (plus those on the pages before the starting one)
 *    reach it. Counting what arrived, not page * per_page, keeps every item when a server
 *    silently serves fewer per page than asked.
 *  - otherwise: stop on a page shorter than the first (a server may cap per_page without saying
 *    so, so the first page's length is the page size that counts).
 * Cursor style: go on while the body holds a next cursor that is not absent, null, '' or the one
 * just sent (a server repeating itself would otherwise loop until maxPages).
 */
import type { BodyPath, PaginationSpec } from './descriptor.js';
/** What one run has seen so far. */
export interface PageRun {
    /** The page number the run started at (page style). */
    readonly start: number;
    /** The page number of the last page fetched. */
    page: number;
    firstLength: number | undefined;
    received: number;
}
type Params = Readonly<Record<string, unknown>>;
/** A run starting from the page the caller asked for (default 1). */
export declare function startRun(p: PaginationSpec, input: Params): PageRun;
/** The params of the page after `body`, or undefined when the run is over. */
export declare function nextParams(p: PaginationSpec, input: Params, body: unknown, run: PageRun): Params | undefined;
/** The value at `path` (object keys) inside `value`, or undefined. */
export declare function valueAt(value: unknown, path: BodyPath): unknown;
/**
 * The items array of a page body: the array, `[]` for null or missing (some endpoints send
 * `result: null` for nothing), or undefined when something else is there (an invalid response).
 */
export declare function itemsAt(body: unknown, path: BodyPath): readonly unknown[] | undefined;
export {};
