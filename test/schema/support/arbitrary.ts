import fc from 'fast-check';
import { edge, enumArbitrary, type Mode, numberArbitrary, type Raw, stringArbitrary, WRONG_KIND } from './leaves.js';

/**
 * fast-check values made from a JSON Schema as written (2020-12; a 3.0 document converted by
 * `to202012` first): independent of the generator's model, so that the model's mistakes cannot
 * hide in the test. Valid values, values at and just over every edge, and (wild) values of the
 * wrong kind anywhere; each case picks its mode so big schemas still see valid values.
 */
export function valuesOf(schema: unknown, document: unknown): fc.Arbitrary<unknown> {
  return valuesFor(document)(schema);
}

/** `valuesOf` for many schemas of one document, sharing what is built. */
export function valuesFor(document: unknown): (schema: unknown) => fc.Arbitrary<unknown> {
  const builders = (['valid', 'edgy', 'wild'] as const).map((mode) => new Builder(document, mode));
  return (schema) => fc.oneof(...builders.map((builder) => builder.of(schema, 0)));
}

/** Keys no schema declares, hostile ones included (`__proto__` aside: ajv skips it in `properties`). */
const EXTRA_KEYS = ['extra', 'constructor', 'toString', 'hasOwnProperty', 'a-b', '*/', '', '~0', 'a/b', 'x~1y'];
const MISSING = Symbol('missing');
const MAX_DEPTH = 4;
const TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];

class Builder {
  /** Arbitraries by schema object and depth: a schema referenced from many places is built once. */
  readonly #built = new Map<unknown, Map<number, fc.Arbitrary<unknown>>>();

  constructor(
    readonly document: unknown,
    readonly mode: Mode,
  ) {}

  of(schema: unknown, depth: number): fc.Arbitrary<unknown> {
    const byDepth = this.#built.get(schema) ?? new Map<number, fc.Arbitrary<unknown>>();
    this.#built.set(schema, byDepth);
    let arbitrary = byDepth.get(depth);
    if (arbitrary === undefined) {
      const own = this.#schema(schema, depth);
      arbitrary =
        this.mode === 'wild' ? fc.oneof({ arbitrary: own, weight: 10 }, { arbitrary: WRONG_KIND, weight: 1 }) : own;
      byDepth.set(depth, arbitrary);
    }
    return arbitrary;
  }

