/** A run starting from the page the caller asked for (default 1). */
export function startRun(p, input) {
    const start = p.style === 'page' ? (positive(input[p.page]) ?? 1) : 1;
    return { start, page: start, firstLength: undefined, received: 0 };
}
/** The params of the page after `body`, or undefined when the run is over. */
export function nextParams(p, input, body, run) {
    const length = itemsAt(body, p.items)?.length ?? 0;
    run.firstLength ??= length;
    run.received += length;
    if (p.style === 'cursor') {
        const next = valueAt(body, p.next);
        if (next === undefined || next === null || next === '' || next === input[p.cursor])
            return undefined;
        return { ...input, [p.cursor]: next };
    }
    if (!hasNextPage(p, body, length, run))
        return undefined;
    return { ...input, [p.page]: ++run.page };
}
function hasNextPage(p, body, length, run) {
    if (p.hasMore !== undefined)
        return valueAt(body, p.hasMore) === true;
    if (length === 0)
        return false;
    const totalPages = p.totalPages && valueAt(body, p.totalPages);
    if (typeof totalPages === 'number')
        return run.page < totalPages;
    const pageSize = run.firstLength ?? length;
    const total = p.totalCount && valueAt(body, p.totalCount);
    if (typeof total === 'number')
        return (run.start - 1) * pageSize + run.received < total;
    return length >= pageSize;
}
/** The value at `path` (object keys) inside `value`, or undefined. */
export function valueAt(value, path) {
    let current = value;
    for (const key of path) {
        if (typeof current !== 'object' || current === null || Array.isArray(current))
            return undefined;
        current = current[key];
    }
    return current;
}
/**
 * The items array of a page body: the array, `[]` for null or missing (some endpoints send
 * `result: null` for nothing), or undefined when something else is there (an invalid response).
 */
export function itemsAt(body, path) {
    const items = valueAt(body, path);
    if (Array.isArray(items))
        return items;
    return items === null || items === undefined ? [] : undefined;
}
function positive(value) {
    const n = typeof value === 'string' ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
