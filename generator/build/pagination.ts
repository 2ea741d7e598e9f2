import type { At, BodyPath, Json, Pagination, Param, Schema, SuccessResponse } from '../model/index.js';
import { isRecord, joinPointer, splitPointer } from '../util/pointer.js';
import { type BuildContext, at } from './context.js';
import { followRefs, type NamedLookup, objectShape } from './object-shape.js';

/**
 * How a list is walked page by page. Declared with `x-sdk-pagination` (page numbers or cursors,
 * with JSON pointers into the body), or detected without any extension for Cloudflare's v4 lists:
 * a GET whose envelope carries `result_info` around a `result` array, with a `page` query
 * parameter (page numbers: stop on `total_count`/`total_pages`, else a short page) or a `cursor`
 * one (cursors: `result_info.cursor`, or `result_info.cursors.after`).
 */
export function buildPagination(
  ctx: BuildContext,
  opPointer: string,
  node: Record<string, Json>,
  params: readonly Param[],
  success: SuccessResponse,
  named: NamedLookup,
): Pagination | undefined {
  const declared = node['x-sdk-pagination'];
  if (declared !== undefined)
    return fromExtension(ctx, joinPointer(opPointer, 'x-sdk-pagination'), declared, params, success, named);
  if (success.unwrap !== 'page' || success.schema === undefined) return undefined;
  return detect(params, success.schema, named, success.at);
}

function fromExtension(
  ctx: BuildContext,
  pointer: string,
  declared: Json,
  params: readonly Param[],
  success: SuccessResponse,
  named: NamedLookup,
): Pagination | undefined {
  const where = at(ctx, pointer);
  const problem = (message: string): undefined => {
    ctx.issues.warn('invalid_pagination', where, `x-sdk-pagination: ${message}; the method returns one page`);
    return undefined;
  };
  if (!isRecord(declared)) return problem('must be an object');
  const query = (name: unknown): string | undefined =>
    typeof name === 'string' ? params.find((param) => param.in === 'query' && param.name === name)?.key : undefined;
  const items = bodyPath(declared.items);
  if (items === undefined) return problem('items must be a JSON pointer into the response body, such as /result');
  const itemsType = success.schema === undefined ? undefined : surelyNotArray(success.schema, items, named);
  if (itemsType !== undefined)
    return problem(`items ${JSON.stringify(declared.items)} points at ${itemsType} in the response body, not an array`);
  if (declared.style === 'cursor') {
    const cursorParam = query(declared.cursorParam);
    const next = bodyPath(declared.nextCursor);
    if (cursorParam === undefined) return problem(`cursorParam must name a query parameter of the operation`);
    if (next === undefined) return problem('nextCursor must be a JSON pointer into the response body');
    return { style: 'cursor', cursorParam, items, next, source: 'extension', at: where };
  }
  if (declared.style !== 'page-number')
    return problem(`style ${JSON.stringify(declared.style)} is not 'page-number' or 'cursor'`);
  const pageParam = query(declared.pageParam);
  const perPageParam = declared.perPageParam === undefined ? undefined : query(declared.perPageParam);
  if (pageParam === undefined) return problem('pageParam must name a query parameter of the operation');
  if (declared.perPageParam !== undefined && perPageParam === undefined)
    return problem('perPageParam must name a query parameter of the operation');
  const stops = { hasMore: declared.hasMore, totalCount: declared.totalCount, totalPages: declared.totalPages };
  const paths: { [K in keyof typeof stops]?: BodyPath } = {};
  for (const [key, value] of Object.entries(stops) as [keyof typeof stops, Json | undefined][]) {
    if (value === undefined) continue;
    const path = bodyPath(value);
    if (path === undefined) return problem(`${key} must be a JSON pointer into the response body`);
    paths[key] = path;
  }
  return {
    style: 'page',
    pageParam,
    ...(perPageParam === undefined ? {} : { perPageParam }),
    items,
    ...paths,
    source: 'extension',
    at: where,
  };
}

function bodyPath(value: unknown): BodyPath | undefined {
  return typeof value === 'string' && value.startsWith('/') ? splitPointer(value) : undefined;
}

function detect(params: readonly Param[], schema: Schema, named: NamedLookup, where: At): Pagination | undefined {
  const queryKey = (name: string): string | undefined =>
    params.find((param) => param.in === 'query' && param.name === name)?.key;
  const info = resultInfoShape(schema, named);
  if (info === undefined) return undefined;
  const cursorParam = queryKey('cursor');
  if (cursorParam !== undefined) {
    const next = info.has('cursor')
      ? ['result_info', 'cursor']
      : info.has('cursors')
        ? ['result_info', 'cursors', 'after']
        : undefined;
    if (next !== undefined)
      return { style: 'cursor', cursorParam, items: ['result'], next, source: 'detected', at: where };
  }
  const pageParam = queryKey('page');
  if (pageParam === undefined) return undefined;
  const perPageParam = queryKey('per_page');
  return {
    style: 'page',
    pageParam,
    ...(perPageParam === undefined ? {} : { perPageParam }),
    items: ['result'],
    ...(info.has('total_count') ? { totalCount: ['result_info', 'total_count'] } : {}),
    ...(info.has('total_pages') ? { totalPages: ['result_info', 'total_pages'] } : {}),
    source: 'detected',
    at: where,
  };
}

/**
 * The type the body's schema surely has at `path` when it is not an array (`'object'`, say), so a
 * page's items cannot be read there; `undefined` when it may be an array, or the schema does not
 * say (a union, a reference cycle, an undeclared property).
 */
function surelyNotArray(body: Schema, path: BodyPath, named: NamedLookup): string | undefined {
  let current: Schema | undefined = body;
  for (const key of path) {
    const members: readonly Schema[] | undefined = objectShape(current, named)?.properties.get(String(key));
    if (members?.length !== 1) return undefined;
    current = members[0];
    if (current === undefined) return undefined;
  }
  const type = current === undefined ? undefined : followRefs(current, named)?.keywords.type;
  if (type === undefined || type.length === 0 || type.includes('array')) return undefined;
  return type.length === 1 ? `a schema of type ${type[0]}` : `a schema of type ${type.join(' | ')}`;
}

/** The property names `result_info` is known to have. */
function resultInfoShape(schema: Schema, named: NamedLookup): ReadonlySet<string> | undefined {
  const info = objectShape(schema, named)?.properties.get('result_info');
  if (info === undefined) return undefined;
  const names = new Set<string>();
  for (const member of info) for (const name of objectShape(member, named)?.properties.keys() ?? []) names.add(name);
  return names;
}
