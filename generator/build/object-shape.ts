import type { Schema, SchemaNode } from '../model/index.js';

/** Named schemas by id, to see through references. */
export type NamedLookup = (id: string) => Schema | undefined;

/**
 * The properties an object schema is sure to describe, through references and `allOf`: name ->
 * every schema that constrains it, plus the required names. `undefined` when the schema is not
 * plainly an object (a union, a conditional, a non-object type): callers then treat it whole.
 */
export interface ObjectShape {
  readonly properties: ReadonlyMap<string, readonly Schema[]>;
  readonly required: ReadonlySet<string>;
  /**
   * What `additionalProperties` says anywhere in it: nothing (`absent`), `false` at the top and
   * nowhere else (`closed`), or something a merged shape cannot say exactly (`other`).
   */
  readonly additional: 'absent' | 'closed' | 'other';
}

const PLAIN_OBJECT_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'allOf',
]);

/** The schema a chain of references ends at; undefined for a missing target or a cycle. */
export function followRefs(schema: Schema, named: NamedLookup): SchemaNode | undefined {
  const seen = new Set<string>();
  let current: Schema | undefined = schema;
  while (current?.kind === 'ref') {
    if (seen.has(current.target)) return undefined;
    seen.add(current.target);
    current = named(current.target);
  }
  return current;
}

export function objectShape(
  schema: Schema,
  named: NamedLookup,
  seen: Set<string> = new Set(),
): ObjectShape | undefined {
  if (schema.kind === 'ref') {
    if (seen.has(schema.target)) return undefined;
    const target = named(schema.target);
    return target === undefined ? undefined : objectShape(target, named, new Set([...seen, schema.target]));
  }
  if (!isPlainObject(schema)) return undefined;
  const properties = new Map<string, Schema[]>();
  const required = new Set<string>(schema.keywords.required ?? []);
  const extra = schema.keywords.additionalProperties;
  let additional: ObjectShape['additional'] = extra === undefined ? 'absent' : isClosed(schema) ? 'closed' : 'other';
  for (const property of schema.keywords.properties ?? []) properties.set(property.name, [property.schema]);
  for (const member of schema.keywords.allOf ?? []) {
    const shape = objectShape(member, named, seen);
    if (shape === undefined) return undefined;
    for (const [name, schemas] of shape.properties) properties.set(name, [...(properties.get(name) ?? []), ...schemas]);
    for (const name of shape.required) required.add(name);
    // A member's own additionalProperties applies to its own properties only: no longer exact once merged.
    if (shape.additional !== 'absent') additional = 'other';
  }
  if (additional === 'closed' && (schema.keywords.allOf?.length ?? 0) > 0) additional = 'other';
  return { properties, required, additional };
}

function isPlainObject(schema: SchemaNode): boolean {
  const { keywords } = schema;
  const type = keywords.type;
  if (type !== undefined && !(type.length === 1 && type[0] === 'object')) return false;
  const names = Object.keys(keywords);
  if (!names.every((name) => PLAIN_OBJECT_KEYWORDS.has(name))) return false;
  return type !== undefined || keywords.properties !== undefined || keywords.allOf !== undefined;
}

function isClosed(schema: SchemaNode): boolean {
  const extra = schema.keywords.additionalProperties;
  if (extra === undefined || extra.kind !== 'schema') return false;
  // `additionalProperties: false` reads as the false schema, `{ type: [] }` (schema/read.ts);
  // `{ not: {} }` says the same.
  const { type, not, ...others } = extra.keywords;
  if (Object.keys(others).length > 0) return false;
  if (type !== undefined) return type.length === 0 && not === undefined;
  return not !== undefined && isEmpty(not);
}

function isEmpty(schema: Schema): boolean {
  return schema.kind === 'schema' && Object.keys(schema.keywords).length === 0;
}

/** One schema for a property several `allOf` members constrain: all of them at once. */
export function allOfSchemas(schemas: readonly Schema[], at: SchemaNode['at']): Schema {
  if (schemas.length === 1 && schemas[0] !== undefined) return schemas[0];
  return { kind: 'schema', at, keywords: { allOf: schemas }, annotations: {} };
}
