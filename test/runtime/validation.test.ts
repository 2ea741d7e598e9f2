/**
 * The helpers generated validators call, against ajv 8 + ajv-formats 3 (full mode) as the oracle.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Check, IssueSink } from '../../generator/runtime/descriptor.js';
import * as formats from '../../generator/runtime/formats.js';
import {
  codePointLength,
  deepEqual,
  duplicateItems,
  fail,
  isBinary,
  matchesBounded,
  matchesMultipleOf,
  pointerToken,
  rejectBounded,
  uniqueItems,
} from '../../generator/runtime/keywords.js';
import {
  assertion,
  guard,
  MAX_ISSUES,
  reject,
  validator,
  ValidationError,
} from '../../generator/runtime/validation.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ajv = new (Ajv2020 as any)({ strict: false, allErrors: true });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
(addFormats as any)(ajv, { mode: 'full' });

const STRING_FORMATS: [string, (s: string) => boolean][] = [
  ['date', formats.matchesDate],
  ['time', formats.matchesTime],
  ['date-time', formats.matchesDateTime],
  ['iso-time', formats.matchesIsoTime],
  ['iso-date-time', formats.matchesIsoDateTime],
  ['duration', formats.matchesDuration],
  ['uri', formats.matchesUri],
  ['uri-reference', formats.matchesUriReference],
  ['uri-template', formats.matchesUriTemplate],
  ['url', formats.matchesUrl],
  ['email', formats.matchesEmail],
  ['hostname', formats.matchesHostname],
  ['ipv4', formats.matchesIpv4],
  ['ipv6', formats.matchesIpv6],
  ['regex', formats.matchesRegex],
  ['uuid', formats.matchesUuid],
  ['json-pointer', formats.matchesJsonPointer],
  ['json-pointer-uri-fragment', formats.matchesJsonPointerUriFragment],
  ['relative-json-pointer', formats.matchesRelativeJsonPointer],
  ['byte', formats.matchesByte],
  ['password', formats.matchesPassword],
  ['binary', formats.matchesBinary],
];
const NUMBER_FORMATS: [string, (n: number) => boolean][] = [
  ['int32', formats.matchesInt32],
  ['int64', formats.matchesInt64],
  ['float', formats.matchesFloat],
  ['double', formats.matchesDouble],
];

const SAMPLES = [
  '',
  ' ',
  'a',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '23:59:60Z',
  '23:59:60+01:00',
  '22:59:60-01:00',
  '12:00:00',
  '12:00:00.5z',
  '2024-01-01T00:00:00Z',
  '2024-01-01 00:00:00+0100',
  '2024-01-01t00:00:00',
  '2024-01-01\t00:00:00Z',
  'P1Y2M',
  'PT',
  'P1W',
  'P',
  'https://example.com/a?b#c',
  'http://10.0.0.1',
  'http://user:pw@ex-ample.co.uk:8080/x',
  'mailto:a@b.c',
  '//x/y',
  'a:b',
  '/a/b',
  '#x',
  '{/id*}{?q}',
  'a@b.co',
  'a.b@c',
  'x..y@z.com',
  'example.com',
  '-bad.com',
  'a'.repeat(64) + '.com',
  '127.0.0.1',
  '256.1.1.1',
  '::1',
  '1::2:3',
  ':::',
  '(a|b)',
  '(',
  'a\\Z',
  '123e4567-e89b-12d3-a456-426614174000',
  'urn:uuid:123E4567-E89B-12D3-A456-426614174000',
  '/a~1b',
  '/a~2',
  '#/a%20b',
  '0',
  '1/a',
  '0#',
  'aGVsbG8=',
  'aGVsbG8',
  '!!!\n',
  'YQ==\n!!',
  'héllo',
  '\u0000',
];

describe('formats match ajv-formats full mode exactly', () => {
  it.each(STRING_FORMATS)('%s on a table of samples and random strings', (name, check) => {
    const validate = ajv.compile({ type: 'string', format: name });
    for (const sample of SAMPLES) expect(check(sample), `${name} ${JSON.stringify(sample)}`).toBe(validate(sample));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom(...SAMPLES).chain((s) => fc.string().map((t) => s + t)),
        ),
        (text) => {
          expect(check(text)).toBe(validate(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('date-time agrees with ajv on date-time-like strings, the fast path and the rest', () => {
    const validate = ajv.compile({ type: 'string', format: 'date-time' });
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '9'), minLength: n, maxLength: n });
    const like = fc
      .tuple(
        digits(4),
        digits(2),
        digits(2),
        fc.constantFrom('T', 't', ' ', 'x'),
        digits(2),
        digits(2),
        digits(2),
        fc.constantFrom('', '.', '.5', '.123456'),
        fc.constantFrom('Z', 'z', '+01:00', '-23:59', '+24:00', '+0130', '', '-01:60', 'Zx'),
      )
      .map(([y, mo, d, sep, h, mi, s, frac, zone]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${zone}`);
    for (const sample of [
      '2024-02-29T23:59:60Z',
      '2023-02-29T00:00:00Z',
      '2024-12-31t23:59:59.999+23:59',
      '2024-01-01T00:00:00.Z',
      '0000-01-01T00:00:00Z',
    ])
      expect(formats.matchesDateTime(sample), sample).toBe(validate(sample));
    fc.assert(
      fc.property(like, (text) => {
        expect(formats.matchesDateTime(text)).toBe(validate(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each(NUMBER_FORMATS)('%s on numbers', (name, check) => {
    const validate = ajv.compile({ type: 'number', format: name });
    for (const value of [0, -0, 1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, 1e300, -7])
      expect(check(value)).toBe(validate(value));
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), (n) => {
        expect(check(n)).toBe(validate(n));
      }),
    );
  });
});

describe('keyword helpers', () => {
  it('duplicateItems finds the pair ajv reports, and is linear for primitives', () => {
    const quadratic = (items: readonly unknown[]): readonly [number, number] | undefined => {
      for (let later = items.length - 1; later > 0; later--)
        for (let earlier = later - 1; earlier >= 0; earlier--)
          if (deepEqual(items[earlier], items[later])) return [earlier, later];
      return undefined;
    };
    const item = fc.oneof(
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom('a', 'b', '1', true, null, -0, 0),
      fc.constantFrom({ a: 1 }, { a: 1, b: [1] }, [1], [1, { x: null }]),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        expect(duplicateItems(items)).toEqual(quadratic(items));
      }),
      { numRuns: 2000 },
    );
    const ajvUnique = ajv.compile({ type: 'array', uniqueItems: true });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        expect(uniqueItems(items)).toBe(ajvUnique(items));
      }),
      { numRuns: 1000 },
    );
    const big = Array.from({ length: 200_000 }, (_, i) => i);
    big.push(199_999);
    expect(duplicateItems(big)).toEqual([199_999, 200_000]); // a quadratic scan would take minutes
  });

  it('codePointLength counts a surrogate pair as one character', () => {
    expect(codePointLength('a😀b')).toBe(3);
    expect(codePointLength('\uD800x')).toBe(2);
  });

  it('matchesMultipleOf follows ajv, float noise included', () => {
    expect(matchesMultipleOf(0.3, 0.1)).toBe(false);
    expect(matchesMultipleOf(10, 2.5)).toBe(true);
    const validate = ajv.compile({ type: 'number', multipleOf: 0.01 });
    for (const n of [0.07, 1.1, 19.99, 1e21, 4.35]) expect(matchesMultipleOf(n, 0.01)).toBe(validate(n));
  });

  it('pointerToken escapes ~ and /', () => {
    expect(pointerToken('a/b~c')).toBe('a~1b~0c');
    expect(pointerToken('plain')).toBe('plain');
  });

  it('isBinary accepts Blob, ArrayBuffer, any view and ReadableStream only', () => {
    for (const yes of [
      new Blob([]),
      new File([], 'f'),
      new ArrayBuffer(1),
      new Uint8Array(1),
      new Float64Array(1),
      new DataView(new ArrayBuffer(1)),
      new ReadableStream(),
    ])
      expect(isBinary(yes)).toBe(true);
    for (const no of ['bytes', [1, 2], { byteLength: 1 }, null, undefined, 1]) expect(isBinary(no)).toBe(false);
  });

  it('matchesBounded refuses a string over the bound before the pattern runs', () => {
    const risky = /^(a+)+$/;
    const hostile = `${'a'.repeat(50_000)}!`;
    expect(matchesBounded(risky, hostile, 1000)).toBe(false); // instant: the regex never ran
    expect(matchesBounded(risky, 'aaa', 1000)).toBe(true);
    const sink: IssueSink = { issues: [], omitted: 0 };
    rejectBounded(sink, '/name', risky, hostile, 1000);
    rejectBounded(sink, '/name', risky, 'b', 1000);
    expect(sink.issues).toEqual([
      {
        path: '/name',
        keyword: 'pattern',
        message: 'must NOT have more than 1000 characters to be tested against pattern "^(a+)+$"',
      },
      { path: '/name', keyword: 'pattern', message: 'must match pattern "^(a+)+$"' },
    ]);
  });

  it("fail records ajv's message only when there is a sink", () => {
    expect(fail(undefined, '/x', 'maximum', 50)).toBe(true);
    const sink: IssueSink = { issues: [], omitted: 0 };
    expect(fail(sink, '/x', 'maximum', 50)).toBe(false);
    fail(sink, '', 'required', 'code');
    fail(sink, '/l', 'uniqueItems', [1, 4]);
    fail(sink, '/s', 'maxLength', 30);
    expect(sink.issues.map((issue) => issue.message)).toEqual([
      'must be <= 50',
      "must have required property 'code'",
      'must NOT have duplicate items (items ## 1 and 4 are identical)',
      'must NOT have more than 30 characters',
    ]);
  });
});

describe('issue sinks and validator entries', () => {
  /** A check that finds one problem per array element. */
  const everyItemString: Check = (value, sink, path = '') => {
    let valid = true;
    for (const [i, item] of (value as unknown[]).entries()) {
      if (typeof item !== 'string') {
        if (reject(sink, `${path}/${i}`, 'type', 'must be string')) return false;
        valid = false;
      }
    }
    return valid;
  };
  const recursive: Check = (value, sink, path = '') =>
    typeof value !== 'object' ||
    value === null ||
    Object.entries(value).every(([k, v]) => recursive(v, sink, `${path}/${k}`));

  it('keeps the first 100 issues and counts the rest', () => {
    const result = validator<string[]>(everyItemString)(Array.from({ length: 1000 }, (_, i) => i));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_ISSUES);
    expect(result.omitted).toBe(900);
    expect(result.errors[99]).toEqual({ path: '/99', keyword: 'type', message: 'must be string' });
  });

  it('validator, guard and assertion turn a stack overflow into a depth issue', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    for (const value of [deep, cyclic]) {
      expect(validator(recursive)(value)).toEqual({
        ok: false,
        errors: [{ path: '', keyword: 'depth', message: 'is nested too deeply to check (or contains a cycle)' }],
        omitted: 0,
      });
      expect(guard(recursive)(value)).toBe(false);
      const assertDeep = assertion(recursive, 'Tree');
      expect(() => assertDeep(value)).toThrow(
        new ValidationError('Tree', [
          { path: '', keyword: 'depth', message: 'is nested too deeply to check (or contains a cycle)' },
        ]),
      );
    }
    expect(validator(recursive)({ a: [1] })).toEqual({ ok: true, value: { a: [1] } });
  });

  it('assertion names the value and lists five problems, counting the rest', () => {
    const assertStrings = assertion<string[]>(everyItemString, 'Names');
    expect(() => assertStrings([1, 2, 3, 4, 5, 6, 7])).toThrow(
      'Names is invalid: /0 must be string; /1 must be string; /2 must be string; /3 must be string; /4 must be string; and 2 more',
    );
    expect(() => assertStrings(['a'])).not.toThrow();
  });
});
