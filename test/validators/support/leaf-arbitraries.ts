import fc from 'fast-check';
import type { Json } from '../../support/spec-document.js';

/**
 * Values for the leaves of a JSON Schema (strings, numbers, enums), each pushed to its
 * constraint's edge and, unless only valid values are wanted, just over it. The keywords are read
 * as JSON Schema 2020-12 writes them, not from the generator's model.
 */
export type Mode = 'valid' | 'edgy' | 'wild';

/** The keywords of one schema node that the leaves read (exclusive bounds as numbers, 2020-12 style). */
export interface LeafKeywords {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
}

/** Mostly `good`; in edgy and wild modes `bad` one time in `1 + odds`. */
export function edge<T>(mode: Mode, good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>, odds = 3): fc.Arbitrary<T> {
  return mode === 'valid' ? good : fc.oneof({ arbitrary: good, weight: odds }, { arbitrary: bad, weight: 1 });
}

/** Code points that stress length counting and escaping: astral (two UTF-16 units), a lone surrogate, line separators. */
const CHARS = ['a', 'Z', '0', ' ', 'é', '€', '😀', '𝄞', '\u2028', '"', '\\', '/', '~', '\ud800', '\n'];

function stringOfLength(length: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...CHARS), { minLength: length, maxLength: length }).map((chars) => chars.join(''));
}

function lengthsFor(min: number, max: number | undefined, mode: Mode): fc.Arbitrary<number> {
  const top = max ?? min + 6;
  const inside = fc.oneof(fc.constantFrom(min, top), fc.integer({ min, max: Math.min(top, min + 40) }));
  const outside = [min - 1, ...(max === undefined ? [] : [max + 1])].filter((n) => n >= 0);
  return outside.length === 0 ? inside : edge(mode, inside, fc.constantFrom(...outside), 2);
}

export function stringArbitrary(schema: LeafKeywords, mode: Mode): fc.Arbitrary<string> {
  const format = schema.format === undefined ? undefined : formatArbitrary(schema.format, mode);
  if (format !== undefined) return format;
  const lengths = lengthsFor(schema.minLength ?? 0, schema.maxLength, mode);
  const plain = lengths.chain(stringOfLength);
  if (schema.pattern === undefined) return plain;
  return edge(mode, matching(schema.pattern), plain, 2);
}

/** Building an arbitrary for `\p{Lu}` takes most of a second: build each once. */
const MATCHING = new Map<string, fc.Arbitrary<string>>();

function matching(pattern: string): fc.Arbitrary<string> {
  const known = MATCHING.get(pattern);
  if (known) return known;
  const made = fc.stringMatching(new RegExp(pattern, 'u'));
  MATCHING.set(pattern, made);
  return made;
}

const INTEGER_EDGES = [0, -0, 1, -1, 2 ** 53, -(2 ** 53), 1e21];
const FRACTION_EDGES = [0.5, -1.5, 1e-7, 0.1, 0.3, 1e300];

export function numberArbitrary(schema: LeafKeywords, integer: boolean, mode: Mode): fc.Arbitrary<number> {
  return mode === 'valid' ? validNumber(schema, integer) : edgyNumber(schema, integer);
}

/** Bounds, a hair either side of them, multiples and half-multiples, and the usual suspects. */
function edgyNumber(schema: LeafKeywords, integer: boolean): fc.Arbitrary<number> {
  const low = schema.minimum ?? schema.exclusiveMinimum;
  const high = schema.maximum ?? schema.exclusiveMaximum;
  const bounds = [low, high].filter((bound): bound is number => bound !== undefined);
  const near = bounds.flatMap((bound) => [
    bound,
    bound - 1,
    bound + 1,
    bound - 0.5,
    bound + 0.5,
    bound - 1e-9,
    bound + 1e-9,
  ]);
  const step = schema.multipleOf;
  const multiples = step === undefined ? [] : [0, 1, 2, 3, -1, 7].flatMap((k) => [k * step, (k + 0.5) * step]);
  const anchor = low ?? high ?? 0;
  const random = integer
    ? fc.integer({ min: Math.ceil(anchor) - 50, max: Math.ceil(anchor) + 50 })
    : fc.double({ min: anchor - 100, max: anchor + 100, noNaN: true });
  return fc.oneof(random, fc.constantFrom(...near, ...multiples, ...INTEGER_EDGES, ...FRACTION_EDGES));
}

/** Inside the bounds (a multiple when there is multipleOf; float noise may still make it invalid). */
function validNumber(schema: LeafKeywords, integer: boolean): fc.Arbitrary<number> {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = schema;
  const low = Math.max(minimum ?? -Infinity, exclusiveMinimum ?? -Infinity);
  const high = Math.min(maximum ?? Infinity, exclusiveMaximum ?? Infinity);
  const min = Number.isFinite(low) ? low : Number.isFinite(high) ? high - 1000 : -1000;
  const max = Number.isFinite(high) ? high : min + 1000;
  const minExcluded = exclusiveMinimum !== undefined && exclusiveMinimum >= (minimum ?? -Infinity);
  const maxExcluded = exclusiveMaximum !== undefined && exclusiveMaximum <= (maximum ?? Infinity);
  if (multipleOf !== undefined) {
    const step = integer ? Math.max(1, Math.round(multipleOf)) : multipleOf;
    return fc
      .integer({ min: Math.ceil(min / step), max: Math.max(Math.ceil(min / step), Math.floor(max / step)) })
      .map((k) => k * step);
  }
  if (integer) {
    const first = minExcluded ? Math.floor(min) + 1 : Math.ceil(min);
    const last = maxExcluded ? Math.ceil(max) - 1 : Math.floor(max);
    return fc.integer({ min: first, max: Math.max(first, last) });
  }
  return fc.double({ min, max, minExcluded, maxExcluded, noNaN: true });
}

