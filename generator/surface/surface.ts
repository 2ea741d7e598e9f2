/**
 * The API surface: what a user of the generated client can call, send and read, as a small
 * JSON document (generated/api-surface.json). The generator compares the previous surface with
 * the new one to say what a spec change does in API terms (surface-diff.ts).
 *
 * Operations are keyed by SDK method (`user.billing.history.list`), parameters by name, response
 * fields by their path in the body (`result.invoices[].amount_due`). Keys are sorted so the file
 * only changes when the API does.
 */
import type { ApiModel, Json, Operation, Schema, SchemaNode } from '../model/index.js';

export const SURFACE_FILE = 'api-surface.json';
export const SURFACE_VERSION = 2;

/** Named schemas by id: the surface reads through references. */
type SchemaIndex = ReadonlyMap<string, Schema>;
type SchemaObject = SchemaNode;

/** The schema node behind a reference (through chains of them), or undefined. */
function deref(schema: Schema, index: SchemaIndex): SchemaNode | undefined {
  let current: Schema | undefined = schema;
  for (let hops = 0; current?.kind === 'ref' && hops < 32; hops++) current = index.get(current.target);
  return current?.kind === 'schema' ? current : undefined;
}

/** The rules of one value. `type` is the JSON types joined with `|`, sorted (`null|string`), or `any`. */
export interface ValueSurface {
  readonly type: string;
  readonly enum?: readonly Json[];
  readonly const?: Json;
  readonly format?: string;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly maximum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly default?: Json;
  readonly deprecated?: boolean;
}

export interface ParamSurface extends ValueSurface {
  /** `path`, `query`, `header`, `cookie`, or `body` for a body field beside them. */
  readonly in: string;
  readonly required: boolean;
}

export interface FieldSurface extends ValueSurface {
  readonly required: boolean;
  /** Set where a schema refers back to itself: the field's children are those of `recursive`. */
  readonly recursive?: string;
}

export interface OperationSurface {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly deprecated: boolean;
  readonly paginated: boolean;
  /** The media types a request body may be sent as, the default first; `[]` without a body. */
  readonly contentTypes: readonly string[];
  readonly params: Readonly<Record<string, ParamSurface>>;
  readonly response: Readonly<Record<string, FieldSurface>>;
}

export interface ApiSurface {
  readonly surfaceVersion: number;
  readonly title: string;
  /** The generated package's version: the next run raises it by what changed. */
  readonly version: string;
  /** `info.version` of the spec. */
  readonly apiVersion: string;
  readonly operations: Readonly<Record<string, OperationSurface>>;
}

/** Deep enough for real responses; deeper nesting is summarised by its parent's type. */
const MAX_DEPTH = 8;

/**
 * `operations`: each operation's surface by its SDK method, as operationSurfaces gives them
 * (`--watch` passes those it kept for unchanged units); by default, computed here.
 */
export function buildApiSurface(
  model: ApiModel,
  version: string,
  operations: readonly (readonly [string, OperationSurface])[] = operationSurfaces(model.operations, model),
): ApiSurface {
  return {
    surfaceVersion: SURFACE_VERSION,
    title: model.title,
    version,
    apiVersion: model.version,
    operations: sortedRecord(operations),
  };
}

/**
 * The surfaces of `operations`, by SDK method: each depends on its operation and the named
 * schemas its params and success body reach, nothing else.
 */
export function operationSurfaces(
  operations: readonly Operation[],
  model: ApiModel,
): (readonly [string, OperationSurface])[] {
  let index = indexes.get(model);
  if (index === undefined)
    indexes.set(model, (index = new Map(model.schemas.map((named) => [named.id, named.schema]))));
  return operations.map((operation) => [operation.sdkPath.join('.'), operationSurface(operation, index)] as const);
}

/** Each model's schemas by id, made once however many groups of operations ask. */
const indexes = new WeakMap<ApiModel, SchemaIndex>();

/**
 * A surface read back from disk, or undefined when the text is not one this version writes
 * (hand-edited, corrupted, or from another version): the change report is then skipped, never
 * the generation.
 */
