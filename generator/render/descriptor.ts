import type { Expr, ObjectMember } from '../emit/ast.js';
import { checkName, takesNothing } from '../plan/checks.js';
import { arr, bool, id, obj, prop, str } from '../emit/build.js';
import type { BodyMedia, Operation, Pagination, Param } from '../model/index.js';

export { checkName, takesNothing } from '../plan/checks.js';

/** The function that checks a type, by its type name: several types may share one (see CheckPlan). */
export type CheckOf = (typeName: string) => string;

/**
 * An operation's descriptor: the data the runtime sends it by (see runtime/descriptor.ts).
 * Written as short as it reads well: a query parameter with the defaults is just its name.
 */
/** The runtime's body encoder for each kind of body: generated code imports those it uses. */
export const ENCODERS: Readonly<Record<BodyMedia['kind'], string>> = {
  json: 'jsonBody',
  multipart: 'multipartBody',
  form: 'formBody',
  binary: 'binaryBody',
  text: 'textBody',
};

/** The runtime's senders of header and cookie parameters, and of bodies: generated code imports those it uses. */
export const HEADERS = 'requestHeaders';
export const BODY = 'requestBody';

/** The runtime's warning of deprecated operations, which their descriptors reference. */
export const DEPRECATION = 'deprecation';

/** The runtime's encoder of query parameters in other styles than form exploded, imported when used. */
export const STYLED_QUERY = 'styledQuery';

/**
 * A query parameter the runtime's core (form, exploded) would not send as its style says:
 * deepObject, explode false, or JSON content. Its spec references STYLED_QUERY.
 */
export function styledQuery(param: Param): boolean {
  return param.in === 'query' && (param.json || !param.explode || param.style === 'deepObject');
}

/** The senders an operation's descriptor lists (`extras`): HEADERS for header or cookie parameters, BODY for a body. */
export function extrasOf(operation: Operation): string[] {
  const extras = operation.params.some((param) => param.in === 'header' || param.in === 'cookie') ? [HEADERS] : [];
  return operation.body === undefined ? extras : [...extras, BODY];
}

export function descriptor(operation: Operation, apiSecurity: readonly (readonly string[])[] = []): Expr {
  const byLocation = (location: Param['in']): Param[] => operation.params.filter((param) => param.in === location);
  const members: ObjectMember[] = [
    prop('method', str(operation.method.toUpperCase())),
    prop('path', str(pathTemplate(operation))),
  ];
  if (takesNothing(operation)) members.push(prop('noParams', bool(true)));
  for (const location of ['query', 'header', 'cookie'] as const) {
    const params = byLocation(location);
    if (params.length > 0) members.push(prop(location, arr(params.map(paramSpec))));
  }
  if (operation.body !== undefined) members.push(prop('body', bodySpec(operation)));
  const extras = extrasOf(operation);
  if (extras.length > 0) members.push(prop('extras', arr(extras.map((name) => id(name)))));
  // The API's own alternatives are the runtime's default: most operations of a real API say nothing else.
  if (JSON.stringify(operation.security) !== JSON.stringify(apiSecurity))
    members.push(prop('security', arr(operation.security.map((names) => arr(names.map(str))))));
  members.push(prop('response', str(responseKind(operation))));
  if (operation.success.orEmpty) members.push(prop('orEmpty', bool(true)));
  if (operation.deprecated) members.push(prop('deprecated', id(DEPRECATION)));
  if (operation.pagination !== undefined) members.push(prop('pagination', paginationSpec(operation.pagination)));
  return obj(members, true);
}

/**
 * What checks the operation's parameters, if it takes any: its params type's check, or for a body
 * with several media types, one per media type in their order (the runtime's ParamsCheck). Not a
 * member of the descriptor: resources carry it (`checks`), so that the lite factory's resources can
 * leave it out.
 */
export function paramCheckOf(operation: Operation, checkOf: CheckOf = checkName): Expr | undefined {
  if (operation.inputs.length === 0 || takesNothing(operation)) return undefined;
  const checks = operation.inputs.map((input) => id(checkOf(input.typeName)));
  return checks.length === 1 ? checks[0] : arr(checks);
}

/** The path template with a leading `/`, each parameter named by its params-object key. */
function pathTemplate(operation: Operation): string {
  const keys = new Map(operation.params.filter((param) => param.in === 'path').map((param) => [param.name, param.key]));
  const path = operation.path.startsWith('/') ? operation.path : `/${operation.path}`;
  return path.replace(/\{([^{}]+)\}/g, (_, name: string) => `{${keys.get(name) ?? name}}`);
}

function paramSpec(param: Param): Expr {
  const defaultStyle = param.in === 'query' || param.in === 'cookie' ? 'form' : 'simple';
  const defaultExplode = param.style === 'form';
  const members: ObjectMember[] = [];
  if (param.key !== param.name) members.push(prop('key', str(param.key)));
  if (param.style !== defaultStyle) members.push(prop('style', str(param.style)));
  if (param.explode !== defaultExplode) members.push(prop('explode', bool(param.explode)));
  if (param.json) members.push(prop('json', bool(true)));
  if (styledQuery(param)) members.push(prop('encode', id(STYLED_QUERY)));
  return members.length === 0 ? str(param.name) : obj([prop('name', str(param.name)), ...members]);
}

function bodySpec(operation: Operation): Expr {
  const body = operation.body!;
  const media = body.media.map(mediaSpec);
  const members: ObjectMember[] = [prop('media', arr(media))];
  if (body.required) members.push(prop('required', bool(true)));
  return obj(members);
}

function mediaSpec(media: BodyMedia): Expr {
  const members: ObjectMember[] = [prop('type', str(media.mediaType)), prop('encode', id(ENCODERS[media.kind]))];
  if (!media.flat) members.push(prop('key', str(media.bodyKey)));
  if (media.partTypes.length > 0)
    members.push(prop('parts', obj(media.partTypes.map((part) => prop(part.property, str(part.contentType))))));
  return obj(members);
}

function responseKind(operation: Operation): string {
  const { success } = operation;
  if (success.kind !== 'json') return success.kind;
  return success.unwrap === 'none' ? 'json' : success.unwrap;
}

function paginationSpec(pagination: Pagination): Expr {
  const path = (keys: readonly string[]): Expr => arr(keys.map(str));
  if (pagination.style === 'cursor')
    return obj([
      prop('style', str('cursor')),
      prop('cursor', str(pagination.cursorParam)),
      prop('items', path(pagination.items)),
      prop('next', path(pagination.next)),
    ]);
  const members: ObjectMember[] = [prop('style', str('page')), prop('page', str(pagination.pageParam))];
  if (pagination.perPageParam !== undefined) members.push(prop('perPage', str(pagination.perPageParam)));
  members.push(prop('items', path(pagination.items)));
  if (pagination.hasMore !== undefined) members.push(prop('hasMore', path(pagination.hasMore)));
  if (pagination.totalCount !== undefined) members.push(prop('totalCount', path(pagination.totalCount)));
  if (pagination.totalPages !== undefined) members.push(prop('totalPages', path(pagination.totalPages)));
  return obj(members);
}
