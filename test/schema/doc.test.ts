import { describe, expect, it } from 'vitest';
import type { Json } from '../../generator/model/at.js';
import { docPhrases } from '../../generator/schema/doc.js';
import { documentOf, readSpec } from './support/spec.js';

/** Each keyword says its rule in a few words, for JSDoc and the README. */
describe('doc phrases', () => {
  it.each([
    [{ type: 'string', maxLength: 30 }, ['at most 30 characters']],
    [
      { type: 'string', enum: ['auto', 'all', 'manual'], default: 'all' },
      ['one of "auto", "all", "manual"', 'default "all"'],
    ],
    [{ type: 'integer', minimum: 1, maximum: 50 }, ['integer', '>= 1', '<= 50']],
    [{ type: 'number', exclusiveMinimum: 0, multipleOf: 0.5 }, ['> 0', 'multiple of 0.5']],
    [{ type: 'string', format: 'date-time' }, ['RFC 3339 date-time']],
    [{ type: 'integer', format: 'int64' }, ['integer', 'format int64']],
    [{ type: 'string', format: 'binary' }, ['format binary']],
    [{ type: 'string', pattern: '^[a-z]+$', minLength: 2 }, ['at least 2 characters', 'matches /^[a-z]+$/']],
    [{ type: 'array', minItems: 1, uniqueItems: true }, ['at least 1 items', 'unique items']],
    [{ const: 'x' }, ['always "x"']],
  ])('%j', (schema, phrases) => {
    expect(docPhrases(readSpec(documentOf({ S: schema as Json })).named('S'))).toEqual(phrases);
  });
});
