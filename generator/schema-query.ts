import type { NamedSchema, Schema, SchemaObject } from './model.js';
import { splitPointer } from './pointer.js';

/** Read-only questions about model schemas, asked by checks and renderers alike. */
export type SchemaIndex = ReadonlyMap<string, NamedSchema>;

export function indexSchemas(schemas: readonly NamedSchema[]): SchemaIndex {
  return new Map(schemas.map((schema) => [schema.name, schema]));
}

/** Follows references to named schemas until a real schema (or a dangling name: undefined). */
export function deref(schema: Schema, index: SchemaIndex): SchemaObject | undefined {
  let current: Schema | undefined = schema;
  for (let hops = 0; current?.kind === 'ref' && hops <= index.size; hops++) current = index.get(current.name)?.schema;
  return current?.kind === 'schema' ? current : undefined;
}

/** The schema of property `name`, looking through allOf members too. */
export function propertySchema(
  schema: Schema,
  name: string,
  index: SchemaIndex,
  seen = new Set<Schema>(),
): Schema | undefined {
  const object = deref(schema, index);
  if (object === undefined || seen.has(object)) return undefined;
  seen.add(object);
  const own = object.properties?.find((property) => property.name === name);
  if (own) return own.schema;
  for (const member of object.allOf ?? []) {
    const found = propertySchema(member, name, index, seen);
    if (found) return found;
  }
  return undefined;
}

/** The schema a JSON pointer into a value of `schema` lands on; array steps go through `items`. */
export function schemaAtPointer(schema: Schema, pointer: string, index: SchemaIndex): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const token of splitPointer(pointer)) {
    if (current === undefined) return undefined;
    const object = deref(current, index);
    current = /^\d+$/.test(token) && object?.items ? object.items : propertySchema(current, token, index);
  }
  return current;
}

/** Whether the schema (through references) admits the JSON type; an untyped schema admits all. */
export function admitsType(schema: Schema, type: string, index: SchemaIndex): boolean {
  const object = deref(schema, index);
  if (object === undefined) return false;
  if (object.types === undefined) return (object.allOf ?? []).every((member) => admitsType(member, type, index));
  return object.types.includes(type as never) || (type === 'number' && object.types.includes('integer'));
}
