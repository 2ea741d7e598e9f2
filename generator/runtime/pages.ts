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
export function startRun(p: PaginationSpec, input: Params): PageRun {
  const start = p.style === 'page' ? (positive(input[p.page]) ?? 1) : 1;
  return { start, page: start, firstLength: undefined, received: 0 };
}

/** The params of the page after `body`, or undefined when the run is over. */
export function nextParams(p: PaginationSpec, input: Params, body: unknown, run: PageRun): Params | undefined {
  const length = itemsAt(body, p.items)?.length ?? 0;
  run.firstLength ??= length;
  run.received += length;
  if (p.style === 'cursor') {
    const next = valueAt(body, p.next);
    if (next === undefined || next === null || next === '' || next === input[p.cursor]) return undefined;
    return { ...input, [p.cursor]: next };
  }
  if (!hasNextPage(p, body, length, run)) return undefined;
  return { ...input, [p.page]: ++run.page };
}

function hasNextPage(
  p: Extract<PaginationSpec, { style: 'page' }>,
  body: unknown,
  length: number,
  run: PageRun,
): boolean {
  if (p.hasMore !== undefined) return valueAt(body, p.hasMore) === true;
  if (length === 0) return false;
  const totalPages = p.totalPages && valueAt(body, p.totalPages);
  if (typeof totalPages === 'number') return run.page < totalPages;
  const pageSize = run.firstLength ?? length;
  const total = p.totalCount && valueAt(body, p.totalCount);
  if (typeof total === 'number') return (run.start - 1) * pageSize + run.received < total;
  return length >= pageSize;
}

/** The value at `path` (object keys) inside `value`, or undefined. */
export function valueAt(value: unknown, path: BodyPath): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Params)[key];
  }
  return current;
}

/**
 * The items array of a page body: the array, `[]` for null or missing (some endpoints send
 * `result: null` for nothing), or undefined when something else is there (an invalid response).
 */
export function itemsAt(body: unknown, path: BodyPath): readonly unknown[] | undefined {
  const items = valueAt(body, path);
  if (Array.isArray(items)) return items;
  return items === null || items === undefined ? [] : undefined;
}

function positive(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
