import fc from 'fast-check';

/**
 * Values for the leaves of a raw JSON Schema (strings, numbers, enums), pushed to each
 * constraint's edge and, unless only valid values are wanted, just over it.
 */
export type Mode = 'valid' | 'edgy' | 'wild';
export type Raw = Readonly<Record<string, unknown>>;

/** Mostly `good`; in edgy and wild modes `bad` one time in `1 + odds`. */
export function edge<T>(mode: Mode, good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>, odds = 3): fc.Arbitrary<T> {
  return mode === 'valid' ? good : fc.oneof({ arbitrary: good, weight: odds }, { arbitrary: bad, weight: 1 });
}

/** Code points that stress length counting and escaping: astral, a lone surrogate, separators. */
const CHARS = ['a', 'Z', '0', ' ', 'é', '😀', '\u2028', '"', '\\', '/', '~', '\ud800', '\n', '-', '.'];

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function stringOfLength(length: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...CHARS), { minLength: length, maxLength: length }).map((chars) => chars.join(''));
}

export function stringArbitrary(schema: Raw, mode: Mode): fc.Arbitrary<string> {
  const min = num(schema.minLength) ?? 0;
  const max = num(schema.maxLength);
  const top = max ?? min + 6;
  const inside = fc.integer({ min, max: Math.max(min, Math.min(top, min + 30)) });
  const outside = [min - 1, ...(max === undefined ? [] : [max + 1])].filter((n) => n >= 0);
  const lengths = outside.length === 0 ? inside : edge(mode, inside, fc.constantFrom(...outside), 2);
  const plain = lengths.chain(stringOfLength);
  const format = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
  const pattern = typeof schema.pattern === 'string' ? matching(schema.pattern) : undefined;
  const shaped = format ?? pattern;
  if (shaped === undefined) return plain;
  const fitted = max === undefined ? shaped : shaped.filter((text) => [...text].length <= max || mode !== 'valid');
  return edge(mode, fitted, plain, 2);
}

const MATCHING = new Map<string, fc.Arbitrary<string> | undefined>();

/** fast-check's strings for a pattern, built once per source (`\p{Lu}` costs most of a second). */
function matching(pattern: string): fc.Arbitrary<string> | undefined {
  if (!MATCHING.has(pattern)) {
    let made: fc.Arbitrary<string> | undefined;
    try {
      made = fc.stringMatching(new RegExp(pattern, 'u'));
    } catch {
      made = undefined;
    }
    MATCHING.set(pattern, made);
  }
  return MATCHING.get(pattern);
}

const INTEGER_EDGES = [0, -0, 1, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e21];
const FRACTION_EDGES = [0.5, -1.5, 1e-7, 0.1, 0.3, 1e300];

export function numberArbitrary(schema: Raw, integer: boolean, mode: Mode): fc.Arbitrary<number> {
  const low = num(schema.minimum) ?? num(schema.exclusiveMinimum);
  const high = num(schema.maximum) ?? num(schema.exclusiveMaximum);
  const step = num(schema.multipleOf);
  const valid = validNumber(schema, integer);
  if (mode === 'valid') return valid;
  const near = [low, high].flatMap((bound) =>
    bound === undefined ? [] : [bound, bound - 1, bound + 1, bound - 0.5, bound + 1e-9],
  );
  const multiples = step === undefined ? [] : [0, 1, 3, -1].flatMap((k) => [k * step, (k + 0.5) * step]);
  return fc.oneof(valid, fc.constantFrom(...near, ...multiples, ...INTEGER_EDGES, ...FRACTION_EDGES));
}

