import { describe, expect, it } from 'vitest';
import { printModule } from '../../generator/emit/print.js';
import type { Json } from '../../generator/model/at.js';
import type { Direction } from '../../generator/schema/keyword.js';
import { BINARY_BODY_TYPE, discriminatorTargets, namedTypeOf, typeOf } from '../../generator/schema/type.js';
import { documentOf, readSpec } from './support/spec.js';

/** `type S = ...` for the component S of a 3.1 document, printed by the emitter. */
function typeText(schema: Json, direction: Direction = 'json', others: Record<string, Json> = {}): string {
  const { named } = readSpec(documentOf({ S: schema, ...others }));
  const type = typeOf(named('S'), { typeName: (id) => id, direction, named });
  return printModule({ body: [{ kind: 'typeAlias', name: 'S', type }] }, 'ts').trim();
}

describe('what each keyword does to the type', () => {
  it.each([
    [{}, 'type S = unknown;'],
    [{ type: ['string', 'null'] }, 'type S = string | null;'],
    [{ type: 'integer' }, 'type S = number;'],
    [{ enum: ['a', 1, null] }, "type S = 'a' | 1 | null;"],
    [{ const: { a: [1] } }, 'type S = { a: [1] };'],
    [{ type: 'object' }, 'type S = { [key: string]: unknown };'],
    [
      { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'number' } } },
      'type S = { a: string; b?: number };',
    ],
    [
      { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'string' } },
      'type S = { a?: string; [key: string]: string };',
    ],
    [
      { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'number' } },
      'type S = { a?: string; [key: string]: unknown };',
    ],
    [
      { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
      'type S = { a?: string };',
    ],
    [{ type: 'object', patternProperties: { '^x': { type: 'integer' } } }, 'type S = { [key: string]: number };'],
    [{ type: 'array', items: { type: ['string', 'null'] } }, 'type S = (string | null)[];'],
    [{ type: 'array', prefixItems: [{ type: 'string' }], items: false }, 'type S = [string];'],
    [
      { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number' } },
      'type S = [string, ...number[]];',
    ],
    [
      { allOf: [{ $ref: '#/components/schemas/T' }, { properties: { b: { type: 'string' } } }], required: ['a'] },
      "type S = T & Required<Pick<T, 'a'>> & { b?: string };",
    ],
    [{ anyOf: [{ type: 'string' }, { type: 'number' }] }, 'type S = string | number;'],
    [{ type: 'string', not: { const: 'x' }, if: { minLength: 1 }, then: { maxLength: 2 } }, 'type S = string;'],
    [{ type: 'string', readOnly: true }, 'type S = string;'],
  ])('%j', (schema, want) => {
    expect(typeText(schema as Json, 'json', { T: { properties: { a: { type: 'string' } } } })).toBe(want);
  });

  it('a binary string is a Blob in a request, a string in JSON', () => {
    expect(typeText({ type: 'string', format: 'binary' }, 'request')).toBe('type S = Blob;');
    expect(typeText({ type: 'string', format: 'binary' }, 'json')).toBe('type S = string;');
    expect(printModule({ body: [{ kind: 'typeAlias', name: 'B', type: BINARY_BODY_TYPE }] }, 'ts').trim()).toBe(
      'type B = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array>;',
    );
  });

  it('a discriminator mapping gives each member its value', () => {
    const { schemas, named } = readSpec(
      documentOf({
        Pet: {
          oneOf: [{ $ref: '#/components/schemas/Cat' }],
          discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } },
        },
        Cat: { type: 'object', properties: { kind: { type: 'string' } } },
      }),
    );
    const type = namedTypeOf(
      'Cat',
      named('Cat'),
      { typeName: (id) => id, direction: 'json' },
      discriminatorTargets(schemas),
    );
    expect(printModule({ body: [{ kind: 'typeAlias', name: 'Cat', type }] }, 'ts').trim()).toBe(
      "type Cat = { kind?: string } & { kind: 'cat' };",
    );
  });
});
