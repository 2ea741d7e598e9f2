/**
 * The API surface: what a user of the generated client can call, send and read, as a small
 * JSON document (generated/api-surface.json). The generator compares the previous surface with
 * the new one to say what a spec change does in API terms (surface-diff.ts).
 *
 * Operations are keyed by SDK method (`user.billing.history.list`), parameters by name, response
 * fields by their path in the body (`result.invoices[].amount_due`). Keys are sorted so the file
 * only changes when the API does.
 */
import type { ApiModel, Json, Operation, Param, RenderedFile, Schema, SchemaObject } from './model.js';
import { deref, indexSchemas, type SchemaIndex } from './schema-query.js';

export const SURFACE_FILE = 'api-surface.json';
export const SURFACE_VERSION = 1;

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
  readonly params: Readonly<Record<string, ParamSurface>>;
  readonly response: Readonly<Record<string, FieldSurface>>;
}

export interface ApiSurface {
  readonly surfaceVersion: number;
  readonly title: string;
  readonly version: string;
  readonly operations: Readonly<Record<string, OperationSurface>>;
}

/** Deep enough for any real response; deeper nesting is summarised by its parent's type. */
const MAX_DEPTH = 12;

export function buildApiSurface(model: ApiModel): ApiSurface {
  const index = indexSchemas(model.schemas);
  const operations = model.operations.map(
    (operation) => [operation.sdkPath.join('.'), operationSurface(operation, index)] as const,
  );
  return {
    surfaceVersion: SURFACE_VERSION,
    title: model.title,
    version: model.version,
    operations: sortedRecord(operations),
  };
}

export function renderApiSurface(model: ApiModel): RenderedFile {
  return { path: SURFACE_FILE, contents: `${JSON.stringify(buildApiSurface(model), null, 2)}\n` };
}

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
    !isRecord(parsed['operations'])
  )
    return undefined;
  return Object.values(parsed['operations']).every(isOperationSurface) ? (parsed as unknown as ApiSurface) : undefined;
}

function isOperationSurface(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value['params']) || !isRecord(value['response'])) return false;
  const strings = ['operationId', 'method', 'path'].every((key) => typeof value[key] === 'string');
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
  const params = [...operation.params.path, ...operation.params.query, ...operation.params.header];
  const fields: [string, FieldSurface][] = [];
  collectFields(operation.success.schema, '', index, [], fields);
  return {
    operationId: operation.operationId,
    method: operation.method.toUpperCase(),
    path: operation.path,
    deprecated: operation.deprecated,
    paginated: operation.pagination !== undefined,
    params: sortedRecord(params.map((param) => [param.name, paramSurface(param, index)] as const)),
    response: sortedRecord(fields),
  };
}

function paramSurface(param: Param, index: SchemaIndex): ParamSurface {
  return {
    in: param.in,
    required: param.required,
    ...valueSurface(deref(param.schema, index), index),
    ...(param.deprecated ? { deprecated: true } : {}),
  };
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
  const trail = schema.kind === 'ref' ? [...seen, schema.name] : seen;
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
  const recursive = schema.kind === 'ref' && seen.includes(schema.name) ? schema.name : undefined;
  out.push([path, { required, ...valueSurface(deref(schema, index), index), ...(recursive ? { recursive } : {}) }]);
  if (recursive === undefined) collectFields(schema, path, index, seen, out);
}

/** Own properties plus those of allOf (required if required anywhere) and anyOf/oneOf (required if in every member). */
function properties(object: SchemaObject, index: SchemaIndex): { name: string; required: boolean; schema: Schema }[] {
  const own = (object.properties ?? []).map((property) => ({ ...property }));
  const merged = new Map(own.map((property) => [property.name, property]));
  for (const member of object.allOf ?? []) {
    const resolved = deref(member, index);
    for (const property of resolved ? properties(resolved, index) : []) {
      const existing = merged.get(property.name);
      merged.set(
        property.name,
        existing ? { ...existing, required: existing.required || property.required } : property,
      );
    }
  }
  for (const variants of [object.anyOf, object.oneOf]) {
    if (variants === undefined) continue;
    const each = variants.map((variant) => {
      const resolved = deref(variant, index);
      return resolved ? properties(resolved, index) : [];
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

function itemsOf(object: SchemaObject, index: SchemaIndex): Schema | undefined {
  if (object.items) return object.items;
  for (const member of object.allOf ?? []) {
    const resolved = deref(member, index);
    const items = resolved && itemsOf(resolved, index);
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
    ...(object.uniqueItems ? { uniqueItems: true } : {}),
    ...(object.enum ? { enum: object.enum } : {}),
    ...(object.const ? { const: object.const.value } : {}),
    ...(object.default ? { default: object.default.value } : {}),
    ...(object.deprecated ? { deprecated: true } : {}),
  };
}

function definedRules(object: SchemaObject): Partial<Pick<SchemaObject, (typeof RULES)[number]>> {
  return Object.fromEntries(RULES.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]));
}

/** The JSON types a value may have, looking through composition: allOf narrows, anyOf/oneOf widen. */
function typesOf(object: SchemaObject, index: SchemaIndex, depth = 0): string[] {
  if (depth > MAX_DEPTH) return [];
  const memberTypes = (members: readonly Schema[]) =>
    members.map((member) => {
      const resolved = deref(member, index);
      return resolved ? typesOf(resolved, index, depth + 1) : [];
    });
  let types: string[] | undefined = object.types ? [...object.types] : undefined;
  for (const member of memberTypes(object.allOf ?? []))
    if (member.length > 0) types = types ? types.filter((type) => member.includes(type)) : member;
  for (const variants of [object.anyOf, object.oneOf]) {
    if (variants === undefined) continue;
    const lists = memberTypes(variants);
    const union = lists.some((list) => list.length === 0) ? [] : [...new Set(lists.flat())];
    if (union.length > 0) types = types ? types.filter((type) => union.includes(type)) : union;
  }
  if (types === undefined && object.const) types = [jsonType(object.const.value)];
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
