import { buildSchema, type SchemaContext } from './build-schema.js';
import type { Json, Param, ParamLocation, ParamsByLocation } from './model.js';
import { getAtPointer, isRecord, joinPointer } from './pointer.js';

const LOCATIONS: readonly ParamLocation[] = ['path', 'query', 'header'];

/** Where a parameter was declared, once `$ref`s are followed: the site and the node's own pointer. */
interface ParamSite {
  readonly site: string;
  readonly pointer: string;
  readonly node: Record<string, unknown>;
}

/**
 * The parameters of one operation: path-item parameters overridden by the operation's own (by
 * name and location), grouped by location, checked against the path template.
 */
export function buildParams(
  pathKey: string,
  pathPointer: string,
  opPointer: string,
  ctx: SchemaContext,
): ParamsByLocation {
  const sites = new Map<string, ParamSite>();
  for (const site of declaredParams(joinPointer(pathPointer, 'parameters'), ctx)) sites.set(keyOf(site.node), site);
  for (const site of declaredParams(joinPointer(opPointer, 'parameters'), ctx)) sites.set(keyOf(site.node), site);
  const params = [...sites.values()].map((site) => buildParam(site, ctx)).filter((param) => param !== undefined);
  checkFlatNames(params, ctx);
  checkPathTemplate(pathKey, pathPointer, [...sites.values()], params, ctx);
  const byLocation = (location: ParamLocation): Param[] => params.filter((param) => param.in === location);
  return { path: byLocation('path'), query: byLocation('query'), header: byLocation('header') };
}

function keyOf(node: Record<string, unknown>): string {
  return `${String(node.in)} ${String(node.name)}`;
}

function declaredParams(listPointer: string, ctx: SchemaContext): ParamSite[] {
  const list = getAtPointer(ctx.spec.document, listPointer);
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    ctx.issues.error('unsupported_parameter', ctx.spec.locate(listPointer), 'parameters must be an array');
    return [];
  }
  const seen = new Set<string>();
  const sites: ParamSite[] = [];
  list.forEach((_, index) => {
    const site = joinPointer(listPointer, index);
    const pointer = ctx.spec.refs.get(site) ?? site;
    const node = getAtPointer(ctx.spec.document, pointer);
    if (!isRecord(node)) {
      ctx.issues.error('unsupported_parameter', ctx.spec.locate(site), 'a parameter must be an object');
      return;
    }
    if (seen.has(keyOf(node))) {
      ctx.issues.error(
        'duplicate_parameter',
        ctx.spec.locate(site),
        `parameter '${String(node.name)}' in ${String(node.in)} is declared twice`,
      );
      return;
    }
    seen.add(keyOf(node));
    sites.push({ site, pointer, node });
  });
  return sites;
}

function buildParam({ site, pointer, node }: ParamSite, ctx: SchemaContext): Param | undefined {
  const at = ctx.spec.locate(site);
  const location = node.in;
  if (typeof node.name !== 'string' || node.name === '') {
    ctx.issues.error('unsupported_parameter', at, 'a parameter needs a name');
    return undefined;
  }
  if (!LOCATIONS.includes(location as ParamLocation)) {
    const severity = node.required === true ? 'error' : 'warn';
    ctx.issues[severity](
      'unsupported_parameter',
      at,
      `parameter '${node.name}' in ${String(location)} is not supported${severity === 'warn' ? ' (optional, so left out)' : ''}`,
    );
    return undefined;
  }
  if (node.schema === undefined) {
    ctx.issues.error(
      'unsupported_parameter',
      at,
      `parameter '${node.name}' has no schema (content-typed parameters are not supported)`,
    );
    return undefined;
  }
  warnReadOnly(node.name, joinPointer(pointer, 'schema'), ctx);
  return {
    name: node.name,
    in: location as ParamLocation,
    required: requiredness(node, location as ParamLocation, at, ctx),
    ...(typeof node.description === 'string' ? { description: node.description } : {}),
    deprecated: node.deprecated === true,
    schema: buildSchema(joinPointer(pointer, 'schema'), ctx),
    ...(Object.hasOwn(node, 'example') ? { example: { value: node.example as Json } } : {}),
    at,
  };
}

/** OpenAPI requires path parameters to say `required: true`; a spec that forgets still means it. */
function requiredness(
  node: Record<string, unknown>,
  location: ParamLocation,
  at: Param['at'],
  ctx: SchemaContext,
): boolean {
  if (location !== 'path' || node.required === true) return node.required === true;
  ctx.issues.warn(
    'path_param_optional',
    at,
    `path parameter '${String(node.name)}' must be required; treated as required`,
  );
  return true;
}

/** Cloudflare's published schema marks query parameters readOnly, which only makes sense in responses. */
function warnReadOnly(name: string, schemaPointer: string, ctx: SchemaContext): void {
  const schema = getAtPointer(ctx.spec.document, schemaPointer);
  if (isRecord(schema) && schema.readOnly === true) {
    ctx.issues.warn(
      'unsupported_parameter',
      ctx.spec.locate(joinPointer(schemaPointer, 'readOnly')),
      `readOnly on parameter '${name}' means nothing for a request; ignored`,
    );
  }
}

/** The SDK takes one flat params object, so a name may appear in only one location. */
function checkFlatNames(params: readonly Param[], ctx: SchemaContext): void {
  const seen = new Map<string, Param>();
  for (const param of params) {
    const other = seen.get(param.name);
    if (other)
      ctx.issues.error(
        'duplicate_parameter',
        param.at,
        `parameter '${param.name}' is declared in both ${other.in} and ${param.in}: the SDK's params object cannot hold both`,
      );
    seen.set(param.name, param);
  }
}

function checkPathTemplate(
  pathKey: string,
  pathPointer: string,
  sites: readonly ParamSite[],
  params: readonly Param[],
  ctx: SchemaContext,
): void {
  const inTemplate = [...pathKey.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
  // What the spec declares, built or not: a parameter rejected for another reason is not also undeclared.
  const declared = new Set(sites.filter((site) => site.node.in === 'path').map((site) => String(site.node.name)));
  for (const name of inTemplate) {
    if (!declared.has(name))
      ctx.issues.error(
        'path_param_undeclared',
        ctx.spec.locate(pathPointer),
        `path parameter '{${name}}' in '${pathKey}' is not declared in parameters`,
      );
  }
  for (const param of params) {
    if (param.in === 'path' && !inTemplate.includes(param.name)) {
      ctx.issues.error(
        'path_param_not_in_path',
        param.at,
        `path parameter '${param.name}' does not appear in '${pathKey}'`,
      );
    }
  }
}