function validNumber(schema: Raw, integer: boolean): fc.Arbitrary<number> {
  const low = Math.max(num(schema.minimum) ?? -Infinity, num(schema.exclusiveMinimum) ?? -Infinity);
  const high = Math.min(num(schema.maximum) ?? Infinity, num(schema.exclusiveMaximum) ?? Infinity);
  const min = Number.isFinite(low) ? low : Number.isFinite(high) ? high - 1000 : -1000;
  const max = Number.isFinite(high) ? high : min + 1000;
  const step = num(schema.multipleOf);
  if (step !== undefined && step > 0) {
    const unit = integer ? Math.max(1, Math.round(step)) : step;
    const first = Math.ceil(min / unit);
    return fc
      .integer({ min: first, max: Math.max(first, Math.min(first + 1000, Math.floor(max / unit))) })
      .map((k) => k * unit);
  }
  if (integer || max - min > 1e15) {
    const first = Math.ceil(Math.max(min, -(2 ** 52)));
    return fc.integer({ min: first, max: Math.max(first, Math.floor(Math.min(max, 2 ** 52))) });
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Members, and values that are almost members. */
export function enumArbitrary(members: readonly unknown[], mode: Mode): fc.Arbitrary<unknown> {
  const misses = members.flatMap(nearMisses);
  return edge(mode, fc.constantFrom(...members), fc.constantFrom(...(misses.length > 0 ? misses : [null])), 4);
}

function nearMisses(member: unknown): unknown[] {
  if (typeof member === 'string')
    return [`${member}x`, member.toUpperCase() === member ? member.toLowerCase() : member.toUpperCase(), ` ${member}`];
  if (typeof member === 'number') return [member + 1, member + 0.5, String(member)];
  if (typeof member === 'boolean') return [!member, String(member)];
  if (member === null) return ['null', 0];
  if (Array.isArray(member)) return [[...member, 0], member.slice(1)];
  return [{ ...(member as object), z: 1 }, {}];
}

const pick = fc.constantFrom;

const DATE = fc.date({
  min: new Date('0001-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59Z'),
  noInvalidDate: true,
});

/** Valid values of each ajv format, mixed with near misses (by `edge` in stringArbitrary). */
const FORMATS: Readonly<Record<string, fc.Arbitrary<string>>> = {
  date: fc.oneof(
    DATE.map((date) => date.toISOString().slice(0, 10)),
    pick('2024-02-29', '2023-02-29', '2024-13-01'),
  ),
  time: fc.oneof(
    DATE.map((date) => date.toISOString().slice(11)),
    pick('23:59:60Z', '10:00:00+02:00', '24:00:00Z', '10:00:00'),
  ),
  'date-time': fc.oneof(
    DATE.map((date) => date.toISOString()),
    pick('2024-01-01 10:00:00Z', '2024-01-01T10:00:00', '2024-02-30T00:00:00Z'),
  ),
  'iso-time': pick('10:00:00', '10:00:00Z', '25:00:00'),
  'iso-date-time': pick('2024-01-01T10:00:00', '2024-01-01T10:00:00Z', '2024-01-01'),
  duration: pick('P1D', 'PT1H30M', 'P1W', 'P', 'PT'),
  email: fc.oneof(fc.emailAddress(), pick('a@b', '@x.com', 'a b@c.de')),
  uri: fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    pick('urn:isbn:0451450523', 'relative/path', 'http://a b'),
  ),
  'uri-reference': pick('/a/b', '#frag', 'http://x', 'a b'),
  'uri-template': pick('/a/{b}', '/a/{b', 'x'),
  url: fc.oneof(fc.webUrl(), pick('ftp://x.example', 'http://10.0.0.1', 'nope')),
  hostname: fc.oneof(fc.domain(), pick('-a.com', 'a..b', 'localhost')),
  ipv4: fc.oneof(fc.ipV4(), pick('256.1.1.1', '1.2.3')),
  ipv6: fc.oneof(fc.ipV6(), pick('::1', '1:::2', 'g::1')),
  uuid: fc.oneof(
    fc.uuid(),
    fc.uuid().map((id) => `${id.slice(1)}g`),
  ),
  regex: pick('^a+$', '(', '[a-z]', 'a\\Z'),
  'json-pointer': pick('', '/a/b', 'a', '/~2'),
  'relative-json-pointer': pick('0', '1/a', '0#', 'x'),
  byte: fc.oneof(fc.base64String(), pick('abc', '====')),
};

/** Values of the wrong kind, for any node. */
export const WRONG_KIND: fc.Arbitrary<unknown> = pick(null, true, 0, -1, 1.5, '', 'x', [], {}, [1], { a: 1 }, 1e21);