export function parseApiSurface(text: string): ApiSurface | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (
    !isRecord(parsed) ||
    parsed['surfaceVersion'] !== SURFACE_VERSION ||
    typeof parsed['version'] !== 'string' ||
    typeof parsed['apiVersion'] !== 'string' ||
    !isRecord(parsed['operations'])
  )
    return undefined;
  return Object.values(parsed['operations']).every(isOperationSurface) ? (parsed as unknown as ApiSurface) : undefined;
}

function isOperationSurface(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value['params']) || !isRecord(value['response'])) return false;
  const strings =
    ['operationId', 'method', 'path'].every((key) => typeof value[key] === 'string') &&
    Array.isArray(value['contentTypes']);
  const values = [...Object.values(value['params']), ...Object.values(value['response'])];
  return (
    strings &&
    values.every(
      (entry) => isRecord(entry) && typeof entry['type'] === 'string' && typeof entry['required'] === 'boolean',
    )
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function operationSurface(operation: Operation, index: SchemaIndex): OperationSurface {
  const fields: [string, FieldSurface][] = [];
  if (operation.success.schema !== undefined) collectFields(operation.success.schema, '', index, [], fields);
  return {
    operationId: operation.operationId,
    method: operation.method.toUpperCase(),
    path: operation.path,
    deprecated: operation.deprecated,
    paginated: operation.pagination !== undefined,
    contentTypes: (operation.body?.media ?? []).map((media) => media.mediaType),
    params: sortedRecord(paramSurfaces(operation, index)),
    response: sortedRecord(fields),
  };
}

/** What callers send: every key of the default params object, parameters and body fields alike. */
function paramSurfaces(operation: Operation, index: SchemaIndex): [string, ParamSurface][] {
  const input = operation.inputs[0];
  if (input === undefined) return [];
  const required = new Set(input.schema.keywords.required ?? []);
  const params = new Map(operation.params.map((param) => [param.key, param]));
  return (input.schema.keywords.properties ?? []).map((property) => {
    const param = params.get(property.name);
    return [
      property.name,
      {
        in: param?.in ?? 'body',
        required: required.has(property.name),
        ...valueSurface(deref(property.schema, index), index),
        ...(param?.deprecated ? { deprecated: true } : {}),
      },
    ];
  });
}

/** Every property and array item below `schema`, depth first, named by its path in the body. */
function collectFields(
  schema: Schema,
  at: string,
  index: SchemaIndex,
  seen: readonly string[],
  out: [string, FieldSurface][],
): void {
  if (seen.length > MAX_DEPTH) return;
  const object = deref(schema, index);
  if (object === undefined) return;
  const trail = schema.kind === 'ref' ? [...seen, schema.target] : seen;
  for (const property of properties(object, index)) {
    const path = at === '' ? property.name : `${at}.${property.name}`;
    addField(property.schema, path, property.required, index, trail, out);
  }
  const items = itemsOf(object, index);
  if (items !== undefined) addField(items, `${at}[]`, true, index, trail, out);
}

function addField(
  schema: Schema,
  path: string,
  required: boolean,
  index: SchemaIndex,
  seen: readonly string[],
  out: [string, FieldSurface][],
): void {
  const recursive = schema.kind === 'ref' && seen.includes(schema.target) ? schema.target : undefined;
  out.push([path, { required, ...valueSurface(deref(schema, index), index), ...(recursive ? { recursive } : {}) }]);
  if (recursive === undefined) collectFields(schema, path, index, seen, out);
}

/**
 * Own properties plus those of allOf (required if required anywhere) and anyOf/oneOf (required if
 * in every member). `visiting` stops at a schema already being read: polymorphism often cycles
 * (`Pet: oneOf [Cat]`, `Cat: allOf [Pet]`), and the cycle adds no property the first visit lacks.
 */
function properties(
  object: SchemaObject,
  index: SchemaIndex,
  visiting: ReadonlySet<SchemaObject> = new Set(),
): { name: string; required: boolean; schema: Schema }[] {
  if (visiting.has(object)) return [];
  const inside = new Set(visiting).add(object);
  const required = new Set(object.keywords.required ?? []);
  const own = (object.keywords.properties ?? []).map((property) => ({
    ...property,
    required: required.has(property.name),
  }));
  const merged = new Map(own.map((property) => [property.name, property]));
  for (const member of object.keywords.allOf ?? []) {
    const resolved = deref(member, index);
    for (const property of resolved ? properties(resolved, index, inside) : []) {
      const existing = merged.get(property.name);
      merged.set(
        property.name,
        existing ? { ...existing, required: existing.required || property.required } : property,
      );
    }
  }
  for (const variants of [object.keywords.anyOf, object.keywords.oneOf]) {
    if (variants === undefined) continue;
    const each = variants.map((variant) => {
      const resolved = deref(variant, index);
      return resolved ? properties(resolved, index, inside) : [];
    });
    for (const property of each.flat()) {
      if (merged.has(property.name)) continue;
      const everywhere = each.every((list) =>
        list.some((candidate) => candidate.name === property.name && candidate.required),
      );
      merged.set(property.name, { ...property, required: everywhere });
    }
  }
  return [...merged.values()];
}

function itemsOf(
  object: SchemaObject,
  index: SchemaIndex,
  visiting: ReadonlySet<SchemaObject> = new Set(),
): Schema | undefined {
  if (object.keywords.items) return object.keywords.items;
  if (visiting.has(object)) return undefined;
  const inside = new Set(visiting).add(object);
  for (const member of object.keywords.allOf ?? []) {
    const resolved = deref(member, index);
    const items = resolved && itemsOf(resolved, index, inside);
    if (items) return items;
  }
  return undefined;
}

const RULES = [
  'format',
  'pattern',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
] as const;

function valueSurface(object: SchemaObject | undefined, index: SchemaIndex): ValueSurface {
  if (object === undefined) return { type: 'any' };
  return {
    type: typesOf(object, index).join('|') || 'any',
    ...definedRules(object),
    ...(object.keywords.uniqueItems ? { uniqueItems: true } : {}),
    ...(object.keywords.enum ? { enum: object.keywords.enum } : {}),
    ...(object.keywords.const ? { const: object.keywords.const.value } : {}),
    ...(object.annotations.default ? { default: object.annotations.default.value } : {}),
    ...(object.annotations.deprecated ? { deprecated: true } : {}),
  };
}

function definedRules(object: SchemaObject): Partial<Pick<ValueSurface, (typeof RULES)[number]>> {
  const { keywords } = object;
  const value = (key: (typeof RULES)[number]): string | number | undefined => {
    if (key === 'format') return object.annotations.format;
    if (key === 'pattern') return keywords.pattern?.source;
    return keywords[key];
  };
  return Object.fromEntries(RULES.flatMap((key) => (value(key) === undefined ? [] : [[key, value(key)]]))) as Partial<
    Pick<ValueSurface, (typeof RULES)[number]>
  >;
}

/** The JSON types a value may have, looking through composition: allOf narrows, anyOf/oneOf widen. */
function typesOf(object: SchemaObject, index: SchemaIndex, depth = 0): string[] {
  if (depth > MAX_DEPTH) return [];
  const memberTypes = (members: readonly Schema[]) =>
    members.map((member) => {
      const resolved = deref(member, index);
      return resolved ? typesOf(resolved, index, depth + 1) : [];
    });
  let types: string[] | undefined = object.keywords.type ? [...object.keywords.type] : undefined;
  for (const member of memberTypes(object.keywords.allOf ?? []))
    if (member.length > 0) types = types ? types.filter((type) => member.includes(type)) : member;
  for (const variants of [object.keywords.anyOf, object.keywords.oneOf]) {
    if (variants === undefined) continue;
    const lists = memberTypes(variants);
    const union = lists.some((list) => list.length === 0) ? [] : [...new Set(lists.flat())];
    if (union.length > 0) types = types ? types.filter((type) => union.includes(type)) : union;
  }
  if (types === undefined && object.keywords.const) types = [jsonType(object.keywords.const.value)];
  return [...new Set(types ?? [])].sort();
}

function jsonType(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function sortedRecord<T>(entries: readonly (readonly [string, T])[]): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
