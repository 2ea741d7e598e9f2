import { createRequire } from 'node:module';
import fc from 'fast-check';
import {
  deref,
  isObject,
  refPointer,
  type Json,
  type JsonObject,
  type SpecDocument,
} from '../../support/spec-document.js';
import {
  edge,
  enumArbitrary,
  type LeafKeywords,
  type Mode,
  numberArbitrary,
  stringArbitrary,
  WRONG_KIND,
} from './leaf-arbitraries.js';

/**
 * fast-check arbitraries made from a JSON Schema as the spec document writes it (2020-12, plus
 * OpenAPI 3.0's `nullable` and boolean exclusive bounds), `$ref`s resolved against the document:
 * valid values, values at and just over every edge, and (in wild mode) values of the wrong kind
 * anywhere. Each case picks its mode, so that big schemas still see fully valid values often.
 *
 * Nothing here reads the generator's model: what the values are made from is the schema itself.
 */
export function schemaArbitrary(doc: SpecDocument, schema: Json): fc.Arbitrary<unknown> {
  const modes: Mode[] = ['valid', 'edgy', 'wild'];
  return fc.oneof(...modes.map((mode) => new Builder(doc, mode).of(schema, 0)));
}

/** The JSON types a schema without `type` may take, in the order `type` lists them. */
const ALL_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'] as const;
type JsonType = (typeof ALL_TYPES)[number];

/** Object keys that are not declared anywhere; hostile ones included (each an own key, `__proto__` too). */
const EXTRA_KEYS = [
  'extra',
  '__proto__',
  'undefined',
  'eval',
  'constructor',
  'toString',
  'hasOwnProperty',
  'a-b',
  '*/',
  '\u2028',
  '',
  '~0',
  'a/b',
  'x~1y',
];
const MISSING = Symbol('missing');
const MAX_DEPTH = 4;
const ANY_JSON = fc.jsonValue({ maxDepth: 1 });

const require = createRequire(import.meta.url);
/** fast-deep-equal, which ajv uses for uniqueItems: 0 and -0 are equal, key order does not matter. */
const jsonEqual = (require('ajv/dist/runtime/equal') as { default: (a: unknown, b: unknown) => boolean }).default;

class Builder {
  constructor(
    readonly doc: SpecDocument,
    readonly mode: Mode,
  ) {}

  of(schema: Json, depth: number): fc.Arbitrary<unknown> {
    const arbitrary = this.#node(schema, depth);
    return this.mode === 'wild' ? fc.oneof({ arbitrary, weight: 12 }, { arbitrary: WRONG_KIND, weight: 1 }) : arbitrary;
  }

