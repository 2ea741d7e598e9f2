import type { Json } from '../../../generator/model/at.js';

/** One row: a schema (and the named schemas it refers to), a value, and the verdict. */
export interface KeywordCase {
  readonly keyword: string;
  readonly name: string;
  readonly schema: Json;
  readonly data: unknown;
  readonly valid: boolean;
}

const row =
  (keyword: string, schema: Json) =>
  (name: string, data: unknown, valid: boolean): KeywordCase => ({ keyword, name, schema, data, valid });

const hostile = JSON.parse('{"__proto__": 1, "constructor": 2}') as Json;

/** Named schemas the rows refer to. */
export const DEFS: Readonly<Record<string, Json>> = {
  Node: { type: 'object', properties: { value: { type: 'integer' }, next: { $ref: '#/components/schemas/Node' } } },
  Id: { type: 'string', maxLength: 3 },
};

const type = row('type', { type: 'integer' });
const types = row('type', { type: ['string', 'null'] });
const number = row('type', { type: 'number' });
const enums = row('enum', { enum: ['a', 1, null, { x: [1] }] });
const manyEnum = row('enum', { type: 'string', enum: ['a', 'b', 'c', 'd', 'e', 'f'] });
const constant = row('const', { const: { a: [1, { b: null }] } });
const length = row('minLength/maxLength', { type: 'string', minLength: 2, maxLength: 3 });
const pattern = row('pattern', { type: 'string', pattern: '^[a-z]+(-[a-z]+)*$' });
const unicode = row('pattern', { type: 'string', pattern: '^\\p{Lu}' });
const redos = row('pattern', { type: 'string', pattern: '^(a+)+$', maxLength: 10 });
const date = row('format', { type: 'string', format: 'date-time' });
const int32 = row('format', { type: 'number', format: 'int32' });
const email = row('format', { format: 'email' });
const bounds = row('minimum/maximum', { type: 'number', minimum: 1, maximum: 5 });
const exclusive = row('exclusive*', { type: 'number', exclusiveMinimum: 1, exclusiveMaximum: 5 });
const integerMin = row('minimum', { type: 'integer', minimum: 2 });
const multiple = row('multipleOf', { type: 'number', multipleOf: 0.1 });
const props = row('properties/required', {
  type: 'object',
  required: ['id', 'constructor'],
  properties: { id: { type: 'string' }, n: { type: 'integer' } },
});
const closed = row('additionalProperties', { type: 'object', properties: { a: {} }, additionalProperties: false });
const extra = row('additionalProperties', { type: 'object', additionalProperties: { type: 'integer' } });
const patterned = row('patternProperties', {
  type: 'object',
  patternProperties: { '^x-': { type: 'string' } },
  additionalProperties: false,
});
const names = row('propertyNames', { type: 'object', propertyNames: { maxLength: 2 } });
const count = row('min/maxProperties', { type: 'object', minProperties: 1, maxProperties: 2 });
const depReq = row('dependentRequired', { type: 'object', dependentRequired: { a: ['b', 'c'] } });
const depSch = row('dependentSchemas', { type: 'object', dependentSchemas: { a: { required: ['b'] } } });
const tuple = row('prefixItems/items', {
  type: 'array',
  prefixItems: [{ type: 'string' }, { type: 'integer' }],
  items: false,
});
/**
 * Object keys below an array index: the pointer folds `/outer` and `/inner` after the index,
 * keeping it. One row only, with names and types found nowhere else: a subschema written twice in the
 * module is shared as one function, where the fold across an index never happens.
 */
const nested = row('items/properties', {
  type: 'array',
  items: { type: 'object', properties: { outer: { type: 'object', properties: { inner: { type: 'boolean' } } } } },
});
const items = row('items', { type: 'array', items: { $ref: '#/components/schemas/Id' } });
const contains = row('contains', { type: 'array', contains: { type: 'integer' }, minContains: 2, maxContains: 3 });
const sizes = row('minItems/maxItems', { type: 'array', minItems: 1, maxItems: 2 });
const unique = row('uniqueItems', { type: 'array', uniqueItems: true });
const allOf = row('allOf', { allOf: [{ type: 'string' }, { maxLength: 2 }, { $ref: '#/components/schemas/Id' }] });
const anyOf = row('anyOf', { anyOf: [{ type: 'string' }, { type: 'integer', minimum: 0 }] });
const oneOf = row('oneOf', { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 0 }] });
const not = row('not', { not: { type: 'string' } });
const conditional = row('if/then/else', { if: { type: 'string' }, then: { minLength: 2 }, else: { type: 'integer' } });
const falseSchema = row('false', false);
const recursive = row('$ref', { $ref: '#/components/schemas/Node' });
const untyped = row('untyped keywords', { minLength: 2, minimum: 3, required: ['a'], minItems: 1 });
const foreign = row('keywords the type rules out', { type: 'array', maxLength: 0 });

