import { createRequire } from 'node:module';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as runtime from '../../generator/runtime/index.js';

/**
 * The runtime's validation helpers (keywords.ts, formats.ts) against the code ajv itself runs for the same keyword:
 * ucs2length for lengths, fast-deep-equal for enum/const/uniqueItems, its multipleOf test, and
 * ajv-formats' full-mode formats. Our date-time has an allocation-free fast path, then reads date and time with one
 * expression, not ajv-formats' split and two: not the same code, so it is checked against it on every kind of near miss
 * (separators included).
 */
const require = createRequire(import.meta.url);
const ucs2length = (require('ajv/dist/runtime/ucs2length') as { default: (text: string) => number }).default;
const ajvEqual = (require('ajv/dist/runtime/equal') as { default: (a: unknown, b: unknown) => boolean }).default;

type FormatName = 'date-time' | 'date' | 'time' | 'email' | 'uri' | 'uuid';

function ajvFormat(name: FormatName): (text: string) => boolean {
  const format: unknown = fullFormats[name];
  if (format instanceof RegExp) return (text) => format.test(text);
  if (typeof format === 'function') return (text) => (format as (text: string) => boolean)(text);
  if (typeof format === 'object' && format !== null && 'validate' in format && typeof format.validate === 'function') {
    const validate = format.validate as (text: string) => boolean;
    return (text) => validate(text);
  }
  throw new Error(`ajv-formats has no ${name}`);
}

const ANY_UNIT = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) });
const piece = (...parts: string[]): fc.Arbitrary<string> => fc.constantFrom(...parts);
const DATE = fc
  .tuple(
    piece('2024', '2023', '2000', '1900', '0000', '202', '20245'),
    piece('-'),
    piece('01', '02', '12', '13', '00', '1'),
    piece('-', '/'),
    piece('01', '28', '29', '30', '31', '00', '32', '1'),
  )
  .map((parts) => parts.join(''));
const TIME = fc
  .tuple(
    piece('00', '12', '23', '24', '2'),
    piece(':'),
    piece('00', '59', '60'),
    piece(':', ''),
    piece('00', '59', '60', '61', '5'),
    piece('', '.5', '.', '.9999999999999999999', '.000'),
    piece(
      'Z',
      'z',
      '',
      '+00:00',
      '-00:00',
      '+05:30',
      '-01:00',
      '+01:00',
      '+23:59',
      '+24:00',
      '-00:60',
      '+0100',
      '+01',
      '+01:0',
      '+01:000',
      'Z ',
    ),
  )
  .map((parts) => parts.join(''));
const DATE_TIME = fc
  .tuple(DATE, piece('T', 't', ' ', '\t', '\u00a0', '\u2028', '\ufeff', 'x', 'TT', ''), TIME)
  .map((parts) => parts.join(''));

const FORMAT_CASES: { name: FormatName; ours: (text: string) => boolean; values: fc.Arbitrary<string> }[] = [
  {
    name: 'date-time',
    ours: runtime.matchesDateTime,
    values: fc.oneof(
      DATE_TIME,
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      ANY_UNIT,
    ),
  },
  { name: 'date', ours: runtime.matchesDate, values: fc.oneof(DATE, ANY_UNIT) },
  { name: 'time', ours: runtime.matchesTime, values: fc.oneof(TIME, ANY_UNIT) },
  { name: 'email', ours: runtime.matchesEmail, values: fc.oneof(fc.emailAddress(), fc.string()) },
  {
    name: 'uri',
    ours: runtime.matchesUri,
    values: fc.oneof(
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
      fc.string(),
      fc.string().map((text) => `x:${text}`),
    ),
  },
  {
    name: 'uuid',
    ours: runtime.matchesUuid,
    values: fc.oneof(
      fc.uuid(),
      fc.uuid().map((id) => `urn:uuid:${id.toUpperCase()}`),
      fc.string(),
    ),
  },
];

describe('formats agree with ajv-formats in full mode', () => {
  it.each(FORMAT_CASES)('$name', ({ name, ours, values }) => {
    const theirs = ajvFormat(name);
    const seen = new Set<boolean>();
    fc.assert(
      fc.property(values, (text) => {
        seen.add(theirs(text));
        expect(ours(text)).toBe(theirs(text));
      }),
      { numRuns: 20_000, seed: 1 },
    );
    expect(seen).toEqual(new Set([true, false]));
  });
});

