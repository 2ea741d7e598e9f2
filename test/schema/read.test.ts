import { describe, expect, it } from 'vitest';
import type { Json } from '../../generator/model/at.js';
import type { SchemaNode } from '../../generator/model/schema.js';
import { documentOf, readSpec } from './support/spec.js';

/** Reads `schema` as the component `S` of a 3.1 (or 3.0) document. */
function read(schema: Json, openapi = '3.1.0', others: Record<string, Json> = {}) {
  const result = readSpec(documentOf({ S: schema, ...others }, openapi));
  const warnings = result.issues.all.map((issue) => `${issue.code} ${issue.at.pointer}`);
  return { schema: result.named('S'), warnings, issues: result.issues.all, reader: result.reader };
}

const S = '/components/schemas/S';

describe('OpenAPI 3.0 is read as 2020-12', () => {
  it.each([
    ['nullable adds null to the type', { type: 'string', nullable: true }, { type: ['string', 'null'] }],
    [
      'nullable leaves an enum as it is: null passes only when listed (3.0.3, as ajv reads it)',
      { type: 'string', nullable: true, enum: ['a'] },
      { type: ['string', 'null'], enum: ['a'] },
    ],
    [
      'a boolean exclusiveMinimum makes minimum exclusive',
      { type: 'number', minimum: 5, exclusiveMinimum: true },
      { type: ['number'], exclusiveMinimum: 5 },
    ],
    [
      'exclusiveMaximum: false leaves maximum inclusive',
      { type: 'number', maximum: 5, exclusiveMaximum: false },
      { type: ['number'], maximum: 5 },
    ],
  ])('%s', (_, given, keywords) => {
    const { schema, warnings } = read(given as Json, '3.0.3');
    expect((schema as SchemaNode).keywords).toEqual(keywords);
    expect(warnings).toEqual([]);
  });

  it('example joins examples', () => {
    expect((read({ type: 'string', example: 'x' }, '3.0.3').schema as SchemaNode).annotations.examples).toEqual(['x']);
  });

  it('keywords beside $ref are ignored, with a warning when they assert something', () => {
    const { schema, warnings } = read({ $ref: '#/components/schemas/T', maxLength: 2, description: 'd' }, '3.0.3', {
      T: { type: 'string' },
    });
    expect(schema).toMatchObject({ kind: 'ref', target: 'T' });
    expect(warnings).toEqual([`ref_sibling_ignored ${S}`]);
  });
});

describe('references', () => {
  it('a component reference stays a reference, ~1 and ~0 unescaped', () => {
    const { schema } = read({ $ref: '#/components/schemas/a~1b~0c' }, '3.1.0', { 'a/b~c': { type: 'string' } });
    expect(schema).toMatchObject({ kind: 'ref', target: 'a/b~c' });
  });

  it('in 3.1, keywords beside $ref apply too: an allOf', () => {
    const { schema } = read({ $ref: '#/components/schemas/T', maxLength: 2 }, '3.1.0', { T: { type: 'string' } });
    expect((schema as SchemaNode).keywords).toMatchObject({ maxLength: 2, allOf: [{ kind: 'ref', target: 'T' }] });
  });

  it('a reference elsewhere is read in place', () => {
    const { schema } = read({ $ref: '#/components/schemas/T/properties/a' }, '3.1.0', {
      T: { properties: { a: { type: 'integer' } } },
    });
    expect((schema as SchemaNode).keywords.type).toEqual(['integer']);
  });

  it('recursion outside the components is read as {}, with a warning', () => {
    const { warnings } = read({
      properties: {
        a: { $ref: '#/components/schemas/S/properties/b' },
        b: { items: { $ref: '#/components/schemas/S/properties/b' } },
      },
    });
    expect(warnings).toEqual([`ref_cycle ${S}/properties/b/items`]);
  });

  it('reads each pointer once', () => {
    const { reader } = read({ properties: { a: { type: 'string' } } });
    expect(reader.read(`${S}/properties/a`)).toBe(reader.read(`${S}/properties/a`));
  });
});

describe('spec defects warn, located, and the rest is generated', () => {
  it.each([
    ['an unknown type', { type: ['string', 'file'] }, [`unsupported_type ${S}/type/1`], { type: ['string'] }],
    [
      'an enum member of the wrong type',
      { type: 'string', enum: ['a', 1] },
      [`invalid_schema ${S}/enum/1`],
      { enum: ['a', 1] },
    ],
    ['a mixed-type enum is legal', { enum: ['a', 1, null] }, [], { enum: ['a', 1, null] }],
    [
      'minLength over maxLength',
      { minLength: 5, maxLength: 2 },
      [`min_gt_max ${S}/minLength`],
      { minLength: 5, maxLength: 2 },
    ],
    [
      'minimum over maximum',
      { minimum: 5, exclusiveMaximum: 2 },
      [`min_gt_max ${S}/minimum`],
      { minimum: 5, exclusiveMaximum: 2 },
    ],
    ['multipleOf 0', { multipleOf: 0 }, [`invalid_schema ${S}/multipleOf`], {}],
    ['an invalid pattern', { pattern: '(' }, [`invalid_schema ${S}/pattern`], {}],
    ['a negative maxLength', { maxLength: -1 }, [`invalid_schema ${S}/maxLength`], {}],
    ['unevaluatedProperties', { unevaluatedProperties: false }, [`unsupported_keyword ${S}/unevaluatedProperties`], {}],
    ['$dynamicRef', { $dynamicRef: '#x' }, [`unsupported_keyword ${S}/$dynamicRef`], {}],
    [
      'a super-linear pattern',
      { pattern: '^(a+)+$' },
      [`super_linear_pattern ${S}/pattern`],
      { pattern: { source: '^(a+)+$', superLinear: true } },
    ],
    [
      'an unknown format, once per name',
      { properties: { a: { format: 'colour' }, b: { format: 'colour' } } },
      [`unknown_format ${S}/properties/a/format`],
      {},
    ],
    ["'then' without 'if'", { then: { type: 'string' } }, [`invalid_schema ${S}/then`], {}],
    [
      "draft 7's dependencies",
      { dependencies: { a: ['b'], c: { required: ['d'] } } },
      [],
      { dependentRequired: [{ property: 'a', value: ['b'] }] },
    ],
  ])('%s', (_, given, warnings, keywords) => {
    const result = read(given as Json);
    expect(result.warnings).toEqual(warnings);
    expect((result.schema as SchemaNode).keywords).toMatchObject(keywords);
  });

  it('an unknown format is ignored by the checks but kept for docs and types', () => {
    const { schema } = read({ type: 'string', format: 'colour' });
    expect((schema as SchemaNode).keywords.format).toBeUndefined();
    expect((schema as SchemaNode).annotations.format).toBe('colour');
  });
});

describe('defaults and examples are checked against their schema, without ajv', () => {
  it('a default beside a maximum it breaks is a located warning', () => {
    const { reader, issues } = read({ type: 'integer', maximum: 50, default: 100, examples: [5, 'x'] });
    reader.checkAnnotations();
    expect(issues.map((issue) => [issue.code, issue.at.pointer, issue.message])).toEqual([
      ['default_invalid', `${S}/default`, 'default 100 breaks its schema: must be <= 50 (maximum)'],
      ['example_invalid', `${S}/examples/1`, 'example "x" breaks its schema: must be integer (type)'],
    ]);
  });
});
