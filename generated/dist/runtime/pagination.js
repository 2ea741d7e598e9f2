import { PaginationLimitError } from './errors.js';
import { isRecord } from './envelope.js';
const DEFAULT_ITEMS = ['result'];
export class PagePromise {
  source;
  op;
  params;
  options;
  first;
  constructor(source, op, params, options) {
    this.source = source;
    this.op = op;
    this.params = params;
    this.options = options;
  }
  /** Sends the first-page request on first use only; awaiting again reuses its promise. */
  firstPage() {
    return (this.first ??= this.source.call(this.op, this.params, this.options));
  }
  then(onfulfilled, onrejected) {
    return this.firstPage().then(onfulfilled, onrejected);
  }
  catch(onrejected) {
    return this.firstPage().catch(onrejected);
  }
  finally(onfinally) {
    return this.firstPage().finally(onfinally);
  }
  /** Every page, each as the method's value (`{ result, result_info }` or `result`). */
  async *pages() {
    for await (const body of this.bodies()) yield this.source.unwrap(this.op, body);
  }
  /** Every item of every page, in order. Each run starts again from the requested page. */
  async *[Symbol.asyncIterator]() {
    const path = this.op.pagination?.items ?? DEFAULT_ITEMS;
    for await (const body of this.bodies()) {
      for (const item of itemsAt(body, path) ?? []) yield item;
    }
  }
  async *bodies() {
    const { op, source, options } = this;
    const pagination = op.pagination;
    if (pagination === undefined) {
      yield await source.fetchBody(op, this.params, options);
      return;
    }
    const params = isRecord(this.params) ? this.params : {};
    const start = positive(params[pagination.pageParam]) ?? 1;
    const run = { start, firstLength: undefined, received: 0 };
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
function hasNextPage(p, body, length, run) {
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
export function valueAt(value, path) {
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
export function itemsAt(body, path) {
  const items = valueAt(body, path);
  if (Array.isArray(items)) return items;
  return items === null || items === undefined ? [] : undefined;
}
function positive(value) {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
