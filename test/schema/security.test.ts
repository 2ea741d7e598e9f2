import { beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../generator/model/at.js';
import { HELPER_NAMES } from '../../generator/schema/helpers.js';
import { oracleVerdict } from './support/compare.js';
import { generateChecks, type GeneratedChecks } from './support/generated.js';
import { createOracle } from './support/oracle.js';
import { documentOf, readSpec } from './support/spec.js';
import { typecheck } from './support/typecheck.js';
import { KEYWORD_FAILS } from './support/keyword-fails.js';

/**
 * Spec strings reach generated code only as literals. Property names that are reserved words,
 * globals, the check's own parameters or the helpers' names once became locals (`const undefined
 * = obj.undefined;` broke validation; `eval` and `arguments` crashed generation): locals now come
 * from the namer, and every one of these names is a property like any other, against ajv.
 */
const HOSTILE = [
  'undefined',
  'eval',
  'arguments',
  'NaN',
  'Infinity',
  'globalThis',
  'Object',
  'Array',
  'Number',
  'Set',
  'RegExp',
  'JSON',
  'value',
  'sink',
  'path',
  'obj',
  'key',
  'item',
  'matched',
  'ENUM',
  'PATTERN',
  'check_Hostile',
  ...HELPER_NAMES,
  'constructor',
  'toString',
  'hasOwnProperty',
  'a-b',
  '*/',
  '\u2028',
  "'",
  '"',
  '\\',
  '${x}',
  '</script>',
  '',
  '0',
  'a/b~c',
  "');throw 1;('",
];

const properties = Object.fromEntries(HOSTILE.map((name) => [name, { type: 'integer', maximum: 5 }]));
const SCHEMAS: Record<string, Json> = {
  Hostile: { type: 'object', required: HOSTILE, additionalProperties: false, properties },
  Evil: { type: 'string', enum: ['</script>', '\u2028', '"; throw 1; "', '${process.exit(1)}', '*/'] },
  Proto: { const: JSON.parse('{"__proto__": {"polluted": true}}') as Json },
  Pattern: { type: 'string', pattern: '^[*/"\u2028`]+$' },
  Keys: { type: 'object', patternProperties: { "^'": { type: 'string' } }, propertyNames: { pattern: '^[^\\n]*$' } },
  Proto2: { type: 'object', properties: JSON.parse('{"__proto__": {"type": "integer"}}') as Json },
  Redos: { type: 'string', pattern: '^(a+)+$' },
};

const document = documentOf(SCHEMAS);
let generated: GeneratedChecks;
let ajv: ReturnType<typeof createOracle>;
beforeAll(async () => {
  generated = await generateChecks(readSpec(document).schemas);
  ajv = createOracle(document);
});

const objectOf = (value: (name: string) => unknown, without?: string): unknown =>
  JSON.parse(
    JSON.stringify(Object.fromEntries(HOSTILE.filter((name) => name !== without).map((name) => [name, value(name)]))),
  );

describe('hostile property names are properties like any other', () => {
  it('an object with every one, each a valid integer, passes (ajv agrees)', () => {
    const data = objectOf(() => 1);
    expect(generated.check('Hostile')(data)).toBe(true);
    expect(oracleVerdict(ajv('Hostile'), data)).toBe(true);
  });

  it.each(HOSTILE)('%j is required, typed and bounded', (name) => {
    for (const data of [
      objectOf(() => 1, name),
      objectOf((each) => (each === name ? 'x' : 1)),
      objectOf((each) => (each === name ? 6 : 1)),
    ]) {
      expect(generated.check('Hostile')(data)).toBe(false);
      expect(oracleVerdict(ajv('Hostile'), data)).toBe(false);
      expect(generated.issues('Hostile', data)).toHaveLength(1);
    }
  });

  it('reports the problem at the escaped pointer of the name', () => {
    expect(
      generated.issues(
        'Hostile',
        objectOf((each) => (each === 'a/b~c' ? 'x' : 1)),
      ),
    ).toEqual([{ path: '/a~1b~0c', keyword: 'type', message: 'must be integer' }]);
  });
});

describe('hostile values stay values', () => {
  it.each([
    ['Evil', '</script>', true],
    ['Evil', '${process.exit(1)}', true],
    ['Evil', 'x', false],
    ['Proto', JSON.parse('{"__proto__": {"polluted": true}}'), true],
    ['Proto', {}, false],
    ['Pattern', '*/"\u2028`', true],
    ['Pattern', 'a', false],
    ['Keys', JSON.parse('{"\'a": "x"}'), true],
    ['Keys', JSON.parse('{"\'a": 1}'), false],
  ])('%s on %j: %s, as ajv says', (id, data, valid) => {
    expect(generated.check(id)(data)).toBe(valid);
    expect(oracleVerdict(ajv(id), data)).toBe(valid);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a declared __proto__ property is checked like any other (ajv skips it: a difference on purpose)', () => {
    expect(generated.check('Proto2')(JSON.parse('{"__proto__": 1}'))).toBe(true);
    expect(generated.check('Proto2')(JSON.parse('{"__proto__": "x"}'))).toBe(false);
    expect(oracleVerdict(ajv('Proto2'), JSON.parse('{"__proto__": "x"}'))).toBe(true);
  });

  it('a super-linear pattern refuses a long string without running on it', () => {
    const hostile = `${'a'.repeat(5000)}!`;
    const started = performance.now();
    expect(generated.check('Redos')(hostile)).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
    expect(generated.issues('Redos', 'a'.repeat(1001))).toEqual([
      {
        path: '',
        keyword: 'pattern',
        message: 'must NOT have more than 1000 characters to be tested against pattern "^(a+)+$"',
      },
    ]);
    expect(generated.check('Redos')('a'.repeat(1000))).toBe(true);
  });

  it('the module type-checks under the strict flags', () => {
    expect(typecheck({ 'checks.ts': generated.ts, 'index.ts': STUB })).toEqual([]);
  });
});

const STUB = `
export interface IssueSink { readonly issues: { path: string; keyword: string; message: string }[]; omitted: number }
export declare function reject(sink: IssueSink | undefined, path: string, keyword: string, message: string): boolean;
export declare function fail(sink: IssueSink | undefined, path: string, keyword: string, param?: unknown): boolean;
${KEYWORD_FAILS}
export declare function deepEqual(a: unknown, b: unknown): boolean;
export declare function pointerToken(key: string): string;
export declare function matchesBounded(regexp: RegExp, text: string, maxLength: number): boolean;
`;