/** Members, and values that are almost members. */
export function enumArbitrary(members: readonly Json[], mode: Mode): fc.Arbitrary<unknown> {
  const misses = members.flatMap(nearMisses);
  return edge(mode, fc.constantFrom(...members), fc.constantFrom(...(misses.length > 0 ? misses : [null])), 4);
}

function nearMisses(member: Json): Json[] {
  if (typeof member === 'string')
    return [
      `${member}x`,
      member.toUpperCase() === member ? member.toLowerCase() : member.toUpperCase(),
      member.slice(1),
      ` ${member}`,
    ];
  if (typeof member === 'number') return [member + 1, member + 0.5, -member - 1, String(member)];
  if (typeof member === 'boolean') return [!member, String(member)];
  if (member === null) return ['null', 0, false];
  if (Array.isArray(member)) return [[...member, 0], member.slice(1), [...member].reverse()];
  return [{ ...member, z: 1 }, {}, Object.fromEntries(Object.entries(member).slice(1))];
}

const pick = fc.constantFrom;

/** RFC 3339 pieces, with every value a validator has to think about (Feb 29, hour 24, leap seconds...). */
function dateParts(mode: Mode): fc.Arbitrary<string> {
  if (mode === 'valid')
    return fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
  return fc
    .tuple(
      pick('2024', '2023', '2000', '1900', '2100', '0000', '9999', '202'),
      pick('01', '02', '04', '12', '13', '00', '1'),
      pick('01', '28', '29', '30', '31', '00', '32'),
    )
    .map(([year, month, day]) => `${year}-${month}-${day}`);
}

function timeParts(mode: Mode): fc.Arbitrary<string> {
  const valid = fc
    .tuple(
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
      pick('', '.5', '.3456', '.000001'),
      pick('Z', 'z', '+00:00', '-05:30', '+0100', '+14'),
    )
    .map(([h, m, s, frac, offset]) => `${pad(h)}:${pad(m)}:${pad(s)}${frac}${offset}`);
  const edgy = fc
    .tuple(
      pick('00', '12', '23', '24', '99'),
      pick('00', '59', '60'),
      pick('00', '59', '60', '61'),
      pick('', '.5', '.', '.9999999999999999999'),
      pick(
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
        'Z ',
      ),
    )
    .map(([h, m, s, frac, offset]) => `${h}:${m}:${s}${frac}${offset}`);
  return edge(mode, valid, edgy, 1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const BAD_EMAILS = ['a@b', 'a..b@c.de', '@x.com', 'a@-b.com', 'a@b.com.', 'ünï@x.org', 'a b@c.de', 'a@b_c.com'];
const BAD_URIS = [
  'relative/path',
  'http://a b',
  '//host/path',
  'x:',
  'http://[::1',
  'ht tp://x',
  'http://%zz',
  '#frag',
];
const GOOD_URIS = [
  'urn:isbn:0451450523',
  'mailto:a@b.co',
  'http://[::1]:80/p?q#f',
  'file:///tmp/x',
  'http://x',
  'a:b/c',
];

/** Strings for the formats with a meaning; undefined for descriptive ones (int64, password...), which accept any string. */
function formatArbitrary(format: string, mode: Mode): fc.Arbitrary<string> | undefined {
  switch (format) {
    case 'date':
      return dateParts(mode);
    case 'time':
      return timeParts(mode);
    case 'date-time':
      return fc
        .tuple(dateParts(mode), edge(mode, pick('T', 't', ' '), pick('x', 'TT', '\t', '\u2028', '')), timeParts(mode))
        .map((parts) => parts.join(''));
    case 'email':
      return edge(mode, fc.emailAddress(), pick(...BAD_EMAILS));
    case 'uri':
      return edge(
        mode,
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), pick(...GOOD_URIS)),
        pick(...BAD_URIS),
      );
    case 'uuid':
      return edge(
        mode,
        fc.oneof(
          fc.uuid(),
          fc.uuid().map((id) => id.toUpperCase()),
          fc.uuid().map((id) => `urn:uuid:${id}`),
        ),
        fc.uuid().map((id) => `${id.slice(1)}g`),
      );
    default:
      return undefined;
  }
}

/** Values of the wrong kind, for any node. */
export const WRONG_KIND: fc.Arbitrary<unknown> = pick(
  null,
  true,
  false,
  0,
  -1,
  1.5,
  '',
  'x',
  [],
  {},
  [1],
  { a: 1 },
  1e21,
  '2024-01-01T00:00:00Z',
);
