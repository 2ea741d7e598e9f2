import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Json } from '../../generator/model.js';
import { type GeneratedModule, loadGenerated, typeNamesOf } from './support/generated.js';
import { specFromSchemas } from './support/model.js';
import { typecheck } from './support/typecheck.js';

/**
 * Spec strings reach generated code only as literals: property names, enum members, constants,
 * patterns and schema names that look like code, comment closers, line terminators or
 * prototype keys must neither break the file nor change what it does.
 */
const HOSTILE = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'a-b',
  '*/',
  '/*',
  '\u2028',
  '\u2029',
  "'",
  '"',
  '\\',
  '${x}',
  '`',
  '</script>',
  '',
  'a b',
  '0',
  'x\ny',
  "');throw 1;('",
];

/** Object.fromEntries makes `__proto__` an own key, as JSON.parse does; a literal would set the prototype. */
const hostileObject = (value: (name: string) => Json): Record<string, Json> =>
  Object.fromEntries(HOSTILE.map((name) => [name, value(name)]));

const SCHEMAS: Record<string, Json> = {
  Hostile: {
    type: 'object',
    required: HOSTILE,
    additionalProperties: false,
    properties: hostileObject(() => ({ type: 'integer' })),
  },
  Evil: { type: 'string', enum: ['</script>', '\u2028', '"; throw 1; "', '${process.exit(1)}', '*/'] },
  Proto: { const: JSON.parse('{"__proto__": {"polluted": true}}') as Json },
  Pattern: { type: 'string', pattern: '^[*/"\u2028`]+$' },
  'Weird*/Name': { type: 'integer', description: 'ends a comment */ here' },
  // Schemas named like the globals and runtime names the generated code uses.
  Record: { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } },
  Set: { type: 'array', uniqueItems: true, items: { $ref: '#/components/schemas/Number' } },
  Number: { type: 'number', multipleOf: 2 },
  Object: { enum: [{ a: 1 }, { b: 2 }, { c: 3 }] },
  JSON: { const: { a: [1] } },
  RegExp: { type: 'string', pattern: '^x' },
  ValidationError: { type: 'string', format: 'date-time' },
};

const model = specFromSchemas(SCHEMAS).model;
let generated: GeneratedModule;
// Rendered for each test (the same bytes come from the module cache): what a test proves about
// the renderer is then tied to that test, for the mutation tests too.
beforeEach(async () => {
  generated = await loadGenerated(model, 'safety');
});

/** A JSON object whose keys are the hostile names, each an own property (`__proto__` too). */
function hostileData(value: (name: string) => unknown, without?: string): unknown {
  return JSON.parse(
    JSON.stringify(Object.fromEntries(HOSTILE.filter((name) => name !== without).map((name) => [name, value(name)]))),
  );
}

describe('hostile property names', () => {
  it('an object with every one of them, as integers, is valid', () => {
    expect(generated.validator('Hostile').validate(hostileData(() => 1))).toEqual({
      ok: true,
      value: hostileData(() => 1),
    });
  });

  it.each(HOSTILE)('%j missing is reported as missing, even when every object inherits it', (name) => {
    const result = generated.validator('Hostile').validate(hostileData(() => 1, name));
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', keyword: 'required', message: `must have required property '${name}'` }],
    });
  });

  it.each(HOSTILE)('%j of the wrong type is reported at its escaped path', (name) => {
    const result = generated.validator('Hostile').validate(hostileData((key) => (key === name ? 'no' : 1)));
    const path = `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    expect(result).toEqual({ ok: false, errors: [{ path, keyword: 'type', message: 'must be integer' }] });
  });

  it('declared names are not additional properties, others are', () => {
    const data = { ...(hostileData(() => 1) as object), extra: 1 };
    expect(generated.validator('Hostile').validate(data)).toMatchObject({
      ok: false,
      errors: [{ keyword: 'additionalProperties', message: "must not have additional property 'extra'" }],
    });
  });
});

describe('hostile values', () => {
  it.each(['</script>', '\u2028', '"; throw 1; "', '${process.exit(1)}', '*/'])(
    'enum member %j is matched as plain text',
    (member) => {
      expect(generated.validator('Evil').is(member)).toBe(true);
      expect(generated.validator('Evil').is(`${member} `)).toBe(false);
    },
  );

  it('a const with a __proto__ key is an own key, and nothing is polluted', () => {
    const proto = generated.validator('Proto');
    expect(proto.is(JSON.parse('{"__proto__": {"polluted": true}}'))).toBe(true);
    expect(proto.is({})).toBe(false);
    expect(proto.is({ polluted: true })).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a pattern with quotes, slashes, backticks and a line separator matches literally', () => {
    expect(generated.validator('Pattern').is('*/"\u2028`')).toBe(true);
    expect(generated.validator('Pattern').is('*/a')).toBe(false);
  });

  it('a schema name with a comment closer still gets its validators', () => {
    expect(generated.validator('WeirdName').is(3)).toBe(true);
  });

  it.each([
    ['Record', { a: 1 }, { a: 'x' }],
    ['Set', [2, 4], [2, 2]],
    ['Number', 4, 3],
    ['Object', { b: 2 }, { b: 3 }],
    ['JSON', { a: [1] }, { a: [2] }],
    ['RegExp', 'xy', 'yx'],
    ['ValidationError', '2024-02-29T00:00:00Z', '2023-02-29T00:00:00Z'],
  ])('a schema named %s does not hide the global the code needs', (name, good, bad) => {
    expect(generated.validator(name).is(good)).toBe(true);
    expect(generated.validator(name).is(bad)).toBe(false);
  });
});

describe('the generated file', () => {
  it('carries no raw line separators', () => {
    expect(generated.source).not.toMatch(/[\u2028\u2029]/);
  });

  it('escapes a comment closer in a name it puts in a comment', () => {
    expect(generated.source).toContain('the `Weird*\\/Name` schema');
  });

  it('type-checks under the strict flags', () => {
    const runtime = readFileSync(new URL('../../generator/runtime/validation.ts', import.meta.url), 'utf8');
    const models = typeNamesOf(specFromSchemas(SCHEMAS).model)
      .map((name) => `export type ${name} = unknown;\n`)
      .join('');
    expect(
      typecheck({ 'validators.ts': generated.source, 'models.ts': models, 'runtime/validation.ts': runtime }),
    ).toEqual([]);
  });
});
