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
  /** A named schema's model: a parent's `required` reaches the properties of an allOf reference. */
  named?(id: string): Schema;
}

/** The discriminator value(s) a named schema answers to, by id (`discriminatorTargets`). */
export type DiscriminatorTargets = ReadonlyMap<
  string,
  { readonly propertyName: string; readonly values: readonly string[] }
>;

/**
 * Which named schemas a discriminator maps, and to which values: each such schema's type then
 * says so (`{ action: 'skip' }`), as openapi-typescript types them, so that a union of them
 * narrows on the property.
 */
export function discriminatorTargets(named: Iterable<readonly [string, Schema]>): DiscriminatorTargets {
  const targets = new Map<string, { propertyName: string; values: string[] }>();
  for (const [, schema] of named) {
    const discriminator = schema.kind === 'schema' ? schema.keywords.discriminator : undefined;
    for (const { value, target } of discriminator?.mapping ?? []) {
      const entry = targets.get(target) ?? { propertyName: discriminator!.propertyName, values: [] };
      entry.values.push(value);
      targets.set(target, entry);
    }
  }
  return targets;
}

/** A named schema's type, with the discriminator value it answers to, if any. */
export function namedTypeOf(
  id: string,
  schema: Schema,
  options: TypeOptions,
  targets?: DiscriminatorTargets,
): TypeNode {
  const type = typeOf(schema, options);
  const mapped = targets?.get(id);
  if (mapped === undefined) return type;
  const literal = objectType([propSig(mapped.propertyName, union(mapped.values.map((value) => litType(value))))]);
  return intersection([type, literal]);
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
 * `readOnly`/`writeOnly` (a `readonly` modifier would neither make a property optional in
 * requests nor change what may be assigned): the build stage makes request and response variants
 * of the schemas they change instead (build/direction-variants.ts), typed here like any other.
 */
export function typeOf(schema: Schema, options: TypeOptions): TypeNode {
  const cx: TypeContext = {
    direction: options.direction,
    of: (member) => typeOf(member, options),
    requiring: (member, names) => requiring(member, names, options),
    doc: (member) => docOf(member),
  };
  if (schema.kind === 'ref') return typeRef(options.typeName(schema.target));
  if (isFalseSchema(schema)) return kw('never');
  const effects = effectsOf(schema, cx);
  const literals = effects.get('literals');
  const composed = compositions(effects);
  const types = schema.keywords.type;
  if (literals !== undefined || types === undefined) {
    const core =
      literals !== undefined
        ? union(literals.flatMap((effect) => (effect.kind === 'literals' ? effect.values.map(literalType) : [])))
        : hasObjectShape(effects)
          ? objectShape(effects)
          : undefined;
    const parts = core === undefined ? composed : [core, ...composed];
    return parts.length === 0 ? kw('unknown') : intersection(parts);
  }
  // Each type with the compositions, null alone (as openapi-typescript distributes a type array).
  const binary = binaryAllowed(types, cx.direction, schema.annotations.format);
  const distinct = types.filter((type) => type !== 'integer' || !types.includes('number'));
  return union(
    distinct.map((type) => {
      if (type === 'null') return kw('null');
      // A bare object adds nothing to its compositions (openapi-typescript leaves it out too).
      const bare = type === 'object' && !hasObjectShape(effects) && composed.length > 0;
      const parts = bare ? composed : [baseType(type, effects, binary), ...composed];
      return intersection(parts);
    }),
  );
}

/**
 * `schema` with `names` required too: an inline node as if it listed them; a reference as
 * `T & Required<Pick<T, 'a' | 'b'>>` for the names its schema declares as properties.
 */
function requiring(schema: Schema, names: readonly string[], options: TypeOptions): TypeNode {
  if (names.length === 0) return typeOf(schema, options);
  if (schema.kind === 'schema') {
    const required = [...new Set([...(schema.keywords.required ?? []), ...names])];
    return typeOf({ ...schema, keywords: { ...schema.keywords, required } }, options);
  }
  const reference = typeOf(schema, options);
  const target = options.named?.(schema.target);
  const declared = new Set(
    target?.kind === 'schema' ? (target.keywords.properties ?? []).map((property) => property.name) : [],
  );
  const keys = names.filter((name) => declared.has(name));
  if (keys.length === 0) return reference;
  return intersection([
    reference,
    typeRef('Required', [typeRef('Pick', [reference, union(keys.map((key) => litType(key)))])]),
  ]);
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
  for (const effect of effects.get('intersection') ?? [])
    if (effect.kind === 'intersection') parts.push(intersection(effect.types));
  for (const effect of effects.get('union') ?? []) if (effect.kind === 'union') parts.push(union(effect.types));
  return parts;
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
  const members: TypeMember[] = (effects.get('members') ?? []).flatMap((effect) =>
    effect.kind === 'members' ? effect.members : [],
  );
  const indexTypes = (effects.get('index') ?? []).flatMap((effect) => (effect.kind === 'index' ? [effect.type] : []));
  if (members.length === 0 && indexTypes.length === 0) return objectType([indexSignature(kw('unknown'))]);
  if (indexTypes.length === 0) return objectType(members);
  const index = union(indexTypes);
  const fits = members.every((member) => member.kind === 'propertySignature' && sameType(member, index));
  return objectType([...members, indexSignature(fits ? index : kw('unknown'))]);
}

function sameType(member: PropertySignature, index: TypeNode): boolean {
  return index.kind === 'keywordType' && index.name === 'unknown'
    ? true
    : JSON.stringify(member.type) === JSON.stringify(index);
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
  if (Array.isArray(value))
    return { kind: 'tupleType', elements: (value as readonly Json[]).map((item) => ({ type: literalType(item) })) };
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