  #schema(schema: unknown, depth: number): fc.Arbitrary<unknown> {
    if (schema === false) return WRONG_KIND;
    if (typeof schema !== 'object' || schema === null) return fc.jsonValue({ maxDepth: 1 });
    const raw = schema as Raw;
    if (typeof raw.$ref === 'string')
      return depth > MAX_DEPTH * 2 ? fc.constant(null) : this.of(resolve(this.document, raw.$ref), depth + 1);
    if (Array.isArray(raw.enum) && raw.enum.length > 0) return enumArbitrary(raw.enum, this.mode);
    if (Object.hasOwn(raw, 'const')) return enumArbitrary([raw.const], this.mode);
    const own = this.#typed(raw, depth);
    const composed = this.#composition(raw, depth);
    if (composed === undefined) return own;
    return fc
      .tuple(own, composed)
      .map(([a, b]) => (raw.type !== undefined || raw.properties !== undefined ? merge(a, b) : b));
  }

  #typed(raw: Raw, depth: number): fc.Arbitrary<unknown> {
    const declared =
      raw.type === undefined
        ? raw.properties !== undefined
          ? ['object']
          : TYPES
        : Array.isArray(raw.type)
          ? raw.type
          : [raw.type];
    const types = declared.filter((type): type is string => typeof type === 'string' && TYPES.includes(type));
    if (types.length === 0) return fc.jsonValue({ maxDepth: 1 });
    return fc.oneof(...types.map((type) => this.#ofType(type, raw, depth)));
  }

  #ofType(type: string, raw: Raw, depth: number): fc.Arbitrary<unknown> {
    if (type === 'string') return stringArbitrary(raw, this.mode);
    if (type === 'number' || type === 'integer') return numberArbitrary(raw, type === 'integer', this.mode);
    if (type === 'boolean') return fc.boolean();
    if (type === 'null') return fc.constant(null);
    if (type === 'object') return depth > MAX_DEPTH * 2 ? fc.constant({}) : this.#record(raw, depth);
    return depth > MAX_DEPTH * 2 ? fc.constant([]) : this.#array(raw, depth);
  }

  #record(raw: Raw, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const properties = (raw.properties ?? {}) as Record<string, unknown>;
    const required = new Set(Array.isArray(raw.required) ? (raw.required as string[]) : []);
    const names = [...new Set([...Object.keys(properties), ...required])].filter((name) => name !== '__proto__');
    const fields = names.map((name) => ({
      name,
      value: this.#present(
        required.has(name),
        properties[name] === undefined ? fc.jsonValue({ maxDepth: 1 }) : this.of(properties[name], depth + 1),
      ),
    }));
    const keys = EXTRA_KEYS.filter((key) => !names.includes(key));
    return fc
      .tuple(fc.tuple(...fields.map((field) => field.value)), this.#extras(raw, keys, depth))
      .map(([values, extras]) => {
        const record: Record<string, unknown> = {};
        fields.forEach((field, index) => {
          if (values[index] !== MISSING) record[field.name] = values[index];
        });
        return Object.assign(record, extras);
      });
  }

  #present(required: boolean, value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
    if (required) return edge(this.mode, value, fc.constant(MISSING), 12);
    return fc.oneof(value, fc.constant(MISSING));
  }

  #extras(raw: Raw, keys: readonly string[], depth: number): fc.Arbitrary<Record<string, unknown>> {
    const extra = raw.additionalProperties;
    const none = fc.constant({});
    if (keys.length === 0) return none;
    if (typeof extra === 'object' && extra !== null)
      return fc.dictionary(fc.constantFrom(...keys), this.of(extra, depth + 1), { maxKeys: 2 });
    const some = fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 2 });
    return extra === false
      ? edge(this.mode, none, some, 6)
      : fc.oneof({ arbitrary: none, weight: 3 }, { arbitrary: some, weight: 1 });
  }

  #array(raw: Raw, depth: number): fc.Arbitrary<unknown[]> {
    const min = typeof raw.minItems === 'number' ? raw.minItems : 0;
    const max = depth >= MAX_DEPTH ? min : Math.min(typeof raw.maxItems === 'number' ? raw.maxItems : min + 3, min + 4);
    const inside = fc.integer({ min, max: Math.max(min, max) });
    const beyond = [min - 1, typeof raw.maxItems === 'number' ? raw.maxItems + 1 : -1].filter((n) => n >= 0);
    const lengths = beyond.length === 0 ? inside : edge(this.mode, inside, fc.constantFrom(...beyond), 4);
    const prefix = Array.isArray(raw.prefixItems) ? raw.prefixItems.map((item) => this.of(item, depth + 1)) : [];
    const item =
      raw.items === undefined || raw.items === true ? fc.jsonValue({ maxDepth: 1 }) : this.of(raw.items, depth + 1);
    const items = lengths.chain((length) =>
      fc.tuple(...Array.from({ length }, (_, index) => prefix[index] ?? item)).map((list) => list as unknown[]),
    );
    if (raw.uniqueItems !== true) return items;
    const repeated = items.map((list) => (list.length > 1 ? [...list.slice(1), structuredClone(list[0])] : list));
    return edge(this.mode, items, repeated, 3);
  }

  #composition(raw: Raw, depth: number): fc.Arbitrary<unknown> | undefined {
    const parts: fc.Arbitrary<unknown>[] = [];
    if (Array.isArray(raw.allOf))
      parts.push(
        fc.tuple(...raw.allOf.map((member) => this.of(member, depth + 1))).map((values) => values.reduce(merge)),
      );
    for (const key of ['anyOf', 'oneOf']) {
      const branches = raw[key];
      if (Array.isArray(branches) && branches.length > 0)
        parts.push(fc.oneof(...branches.map((member) => this.of(member, depth + 1))));
    }
    if (parts.length === 0) return undefined;
    return fc.tuple(...parts).map((values) => values.reduce(merge));
  }
}

function resolve(document: unknown, ref: string): unknown {
  let node = document;
  for (const token of ref
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')) {
    const key = decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Two objects combine; otherwise the later value wins, which is what the composition asked for. */
function merge(a: unknown, b: unknown): unknown {
  return isRecord(a) && isRecord(b) ? { ...a, ...b } : b;
}
