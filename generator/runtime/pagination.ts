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
import type { OperationDescriptor, PaginationDescriptor, RequestOptions } from './core.js';
import { PaginationLimitError } from './errors.js';
import { isRecord } from './envelope.js';

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

const DEFAULT_ITEMS: readonly string[] = ['result'];

export class PagePromise<TValue, TItem> implements PromiseLike<TValue>, AsyncIterable<TItem> {
  private first: Promise<TValue> | undefined;

  constructor(
    private readonly source: PageSource,
    private readonly op: AnyOperation,
    private readonly params: unknown,
    private readonly options?: RequestOptions,
  ) {}

  /** Sends the first-page request on first use only; awaiting again reuses its promise. */
  private firstPage(): Promise<TValue> {
    return (this.first ??= this.source.call(this.op, this.params, this.options) as Promise<TValue>);
  }

  then<A = TValue, B = never>(
    onfulfilled?: ((value: TValue) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.firstPage().then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<TValue | B> {
    return this.firstPage().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<TValue> {
    return this.firstPage().finally(onfinally);
  }

  /** Every page, each as the method's value (`{ result, result_info }` or `result`). */
  async *pages(): AsyncGenerator<TValue, void, undefined> {
    for await (const body of this.bodies()) yield this.source.unwrap(this.op, body) as TValue;
  }

  /** Every item of every page, in order. Each run starts again from the requested page. */
  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    const path = this.op.pagination?.items ?? DEFAULT_ITEMS;
    for await (const body of this.bodies()) {
      for (const item of itemsAt(body, path) ?? []) yield item as TItem;
    }
  }

  private async *bodies(): AsyncGenerator<unknown, void, undefined> {
    const { op, source, options } = this;
    const pagination = op.pagination;
    if (pagination === undefined) {
      yield await source.fetchBody(op, this.params, options);
      return;
    }
    const params = isRecord(this.params) ? this.params : {};
    const start = positive(params[pagination.pageParam]) ?? 1;
    const run: PageRun = { start, firstLength: undefined, received: 0 };
    for (let fetched = 1, page = start; ; fetched++, page++) {
      const body = await source.fetchBody(op, { ...params, [pagination.pageParam]: page }, options);
      yield body;
      const length = itemsAt(body, pagination.items)?.length ?? 0;
      run.firstLength ??= length;
      run.received += length;
      if (!hasNextPage(pagination, body, length, run)) return;
      if (fetched >= source.maxPages)
        throw new PaginationLimitError({ method: op.method, path: op.path }, source.maxPages);
    }
  }
}

/** What one pagination run has seen so far. */
interface PageRun {
  readonly start: number;
  firstLength: number | undefined;
  received: number;
}

function hasNextPage(p: PaginationDescriptor, body: unknown, length: number, run: PageRun): boolean {
  if (p.hasMore !== undefined) return valueAt(body, p.hasMore) === true;
  const pageSize = run.firstLength ?? length;
  if (length === 0) return false;
  if (p.totalCount !== undefined) {
    const total = valueAt(body, p.totalCount);
    if (typeof total === 'number') return (run.start - 1) * pageSize + run.received < total;
  }
  return length >= pageSize;
}

/** The value at `path` (object keys) inside `value`, or undefined. */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * The items array of a page body: the array, `[]` for null or missing (some endpoints send
 * `result: null` for nothing), or undefined when something else is there (the core rejects that).
 */
export function itemsAt(body: unknown, path: readonly string[]): readonly unknown[] | undefined {
  const items = valueAt(body, path);
  if (Array.isArray(items)) return items;
  return items === null || items === undefined ? [] : undefined;
}

function positive(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