export const KEYWORD_CASES: readonly KeywordCase[] = [
  type('1.0 is an integer', 1.0, true),
  type('1.5 is not an integer', 1.5, false),
  type('a string is not an integer', '1', false),
  number('NaN is not a JSON number', Number.NaN, false),
  number('Infinity is not a JSON number', Number.POSITIVE_INFINITY, false),
  types('null is allowed by a type array', null, true),
  types('a number is not', 3, false),
  enums('a string member', 'a', true),
  enums('a number member', 1, true),
  enums('null', null, true),
  enums('an object member, compared deeply', { x: [1] }, true),
  enums('a near miss', { x: [2] }, false),
  enums('"1" is not 1', '1', false),
  manyEnum('a member of a large enum', 'f', true),
  manyEnum('not a member', 'g', false),
  constant('equal, keys in any order', { a: [1, { b: null }] }, true),
  constant('different', { a: [1, { b: 0 }] }, false),
  length('two code points', 'ab', true),
  length('an astral character counts once', '😀😀😀', true),
  length('four code points', 'abcd', false),
  length('one code point in two units', '😀', false),
  pattern('matches', 'ab-cd', true),
  pattern('does not match', 'ab--cd', false),
  unicode('a Unicode property escape', 'Éa', true),
  unicode('a lowercase letter', 'éa', false),
  redos('a super-linear pattern under its bound', 'aaaa', true),
  redos('and a miss', 'aaab', false),
  date('an RFC 3339 date-time', '2024-02-29T10:00:00Z', true),
  date('February 30th', '2024-02-30T10:00:00Z', false),
  date('a number is not checked by a string format', 5, false),
  int32('an int32', 2147483647, true),
  int32('past int32', 2147483648, false),
  int32('int32 wants an integer', 1.5, false),
  email('an email', 'a@b.co', true),
  email('not an email', 'a@b', false),
  email('a number passes a string format', 5, true),
  bounds('at the bounds', 5, true),
  bounds('below', 0.5, false),
  exclusive('inside', 4.9, true),
  exclusive('at the exclusive bound', 5, false),
  integerMin('1.5 breaks integer and minimum', 1.5, false),
  multiple('0.5 is a multiple of 0.1', 0.5, true),
  multiple('0.3 is not, as ajv computes it', 0.3, false),
  props('own properties', JSON.parse('{"id": "x", "constructor": 1}'), true),
  props('an inherited constructor is not a property', { id: 'x' }, false),
  props('a wrong type', JSON.parse('{"id": 1, "constructor": 1, "n": 1.5}'), false),
  props('undefined is missing', { id: undefined, constructor: 1 }, false),
  closed('declared', { a: 1 }, true),
  closed('an extra key', { a: 1, b: 2 }, false),
  closed('__proto__ as an own key is an extra key', hostile, false),
  extra('integers', { a: 1, b: 2 }, true),
  extra('a string', { a: 'x' }, false),
  patterned('a key the pattern matches', { 'x-a': 'y' }, true),
  patterned('its value is checked', { 'x-a': 1 }, false),
  patterned('a key no pattern matches', { y: 'y' }, false),
  names('short names', { ab: 1 }, true),
  names('a long name', { abc: 1 }, false),
  count('one property', { a: 1 }, true),
  count('none', {}, false),
  count('three', { a: 1, b: 2, c: 3 }, false),
  depReq('a with b and c', { a: 1, b: 2, c: 3 }, true),
  depReq('a without c', { a: 1, b: 2 }, false),
  depReq('no a', { b: 1 }, true),
  depSch('a with b', { a: 1, b: 2 }, true),
  depSch('a without b', { a: 1 }, false),
  tuple('a full tuple', ['x', 1], true),
  tuple('a short tuple', ['x'], true),
  tuple('a wrong item', [1, 1], false),
  tuple('too long', ['x', 1, 2], false),
  nested('a problem two keys below an index', [{ outer: { inner: true } }, { outer: { inner: 1 } }], false),
  items('items by reference', ['a', 'bc'], true),
  items('one too long', ['a', 'bcde'], false),
  contains('two integers', [1, 'a', 2], true),
  contains('one', [1, 'a'], false),
  contains('four', [1, 2, 3, 4], false),
  sizes('one item', [1], true),
  sizes('none', [], false),
  unique('distinct, 1 and "1" differ', [1, '1', { a: 1 }], true),
  unique(
    'equal objects, keys in any order',
    [
      { a: 1, b: 2 },
      { b: 2, a: 1 },
    ],
    false,
  ),
  unique('0 and -0 are equal', [0, -0], false),
  allOf('all three', 'ab', true),
  allOf('one fails', 'abcd', false),
  anyOf('a string', 'x', true),
  anyOf('a negative integer', -1, false),
  oneOf('exactly one', -1, true),
  oneOf('two match', 1, false),
  not('a number', 1, true),
  not('a string', 'x', false),
  conditional('then', 'ab', true),
  conditional('then fails', 'a', false),
  conditional('else', 1, true),
  conditional('else fails', 1.5, false),
  falseSchema('nothing is valid', null, false),
  recursive('a chain', { value: 1, next: { value: 2, next: {} } }, true),
  recursive('deep inside', { value: 1, next: { value: 2, next: { value: 'x' } } }, false),
  untyped('keywords apply to their own kind only', true, true),
  untyped('a short string', 'a', false),
  untyped('an object without a', {}, false),
  untyped('an empty array', [], false),
  foreign('a string breaks type and maxLength', 'n', false),
];