describe('lengths count code points as ajv does', () => {
  it('on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(ANY_UNIT, (text) => runtime.codePointLength(text) === ucs2length(text)),
      { numRuns: 20_000 },
    );
  });
});

/** fast-deep-equal calls `a.valueOf()` and `a.toString()` when an object has its own: a JSON key can crash it. */
/** A JSON copy of `value` with every object's keys in reverse order. */
const reordered = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_key, inner: unknown) =>
      inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).reverse())
        : inner,
    ),
  );

const crashesAjv = (value: unknown): boolean => /"(valueOf|toString)":/.test(JSON.stringify(value));

describe('deepEqual is JSON equality, as fast-deep-equal sees it', () => {
  it('does not trip on keys named valueOf or toString, as fast-deep-equal (and so ajv) does', () => {
    const a = JSON.parse('{"valueOf": [], "toString": 1}') as unknown;
    expect(() => ajvEqual(a, {})).toThrow(TypeError);
    expect(runtime.deepEqual(a, {})).toBe(false);
    expect(runtime.deepEqual(a, JSON.parse('{"toString": 1, "valueOf": []}'))).toBe(true);
  });

  it('on any two JSON values, and on a value and a copy with its keys reordered', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(!crashesAjv([a, b]));
        expect(runtime.deepEqual(a, b)).toBe(ajvEqual(a, b));
        expect(runtime.deepEqual(a, reordered(a))).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('multipleOf is ajv test, float noise and all', () => {
  it('on doubles and small divisors', () => {
    const ajvMultipleOf = (value: number, divisor: number): boolean => {
      const quotient = value / divisor;
      return quotient === parseInt(String(quotient), 10);
    };
    const divisors = fc.oneof(
      fc.constantFrom(0.01, 0.1, 0.25, 2, 3, 1e-7, 1e10),
      fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
    );
    const values = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.integer().map((n) => n / 100),
    );
    fc.assert(
      fc.property(
        values,
        divisors,
        (value, divisor) => runtime.matchesMultipleOf(value, divisor) === ajvMultipleOf(value, divisor),
      ),
      { numRuns: 20_000 },
    );
  });
});

describe('duplicateItems', () => {
  /** Small values, so that equal ones come up; and half the arrays get a copy of one of their items (keys reordered). */
  const item = fc.oneof(
    fc.constantFrom(0, -0, 1, '1', true, null, 'a', [], {}, [1], { a: 1 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const withDuplicate = fc
    .tuple(fc.array(item, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat())
    .map(([items, from, to]) => {
      const copy = reordered(structuredClone(items[from % items.length]));
      return [...items.slice(0, to % (items.length + 1)), copy, ...items.slice(to % (items.length + 1))];
    });
  const arrays = fc.oneof(fc.array(item, { maxLength: 6 }), withDuplicate);

  it('finds a pair exactly when two items are deeply equal, and says which', () => {
    const seen = { withDuplicates: 0, without: 0 };
    fc.assert(
      fc.property(arrays, (items) => {
        fc.pre(!crashesAjv(items));
        const naive = items.some((a, i) => items.some((b, j) => i < j && ajvEqual(a, b)));
        seen[naive ? 'withDuplicates' : 'without']++;
        const pair = runtime.duplicateItems(items);
        expect(pair !== undefined).toBe(naive);
        if (pair) {
          expect(pair[0]).toBeLessThan(pair[1]);
          expect(ajvEqual(items[pair[0]], items[pair[1]])).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
    // Both answers were asked for, many times.
    expect(seen.withDuplicates).toBeGreaterThan(500);
    expect(seen.without).toBeGreaterThan(300);
  });
});

describe('errors for people', () => {
  it('ValidationError lists every issue with its path', () => {
    const error = new runtime.ValidationError('BillingHistory', [
      { path: '', keyword: 'required', message: "must have required property 'id'" },
      { path: '/result/3/id', keyword: 'maxLength', message: 'must be at most 32 characters' },
    ]);
    expect(error.message).toBe(
      "BillingHistory is invalid: (root) must have required property 'id'; /result/3/id must be at most 32 characters",
    );
    expect(error.name).toBe('ValidationError');
    expect(error.issues).toHaveLength(2);
  });

  it('pointerToken escapes ~ before /', () => {
    expect(runtime.pointerToken('a~/b')).toBe('a~0~1b');
  });
});
