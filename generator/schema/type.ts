import type { Doc, PropertySignature, TypeMember, TypeNode } from '../emit/ast.js';
import { arrayType, intersection, kw, litType, objectType, propSig, typeRef, union } from '../emit/build.js';
import type { Json } from '../model/at.js';
import type { JsonType, KeywordName, Schema, SchemaNode } from '../model/schema.js';
import { isFalseSchema } from './code.js';
import type { Direction, TypeContext, TypeEffect } from './keyword.js';
import { definitionOf } from './keywords/index.js';
import { binaryAllowed } from './keywords/type.js';

export interface TypeOptions {
  /** The one TypeScript name of a named schema. */
  typeName(id: string): string;
  readonly direction: Direction;
}

/**
 * A whole binary request body: what the runtime sends as it is. (A `format: binary` property of a
 * request is a `Blob`: multipart sends it as a file.)
 */
export const BINARY_BODY_TYPE: TypeNode = union([
  typeRef('Blob'),
  typeRef('ArrayBuffer'),
  typeRef('ArrayBufferView'),
  typeRef('ReadableStream', [typeRef('Uint8Array')]),
]);

/**
 * The TypeScript type of a schema, by openapi-typescript 7's rules where they describe the values
 * (it is the oracle: per operation its types and ours are assignable both ways, test/schema/types):
 * `type` arrays and `null` are unions; enum and const are literal unions; properties are members,
 * required or `?`; additionalProperties and patternProperties an index signature; items an array
 * and prefixItems a tuple; allOf an intersection; anyOf and oneOf a union with the rest. Named
 * schemas are referenced by name and nothing is conditional, so a 3,716-schema spec stays cheap
 * for the consumer's type checker.
 *
 * No effect: `not`, `if`/`then`/`else` (TypeScript cannot subtract or branch on values), and
 * `readOnly`/`writeOnly`: one type serves requests and responses, and a `readonly` modifier would
 * neither make a property optional in requests nor change what may be assigned.
 */
export function typeOf(schema: Schema, options: TypeOptions): TypeNode {
  const cx: TypeContext = {
    direction: options.direction,
    of: (member) => typeOf(member, options),
    doc: (member) => docOf(member),
  };
  if (schema.kind === 'ref') return typeRef(options.typeName(schema.target));
  if (isFalseSchema(schema)) return kw('never');
  const effects = effectsOf(schema, cx);
  const literals = effects.get('literals');
  const core = literals === undefined ? coreType(schema, effects, cx) : union(literals.flatMap((effect) => (effect.kind === 'literals' ? effect.values.map(literalType) : [])));
  const parts = [core, ...compositions(effects)].filter((part): part is TypeNode => part !== undefined);
  return parts.length === 0 ? kw('unknown') : intersection(parts);
}

type Effects = Map<TypeEffect['kind'], TypeEffect[]>;

function effectsOf(schema: SchemaNode, cx: TypeContext): Effects {
  const effects: Effects = new Map();
  for (const [name, value] of Object.entries(schema.keywords)) {
    const effect = definitionOf(name as KeywordName).type?.(value as never, cx, schema);
    if (effect !== undefined) effects.set(effect.kind, [...(effects.get(effect.kind) ?? []), effect]);
  }
  return effects;
}

/** allOf's intersection, then each anyOf/oneOf as a union the value must also be in. */
function compositions(effects: Effects): TypeNode[] {
  const parts: TypeNode[] = [];
  for (const effect of effects.get('intersection') ?? []) if (effect.kind === 'intersection') parts.push(intersection(effect.types));
  for (const effect of effects.get('union') ?? []) if (effect.kind === 'union') parts.push(union(effect.types));
  return parts;
}

/** The type the `type` keyword gives, each JSON type shaped by its keywords; undefined when nothing says. */
function coreType(schema: SchemaNode, effects: Effects, cx: TypeContext): TypeNode | undefined {
  const types = schema.keywords.type;
  if (types === undefined) return hasObjectShape(effects) ? objectShape(effects) : undefined;
  const binary = binaryAllowed(types, cx.direction, schema.annotations.format);
  return union(types.filter((type) => type !== 'integer' || !types.includes('number')).map((type) => baseType(type, effects, binary)));
}

function baseType(type: JsonType, effects: Effects, binary: boolean): TypeNode {
  switch (type) {
    case 'string':
      return binary ? typeRef('Blob') : kw('string');
    case 'number':
    case 'integer':
      return kw('number');
    case 'boolean':
    case 'null':
      return kw(type);
    case 'object':
      return objectShape(effects);
    case 'array':
      return arrayShape(effects);
  }
}

function hasObjectShape(effects: Effects): boolean {
  return effects.has('members') || effects.has('index');
}

/**
 * Members and one string index signature. Every member must fit the index type, so unless the
 * index is what every property already is, it is `unknown` (openapi-typescript's intersection
 * `{ a: string } & { [key: string]: number }` has no values with an `a`). A bare object is a
 * record of unknowns: it may hold anything.
 */
function objectShape(effects: Effects): TypeNode {
  const members: TypeMember[] = (effects.get('members') ?? []).flatMap((effect) => (effect.kind === 'members' ? effect.members : []));
  const indexTypes = (effects.get('index') ?? []).flatMap((effect) => (effect.kind === 'index' ? [effect.type] : []));
  if (members.length === 0 && indexTypes.length === 0) return objectType([indexSignature(kw('unknown'))]);
  if (indexTypes.length === 0) return objectType(members);
  const index = union(indexTypes);
  const fits = members.every((member) => member.kind === 'propertySignature' && sameType(member, index));
  return objectType([...members, indexSignature(fits ? index : kw('unknown'))]);
}

function sameType(member: PropertySignature, index: TypeNode): boolean {
  return index.kind === 'keywordType' && index.name === 'unknown' ? true : JSON.stringify(member.type) === JSON.stringify(index);
}

function indexSignature(type: TypeNode): TypeMember {
  return { kind: 'indexSignature', keyName: 'key', keyType: kw('string'), type };
}

/** `T[]`, or a tuple of prefixItems with the rest typed by items (`never`: no more items). */
function arrayShape(effects: Effects): TypeNode {
  const items = (effects.get('items') ?? []).find((effect) => effect.kind === 'items');
  const rest = items?.kind === 'items' ? items.type : kw('unknown');
  const prefix = (effects.get('prefix') ?? []).find((effect) => effect.kind === 'prefix');
  if (prefix?.kind !== 'prefix') return arrayType(rest);
  const elements = prefix.types.map((type) => ({ type }));
  const closed = rest.kind === 'keywordType' && rest.name === 'never';
  return { kind: 'tupleType', elements: closed ? elements : [...elements, { type: arrayType(rest), rest: true }] };
}

/** A JSON value as a type: `"a"`, `1`, `null`, `["x", 2]`, `{ a: 1 }`. */
export function literalType(value: Json): TypeNode {
  if (value === null) return kw('null');
  if (typeof value !== 'object') return litType(value);
  if (Array.isArray(value)) return { kind: 'tupleType', elements: (value as readonly Json[]).map((item) => ({ type: literalType(item) })) };
  return objectType(Object.entries(value).map(([key, item]) => propSig(key, literalType(item as Json))));
}

/** A property's JSDoc: its description (or title) and deprecation. */
function docOf(schema: Schema): Doc | undefined {
  if (schema.kind === 'ref') return undefined;
  const { description, title, deprecated } = schema.annotations;
  const text = (description ?? title)?.trim();
  const lines = [...(text ? text.split('\n') : []), ...(deprecated ? ['@deprecated'] : [])];
  return lines.length > 0 ? lines : undefined;
}
