import { it, expect } from 'vitest';
import { documentOf, readSpec } from './support/spec.js';
import { generateChecks } from './support/generated.js';

it('smoke', async () => {
  const doc = documentOf({
    A: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 3 }, n: { type: 'integer', minimum: 1 }, tags: { type: 'array', items: { type: 'string' }, uniqueItems: true } }, additionalProperties: false },
    B: { anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'string', format: 'date' }] },
    C: { enum: ['a', 1, null, { x: 1 }] },
  });
  const { schemas, issues } = readSpec(doc);
  console.log(issues.all);
  const gen = await generateChecks(schemas);
  console.log(gen.ts);
  expect(gen.check('A')({ id: 'ab' })).toBe(true);
  expect(gen.check('A')({ id: 'abcd' })).toBe(false);
  console.log(gen.issues('A', { id: 'abcd', n: 0.5, tags: ['a', 'a'], z: 1 }));
  expect(gen.check('B')('2024-01-01')).toBe(true);
  expect(gen.check('C')({ x: 1 })).toBe(true);
});
