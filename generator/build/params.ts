import type { Json, Param, ParamLocation, ParamStyle } from '../model/index.js';
import { isRecord, joinPointer } from '../util/pointer.js';
import { type BuildContext, at, nodeAt, objectAt, text } from './context.js';

const LOCATIONS: readonly ParamLocation[] = ['path', 'query', 'header', 'cookie'];

/** Headers OpenAPI says a parameter must not describe: the client sets them itself. */
const IGNORED_HEADERS: ReadonlySet<string> = new Set(['accept', 'content-type', 'authorization']);

interface ParamSite {
  /** Where the parameter is listed (for locations). */
  readonly site: string;
  /** Where its object is (after a `$ref`). */
  readonly pointer: string;
  readonly node: Record<string, Json>;
}

/**
 * The parameters of one operation: the path item's, overridden by the operation's own (by name
 * and location), checked against the path template, each with its key in the params object.
 * Defects are repaired with a warning: a template parameter nobody declared becomes a required
 * string; a declared path parameter the template lacks is dropped; an optional path parameter is
 * required; a name in two locations gets a second key.
 */
export function buildParams(ctx: BuildContext, pathKey: string, pathPointer: string, opPointer: string): Param[] {
  const sites = new Map<string, ParamSite>();
  for (const site of listed(ctx, joinPointer(pathPointer, 'parameters'))) sites.set(identity(site.node), site);
  for (const site of listed(ctx, joinPointer(opPointer, 'parameters'))) sites.set(identity(site.node), site);
  const template = templateNames(pathKey);
  const built = [...sites.values()].flatMap((site) => buildParam(ctx, site, template, pathKey));
  for (const name of template) {
    if (!built.some((param) => param.in === 'path' && param.name === name))
      built.push(undeclaredPathParam(ctx, name, pathKey, pathPointer));
  }
  // Path parameters first, in template order; the others in spec order. A name the template
  // repeats (`/accounts/{account_id}/maps/{map_id}/accounts/{account_id}`) is one parameter
  // filling every place it appears, as OpenAPI reads it: listing it once per place gave the SDK a
  // second, renamed key and the `paths` type a duplicate property.
  const path = [...new Set(template)].flatMap((name) =>
    built.filter((param) => param.in === 'path' && param.name === name),
  );
  return withUniqueKeys(ctx, [...path, ...built.filter((param) => param.in !== 'path')]);
}

function identity(node: Record<string, Json>): string {
  return `${String(node.in)} ${String(node.name)}`;
}

export function templateNames(pathKey: string): string[] {
  return [...pathKey.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? '');
}

function listed(ctx: BuildContext, listPointer: string): ParamSite[] {
  const list = nodeAt(ctx, listPointer);
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    ctx.issues.warn('unsupported_parameter', at(ctx, listPointer), 'parameters must be an array; ignored');
    return [];
  }
  const seen = new Set<string>();
  const sites: ParamSite[] = [];
  list.forEach((_, index) => {
    const site = joinPointer(listPointer, index);
    const found = objectAt(ctx, site);
    if (found === undefined)
      return ctx.issues.warn('unsupported_parameter', at(ctx, site), 'a parameter must be an object; ignored');
    if (seen.has(identity(found.node))) {
      return ctx.issues.warn(
        'duplicate_parameter',
        at(ctx, site),
        `parameter '${String(found.node.name)}' in ${String(found.node.in)} is declared twice; the first declaration is used`,
      );
    }
    seen.add(identity(found.node));
    sites.push({ site, ...found });
  });
  return sites;
}

function buildParam(
  ctx: BuildContext,
  { site, pointer, node }: ParamSite,
  template: readonly string[],
  pathKey: string,
): Param[] {
  const where = at(ctx, site);
  const name = node.name;
  const location = node.in;
  if (typeof name !== 'string' || name === '' || !LOCATIONS.includes(location as ParamLocation)) {
    ctx.issues.warn(
      'unsupported_parameter',
      where,
      `a parameter needs a name and a location (path, query, header or cookie); ignored`,
    );
    return [];
  }
  const loc = location as ParamLocation;
  if (loc === 'header' && IGNORED_HEADERS.has(name.toLowerCase())) {
    ctx.issues.warn('unsupported_parameter', where, `header parameter '${name}' is set by the client itself; ignored`);
    return [];
  }
  if (loc === 'path' && !template.includes(name)) {
    ctx.issues.warn(
      'path_param_not_in_path',
      where,
      `path parameter '${name}' does not appear in '${pathKey}'; ignored`,
    );
    return [];
  }
  const schemaPointer = schemaPointerOf(ctx, pointer, node, name);
  warnReadOnly(ctx, schemaPointer, name);
  const style = styleOf(ctx, node, loc, pointer, name);
  const description = text(node, 'description');
  return [
    {
      name,
      key: name,
      in: loc,
      required: requiredness(ctx, node, loc, name, site),
      ...(description === undefined ? {} : { description }),
      deprecated: node.deprecated === true,
      schema: schemaPointer === undefined ? unknownSchema(ctx, site) : ctx.schema(schemaPointer),
      style,
      explode: typeof node.explode === 'boolean' ? node.explode : style === 'form',
      json: node.schema === undefined && isRecord(node.content),
      ...(Object.hasOwn(node, 'example') ? { example: { value: node.example as Json } } : {}),
      at: where,
    },
  ];
}

