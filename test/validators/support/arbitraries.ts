import fc from 'fast-check';
import type { JsonType, NamedSchema, Schema, SchemaObject } from '../../../generator/model.js';
import { edge, enumArbitrary, type Mode, numberArbitrary, stringArbitrary, WRONG_KIND } from './leaf-arbitraries.js';

/**
 * fast-check arbitraries that follow a model schema: valid values, values at and just over every
 * edge, and (in wild mode) values of the wrong kind anywhere. Each case picks its mode, so that
 * big schemas still see fully valid values often enough.
 */
export function caseArbitrary(schema: Schema, schemas: readonly NamedSchema[]): fc.Arbitrary<unknown> {
  const byName = new Map(schemas.map((named) => [named.name, named.schema]));
  const modes: Mode[] = ['valid', 'edgy', 'wild'];
  return fc.oneof(...modes.map((mode) => new Builder(byName, mode).of(schema, 0)));
}

/** Object keys that are not declared anywhere; hostile ones included. `__proto__` is left out: ajv ignores it in `properties`. */
const EXTRA_KEYS = [
  'extra',
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

class Builder {
  constructor(
    readonly schemas: ReadonlyMap<string, Schema>,
    readonly mode: Mode,
  ) {}

  of(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const arbitrary = schema.kind === 'ref' ? this.#ref(schema.name, depth) : this.#object(schema, depth);
    return this.mode === 'wild' ? fc.oneof({ arbitrary, weight: 12 }, { arbitrary: WRONG_KIND, weight: 1 }) : arbitrary;
  }

  #ref(name: string, depth: number): fc.Arbitrary<unknown> {
    const target = this.schemas.get(name);
    if (target === undefined) throw new Error(`no schema ${name}`);
    return depth >= MAX_DEPTH * 2 ? fc.constant(null) : this.of(target, depth + 1);
  }

  #object(schema: SchemaObject, depth: number): fc.Arbitrary<unknown> {
    if (schema.enum !== undefined) return enumArbitrary(schema.enum, this.mode);
    if (schema.const !== undefined) return enumArbitrary([schema.const.value], this.mode);
    const own = this.#typed(schema, depth);
    const composed = this.#composition(schema, depth);
    if (composed === undefined) return own;
    const shaped = schema.types !== undefined || schema.properties !== undefined;
    return fc.tuple(own, composed).map(([a, b]) => (shaped ? merge(a, b) : b));
  }

  /** One allowed type, then the keywords of that type. */
  #typed(schema: SchemaObject, depth: number): fc.Arbitrary<unknown> {
    const types = schema.types ?? (['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'] as const);
    if (types.length === 0) return fc.constant(0);
    return fc.oneof(...types.map((type) => this.#ofType(type, schema, depth)));
  }

  #ofType(type: JsonType, schema: SchemaObject, depth: number): fc.Arbitrary<unknown> {
    switch (type) {
      case 'string':
        return stringArbitrary(schema, this.mode);
      case 'number':
      case 'integer':
        return numberArbitrary(schema, type === 'integer', this.mode);
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

  #record(schema: SchemaObject, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const declared = (schema.properties ?? []).map((property) => ({
      name: property.name,
      value: this.#present(property.required, this.of(property.schema, depth + 1)),
    }));
    const requiredOnly = (schema.requiredOnly ?? []).map((name) => ({
      name,
      value: this.#present(true, fc.jsonValue({ maxDepth: 1 })),
    }));
    const fields = [...declared, ...requiredOnly];
    const names = new Set(fields.map((field) => field.name));
    const keys = EXTRA_KEYS.filter((key) => !names.has(key));
    return fc
      .tuple(fc.tuple(...fields.map((field) => field.value)), this.#extras(schema, keys, depth))
      .map(([values, extras]) => {
        const record: Record<string, unknown> = {};
        fields.forEach((field, index) => {
          if (values[index] !== MISSING) record[field.name] = values[index];
        });
        return Object.assign(record, extras);
      });
  }

  /** A required property goes missing now and then; an optional one half the time. */
  #present(required: boolean, value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
    if (required) return edge(this.mode, value, fc.constant(MISSING), 12);
    return fc.oneof(value, fc.constant(MISSING));
  }

  #extras(schema: SchemaObject, keys: readonly string[], depth: number): fc.Arbitrary<Record<string, unknown>> {
    const extra = schema.additionalProperties;
    const none = fc.constant({});
    if (keys.length === 0) return none;
    if (typeof extra === 'object')
      return fc.dictionary(fc.constantFrom(...keys), this.of(extra, depth + 1), { maxKeys: 3 });
    const some = fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 2 });
    return extra === false
      ? edge(this.mode, none, some, 6)
      : fc.oneof({ arbitrary: none, weight: 3 }, { arbitrary: some, weight: 1 });
  }

  #array(schema: SchemaObject, depth: number): fc.Arbitrary<unknown[]> {
    const min = schema.minItems ?? 0;
    const max = depth >= MAX_DEPTH ? min : Math.min(schema.maxItems ?? min + 4, min + 6);
    const inside = fc.integer({ min, max: Math.max(min, max) });
    const beyond = [min - 1, (schema.maxItems ?? -2) + 1].filter((n) => n >= 0);
    const lengths = beyond.length === 0 ? inside : edge(this.mode, inside, fc.constantFrom(...beyond), 4);
    const item = schema.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : this.of(schema.items, depth + 1);
    const items = lengths.chain((length) => fc.array(item, { minLength: length, maxLength: length }));
    if (schema.uniqueItems !== true) return items;
    const repeated = items.map((list) => (list.length > 1 ? [...list.slice(1), structuredClone(list[0])] : list));
    return edge(this.mode, items, repeated, 3);
  }

  #composition(schema: SchemaObject, depth: number): fc.Arbitrary<unknown> | undefined {
    const { allOf, anyOf, oneOf } = schema;
    const parts: fc.Arbitrary<unknown>[] = [];
    if (allOf !== undefined)
      parts.push(fc.tuple(...allOf.map((member) => this.of(member, depth))).map((values) => values.reduce(merge)));
    for (const branches of [anyOf, oneOf]) {
      if (branches !== undefined) parts.push(fc.oneof(...branches.map((member) => this.of(member, depth))));
    }
    if (parts.length === 0) return undefined;
    return fc.tuple(...parts).map((values) => values.reduce(merge));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Two objects combine; otherwise the later value wins, which is what the composition asked for. */
function merge(a: unknown, b: unknown): unknown {
  return isRecord(a) && isRecord(b) ? { ...a, ...b } : b;
}
