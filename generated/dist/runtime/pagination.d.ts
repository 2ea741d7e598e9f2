/**
 * Page-number pagination. `await client.x.list(params)` gives the first page; `for await (const item
 * of client.x.list(params))` walks every item of every page; `.pages()` walks the pages.
 *
 * When to stop, in this order:
 *  - has_more mode (descriptor has `hasMore`): continue while the flag is `true`, even past an
 *    empty page; the server is the authority.
 *  - total-count mode (`totalCount`, and the body has a number there): stop on an empty page or
 *    once the items received (plus those on the pages before the starting one) reach
 *    total_count. Counting what arrived, not page * per_page, keeps every item when a server
 *    silently serves fewer per page than asked.
 *  - otherwise: stop on an empty page or one shorter than the first page (a server may cap
 *    per_page without saying so, so the first page's length is the page size that counts).
 * A run fetches at most `maxPages` pages; if the server still reports more, PaginationLimitError.
 */
import type { OperationDescriptor, RequestOptions } from './core.js';
type AnyOperation = OperationDescriptor<unknown, unknown>;
/** What a PagePromise needs from the core. */
export interface PageSource {
  /** The unwrapped value of one page, as `core.call` resolves it. */
  call(op: AnyOperation, params: unknown, options?: RequestOptions): Promise<unknown>;
  /** The checked, validated body of one page. */
  fetchBody(op: AnyOperation, params: unknown, options?: RequestOptions): Promise<unknown>;
  unwrap(op: AnyOperation, body: unknown): unknown;
  readonly maxPages: number;
}
export declare class PagePromise<TValue, TItem>
  implements PromiseLike<TValue>, AsyncIterable<TItem>
{
  private readonly source;
  private readonly op;
  private readonly params;
  private readonly options?;
  private first;
  constructor(
    source: PageSource,
    op: AnyOperation,
    params: unknown,
    options?: RequestOptions | undefined,
  );
  /** Sends the first-page request on first use only; awaiting again reuses its promise. */
  private firstPage;
  then<A = TValue, B = never>(
    onfulfilled?: ((value: TValue) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B>;
  catch<B = never>(
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<TValue | B>;
  finally(onfinally?: (() => void) | null): Promise<TValue>;
  /** Every page, each as the method's value (`{ result, result_info }` or `result`). */
  pages(): AsyncGenerator<TValue, void, undefined>;
  /** Every item of every page, in order. Each run starts again from the requested page. */
  [Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined>;
  private bodies;
}
/** The value at `path` (object keys) inside `value`, or undefined. */
export declare function valueAt(value: unknown, path: readonly string[]): unknown;
/**
 * The items array of a page body: the array, `[]` for null or missing (some endpoints send
 * `result: null` for nothing), or undefined when something else is there (the core rejects that).
 */
export declare function itemsAt(
  body: unknown,
  path: readonly string[],
): readonly unknown[] | undefined;
export {};