/** `schema`, or the schema of a `content`-typed parameter's one media type. */
function schemaPointerOf(
  ctx: BuildContext,
  pointer: string,
  node: Record<string, Json>,
  name: string,
): string | undefined {
  if (node.schema !== undefined) return joinPointer(pointer, 'schema');
  if (isRecord(node.content)) {
    const [mediaType] = Object.keys(node.content);
    if (mediaType !== undefined && isRecord(node.content[mediaType]) && node.content[mediaType].schema !== undefined)
      return joinPointer(pointer, 'content', mediaType, 'schema');
  }
  ctx.issues.warn('unsupported_parameter', at(ctx, pointer), `parameter '${name}' has no schema; it takes any value`);
  return undefined;
}

function unknownSchema(ctx: BuildContext, site: string): Param['schema'] {
  return { kind: 'schema', at: at(ctx, site), keywords: {}, annotations: {} };
}

/**
 * The declared style, else the location's default. A path parameter is written as style simple
 * only: label and matrix (and the query styles) are sent as simple, with a warning.
 */
function styleOf(
  ctx: BuildContext,
  node: Record<string, Json>,
  location: ParamLocation,
  pointer: string,
  name: string,
): ParamStyle {
  const declared = node.style;
  if (location === 'path' && declared !== undefined && declared !== 'simple') {
    ctx.issues.warn(
      'unsupported_parameter',
      at(ctx, joinPointer(pointer, 'style')),
      `path parameter '${name}' has style ${JSON.stringify(declared)}, which the client does not write; it is sent as style simple`,
    );
    return 'simple';
  }
  const styles: readonly ParamStyle[] = [
    'simple',
    'form',
    'spaceDelimited',
    'pipeDelimited',
    'deepObject',
    'label',
    'matrix',
  ];
  if (typeof declared === 'string' && styles.includes(declared as ParamStyle)) return declared as ParamStyle;
  return location === 'query' || location === 'cookie' ? 'form' : 'simple';
}

/** OpenAPI requires path parameters to say `required: true`; a spec that forgets still means it. */
function requiredness(
  ctx: BuildContext,
  node: Record<string, Json>,
  location: ParamLocation,
  name: string,
  site: string,
): boolean {
  if (location !== 'path' || node.required === true) return node.required === true;
  ctx.issues.warn(
    'path_param_optional',
    at(ctx, site),
    `path parameter '${name}' must be required; treated as required`,
  );
  return true;
}

/** Cloudflare's published schema marks query parameters readOnly, which only makes sense in responses. */
function warnReadOnly(ctx: BuildContext, schemaPointer: string | undefined, name: string): void {
  if (schemaPointer === undefined) return;
  const schema = objectAt(ctx, schemaPointer);
  if (schema?.node.readOnly === true)
    ctx.issues.warn(
      'parameter_read_only',
      at(ctx, joinPointer(schema.pointer, 'readOnly')),
      `readOnly on parameter '${name}' means nothing for a request; ignored`,
    );
}

function undeclaredPathParam(ctx: BuildContext, name: string, pathKey: string, pathPointer: string): Param {
  const where = at(ctx, pathPointer);
  ctx.issues.warn(
    'path_param_undeclared',
    where,
    `path parameter '{${name}}' in '${pathKey}' is not declared in parameters; it is taken as a required string`,
  );
  return {
    name,
    key: name,
    in: 'path',
    required: true,
    deprecated: false,
    schema: { kind: 'schema', at: where, keywords: { type: ['string'] }, annotations: {} },
    style: 'simple',
    explode: false,
    json: false,
    at: where,
  };
}

/**
 * The SDK takes one params object, so each parameter needs its own key. The first claimant of a
 * name (path, then query, header, cookie) keeps it; a later one gets its location as a prefix.
 */
function withUniqueKeys(ctx: BuildContext, params: readonly Param[]): Param[] {
  const keys = new Set<string>();
  return params.map((param) => {
    let key = param.name;
    if (keys.has(key)) {
      key = `${param.in}_${param.name}`;
      for (let n = 2; keys.has(key); n++) key = `${param.in}_${param.name}${n}`;
      ctx.issues.warn(
        'duplicate_parameter',
        param.at,
        `parameter '${param.name}' in ${param.in} has the name of another parameter of this operation; the SDK takes it as '${key}'`,
      );
    }
    keys.add(key);
    return key === param.key ? param : { ...param, key };
  });
}