  #node(schema: Json, depth: number): fc.Arbitrary<unknown> {
    // `true` accepts anything; `false` nothing, so any value is as good (a property handles it itself).
    if (!isObject(schema)) return ANY_JSON;
    if (typeof schema['$ref'] === 'string') return this.#ref(schema['$ref'], depth);
    if (Array.isArray(schema['enum'])) return enumArbitrary(schema['enum'], this.mode);
    if (Object.hasOwn(schema, 'const')) return enumArbitrary([schema['const'] as Json], this.mode);
    const own = this.#typed(schema, depth);
    const composed = this.#composition(schema, depth);
    if (composed === undefined) return own;
    const shaped = schema['type'] !== undefined || schema['properties'] !== undefined;
    return fc.tuple(own, composed).map(([a, b]) => (shaped ? merge(a, b) : b));
  }

  #ref(ref: string, depth: number): fc.Arbitrary<unknown> {
    if (depth >= MAX_DEPTH * 2) return fc.constant(null);
    return this.of(deref(this.doc, refPointer(ref)).node, depth + 1);
  }

  /** One allowed type, then the keywords of that type. */
  #typed(schema: JsonObject, depth: number): fc.Arbitrary<unknown> {
    const types = typesOf(schema);
    if (types.length === 0) return fc.constant(0);
    return fc.oneof(...types.map((type) => this.#ofType(type, schema, depth)));
  }

  #ofType(type: JsonType, schema: JsonObject, depth: number): fc.Arbitrary<unknown> {
    switch (type) {
      case 'string':
        return stringArbitrary(leafKeywords(schema), this.mode);
      case 'number':
      case 'integer':
        return numberArbitrary(leafKeywords(schema), type === 'integer', this.mode);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'object':
        return this.#record(schema, depth);
      case 'array':
        return this.#array(schema, depth);
    }
  }

  #record(schema: JsonObject, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const properties = isObject(schema['properties']) ? schema['properties'] : {};
    const required = Array.isArray(schema['required']) ? schema['required'].filter((n) => typeof n === 'string') : [];
    const declared = Object.entries(properties).map(([name, property]) => ({
      name,
      value: this.#present(required.includes(name), property, depth),
    }));
    const requiredOnly = required
      .filter((name) => !Object.hasOwn(properties, name))
      .map((name) => ({ name, value: this.#present(true, true, depth) }));
    const fields = [...declared, ...requiredOnly];
    const names = new Set(fields.map((field) => field.name));
    const keys = EXTRA_KEYS.filter((key) => !names.has(key));
    return fc
      .tuple(fc.tuple(...fields.map((field) => field.value)), this.#extras(schema, keys, depth))
      .map(([values, extras]) => {
        const record: Record<string, unknown> = {};
        fields.forEach((field, index) => {
          if (values[index] !== MISSING) defineOwn(record, field.name, values[index]);
        });
        for (const [name, value] of Object.entries(extras)) defineOwn(record, name, value);
        return record;
      });
  }

  /** A required property goes missing now and then; an optional one half the time; a `false` one only to break the rule. */
  #present(required: boolean, schema: Json, depth: number): fc.Arbitrary<unknown> {
    if (schema === false) return edge<unknown>(this.mode, fc.constant(MISSING), ANY_JSON, 4);
    const value = this.of(schema, depth + 1);
    if (required) return edge(this.mode, value, fc.constant(MISSING), 12);
    return fc.oneof(value, fc.constant(MISSING));
  }

  #extras(schema: JsonObject, keys: readonly string[], depth: number): fc.Arbitrary<Record<string, unknown>> {
    const extra = schema['additionalProperties'];
    const none = fc.constant({});
    if (keys.length === 0) return none;
    if (isObject(extra))
      return fc.dictionary(fc.constantFrom(...keys), this.of(extra, depth + 1), { maxKeys: 3, noNullPrototype: true });
    const some = fc.dictionary(fc.constantFrom(...keys), ANY_JSON, { minKeys: 1, maxKeys: 2, noNullPrototype: true });
    return extra === false
      ? edge(this.mode, none, some, 6)
      : fc.oneof({ arbitrary: none, weight: 3 }, { arbitrary: some, weight: 1 });
  }

  #array(schema: JsonObject, depth: number): fc.Arbitrary<unknown[]> {
    const minItems = numberAt(schema, 'minItems');
    const maxItems = numberAt(schema, 'maxItems');
    const min = minItems ?? 0;
    const max = Math.max(min, depth >= MAX_DEPTH ? min : Math.min(maxItems ?? min + 4, min + 6));
    const item = schema['items'] === undefined ? ANY_JSON : this.of(schema['items'], depth + 1);
    const unique = schema['uniqueItems'] === true;
    // Valid values keep to the rules: lengths within bounds, and no two items equal when uniqueItems says so.
    const inside = unique
      ? fc.uniqueArray(item, { minLength: min, maxLength: max, comparator: jsonEqual })
      : fc.array(item, { minLength: min, maxLength: max });
    if (this.mode === 'valid') return inside;
    const beyond = [min - 1, (maxItems ?? -2) + 1].filter((n) => n >= 0);
    const wrongLength = beyond.map((length) => fc.array(item, { minLength: length, maxLength: length }));
    const lengths = wrongLength.length === 0 ? inside : edge(this.mode, inside, fc.oneof(...wrongLength), 4);
    if (!unique) return lengths;
    const repeated = lengths.map((list) => (list.length > 1 ? [...list.slice(1), structuredClone(list[0])] : list));
    return edge(this.mode, lengths, repeated, 3);
  }

  #composition(schema: JsonObject, depth: number): fc.Arbitrary<unknown> | undefined {
    const parts: fc.Arbitrary<unknown>[] = [];
    const allOf = schema['allOf'];
    if (Array.isArray(allOf) && allOf.length > 0)
      parts.push(fc.tuple(...allOf.map((member) => this.of(member, depth))).map((values) => values.reduce(merge)));
    for (const branches of [schema['anyOf'], schema['oneOf']]) {
      if (Array.isArray(branches) && branches.length > 0)
        parts.push(fc.oneof(...branches.map((member) => this.of(member, depth))));
    }
    if (parts.length === 0) return undefined;
    return fc.tuple(...parts).map((values) => values.reduce(merge));
  }
}

function typesOf(schema: JsonObject): JsonType[] {
  const type = schema['type'];
  const listed = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
  const types = (listed ?? ALL_TYPES).filter((name): name is JsonType => ALL_TYPES.includes(name as JsonType));
  // OpenAPI 3.0: `nullable: true` beside a type.
  return schema['nullable'] === true && listed !== undefined && !types.includes('null') ? [...types, 'null'] : types;
}

/** The leaf keywords, with OpenAPI 3.0's boolean exclusiveMinimum/Maximum turned into 2020-12 numbers. */
function leafKeywords(schema: JsonObject): LeafKeywords {
  const keywords: Record<string, number | string> = {};
  for (const name of ['minLength', 'maxLength', 'minimum', 'maximum', 'multipleOf'] as const) {
    const value = numberAt(schema, name);
    if (value !== undefined) keywords[name] = value;
  }
  for (const name of ['pattern', 'format'] as const) {
    const value = schema[name];
    if (typeof value === 'string') keywords[name] = value;
  }
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    const value = schema[exclusive];
    if (typeof value === 'number') keywords[exclusive] = value;
    else if (value === true && typeof keywords[bound] === 'number') {
      keywords[exclusive] = keywords[bound];
      delete keywords[bound];
    }
  }
  return keywords as LeafKeywords;
}

/** `record[name] = value`, except that `__proto__` becomes an own key (as JSON.parse makes it), not the prototype. */
function defineOwn(record: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
}

function numberAt(schema: JsonObject, name: string): number | undefined {
  const value = schema[name];
  return typeof value === 'number' ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Two objects combine; otherwise the later value wins, which is what the composition asked for. */
function merge(a: unknown, b: unknown): unknown {
  return isRecord(a) && isRecord(b) ? { ...a, ...b } : b;
}
