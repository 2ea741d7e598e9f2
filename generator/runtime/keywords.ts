/**
 * Helpers generated checks call for JSON Schema keywords, each its own export so that a bundler
 * keeps only those a package uses. They follow JSON Schema 2020-12 as ajv 8 implements it, because
 * ajv is the oracle the generated code is tested against; where ajv made a choice, the comment
 * says which.
 */
import type { IssueSink } from './descriptor.js';
import { reject } from './validation.js';

/**
 * `fail` for one keyword, with ajv's message (`$` standing for its parameter) fixed:
 * `failMaximum(sink, path + '/per_page', 50)` records "must be <= 50". Generated checks import
 * those of the keywords they check, so that a bundle keeps only their messages. Returns as
 * `reject`: true (stop) without a sink.
 */
export type KeywordFail = (sink: IssueSink | undefined, path: string, param?: unknown) => boolean;

function failing(keyword: string, message: string): KeywordFail {
  return (sink, path, param) =>
    sink === undefined ||
    reject(
      sink,
      path,
      keyword,
      message.replace('$', () =>
        param instanceof RegExp ? param.source : Array.isArray(param) ? param.join(' and ') : String(param),
      ),
    );
}

export const failType: KeywordFail = /* @__PURE__ */ failing('type', 'must be $');
export const failRequired: KeywordFail = /* @__PURE__ */ failing('required', "must have required property '$'");
export const failMinimum: KeywordFail = /* @__PURE__ */ failing('minimum', 'must be >= $');
export const failMaximum: KeywordFail = /* @__PURE__ */ failing('maximum', 'must be <= $');
export const failExclusiveMinimum: KeywordFail = /* @__PURE__ */ failing('exclusiveMinimum', 'must be > $');
export const failExclusiveMaximum: KeywordFail = /* @__PURE__ */ failing('exclusiveMaximum', 'must be < $');
export const failMultipleOf: KeywordFail = /* @__PURE__ */ failing('multipleOf', 'must be multiple of $');
export const failMinLength: KeywordFail = /* @__PURE__ */ failing('minLength', 'must NOT have fewer than $ characters');
export const failMaxLength: KeywordFail = /* @__PURE__ */ failing('maxLength', 'must NOT have more than $ characters');
export const failMinItems: KeywordFail = /* @__PURE__ */ failing('minItems', 'must NOT have fewer than $ items');
export const failMaxItems: KeywordFail = /* @__PURE__ */ failing('maxItems', 'must NOT have more than $ items');
export const failMinProperties: KeywordFail = /* @__PURE__ */ failing(
  'minProperties',
  'must NOT have fewer than $ properties',
);
export const failMaxProperties: KeywordFail = /* @__PURE__ */ failing(
  'maxProperties',
  'must NOT have more than $ properties',
);
export const failPattern: KeywordFail = /* @__PURE__ */ failing('pattern', 'must match pattern "$"');
export const failFormat: KeywordFail = /* @__PURE__ */ failing('format', 'must match format "$"');
export const failEnum: KeywordFail = /* @__PURE__ */ failing('enum', 'must be equal to one of the allowed values');
export const failConst: KeywordFail = /* @__PURE__ */ failing('const', 'must be equal to constant');
export const failAdditionalProperties: KeywordFail = /* @__PURE__ */ failing(
  'additionalProperties',
  'must NOT have additional properties',
);
export const failUniqueItems: KeywordFail = /* @__PURE__ */ failing(
  'uniqueItems',
  'must NOT have duplicate items (items ## $ are identical)',
);
export const failAnyOf: KeywordFail = /* @__PURE__ */ failing('anyOf', 'must match a schema in anyOf');
export const failOneOf: KeywordFail = /* @__PURE__ */ failing('oneOf', 'must match exactly one schema in oneOf');
export const failNot: KeywordFail = /* @__PURE__ */ failing('not', 'must NOT be valid');

const BY_KEYWORD: Readonly<Record<string, KeywordFail>> = {
  type: failType,
  required: failRequired,
  minimum: failMinimum,
  maximum: failMaximum,
  exclusiveMinimum: failExclusiveMinimum,
  exclusiveMaximum: failExclusiveMaximum,
  multipleOf: failMultipleOf,
  minLength: failMinLength,
  maxLength: failMaxLength,
  minItems: failMinItems,
  maxItems: failMaxItems,
  minProperties: failMinProperties,
  maxProperties: failMaxProperties,
  pattern: failPattern,
  format: failFormat,
  enum: failEnum,
  const: failConst,
  additionalProperties: failAdditionalProperties,
  uniqueItems: failUniqueItems,
  anyOf: failAnyOf,
  oneOf: failOneOf,
  not: failNot,
};

/**
 * `reject` with ajv's message for `keyword`, built only when there is a sink to record it in:
 * `fail(sink, path + '/per_page', 'maximum', 50)` records "must be <= 50". `param` is the limit,
 * the type, the property, the format, the RegExp, or for uniqueItems the pair of indexes.
 * Returns as `reject`: true (stop) without a sink. Generated checks call the keyword's own
 * function (`failMaximum`) instead, so that a bundle keeps only the messages it can need.
 */
export function fail(sink: IssueSink | undefined, path: string, keyword: string, param?: unknown): boolean {
  return (BY_KEYWORD[keyword] ?? failing(keyword, `must pass "${keyword}"`))(sink, path, param);
}

/** An object key as one RFC 6901 pointer token. */
export function pointerToken(key: string): string {
  if (key.indexOf('~') === -1 && key.indexOf('/') === -1) return key;
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Length in Unicode code points, as JSON Schema counts it: a surrogate pair is one character. */
export function codePointLength(text: string): number {
  const units = text.length;
  let length = 0;
  for (let pos = 0; pos < units; length++) {
    const unit = text.charCodeAt(pos++);
    if (unit >= 0xd800 && unit <= 0xdbff && pos < units && (text.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}

/** JSON equality: same type, same members; key order does not matter and 0 equals -0. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && arraysEqual(a, b);
  if (Array.isArray(b)) return false;
  return objectsEqual(a as Record<string, unknown>, b as Record<string, unknown>);
}

function arraysEqual(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
  return true;
}

function objectsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !deepEqual(a[key], b[key])) return false;
  return true;
}

/** Whether `value` deep-equals one of `members` (an enum with objects or arrays in it). */
export function enumIncludes(members: readonly unknown[], value: unknown): boolean {
  for (const member of members) if (deepEqual(member, value)) return true;
  return false;
}

/**
 * The pair `[earlier, later]` ajv's general loop reports for `uniqueItems` (the largest `later`
 * with an equal item before it, and the nearest such `earlier`), or undefined when all differ.
 * Linear for primitives (a Map from value to last index; Map keys treat 0 and -0 alike, as JSON
 * does); objects and arrays are deep-compared only with each other.
 */
export function duplicateItems(items: readonly unknown[]): readonly [number, number] | undefined {
  let found: [number, number] | undefined;
  const last = new Map<unknown, number>();
  let objects: number[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item === 'object' && item !== null) {
      (objects ??= []).push(i);
      continue;
    }
    const seen = last.get(item);
    if (seen !== undefined) found = [seen, i];
    last.set(item, i);
  }
  const pair = objects && duplicateObjects(items, objects);
  return pair && (!found || pair[1] > found[1]) ? pair : found;
}

function duplicateObjects(items: readonly unknown[], indexes: readonly number[]): [number, number] | undefined {
  for (let later = indexes.length - 1; later > 0; later--) {
    for (let earlier = later - 1; earlier >= 0; earlier--) {
      const a = indexes[earlier]!;
      const b = indexes[later]!;
      if (deepEqual(items[a], items[b])) return [a, b];
    }
  }
  return undefined;
}

/** `uniqueItems: true` as a yes-or-no question. */
export function uniqueItems(items: readonly unknown[]): boolean {
  return items.length < 2 || duplicateItems(items) === undefined;
}

/**
 * ajv's test, kept for agreement: the quotient must print as an integer, so float noise counts
 * (0.3 is not a multiple of 0.1) and quotients of 1e21 or more fail.
 */
export function matchesMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  return Number.isInteger(quotient) && Math.abs(quotient) < 1e21;
}

/**
 * A value a binary body or `format: binary` property may hold: Blob (and File), ArrayBuffer, any
 * ArrayBufferView (Uint8Array, DataView...) or ReadableStream. Each global is looked up only
 * where it exists, so the check runs on every platform.
 */
export function isBinary(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return true;
  const g = globalThis as { Blob?: abstract new () => object; ReadableStream?: abstract new () => object };
  return (
    (g.Blob !== undefined && value instanceof g.Blob) ||
    (g.ReadableStream !== undefined && value instanceof g.ReadableStream)
  );
}

/**
 * For patterns the generator flagged as super-linear: a string longer than `maxLength` fails
 * without the pattern ever running on it, so a hostile value cannot stall the event loop.
 */
export function matchesBounded(regexp: RegExp, text: string, maxLength: number): boolean {
  return text.length <= maxLength && regexp.test(text);
}

/** The issue for a `matchesBounded` failure: too long to test, or no match. Returns as `reject`. */
export function rejectBounded(
  sink: IssueSink | undefined,
  path: string,
  regexp: RegExp,
  text: string,
  maxLength: number,
): boolean {
  if (sink === undefined || text.length <= maxLength) return fail(sink, path, 'pattern', regexp);
  return reject(
    sink,
    path,
    'pattern',
    `must NOT have more than ${maxLength} characters to be tested against pattern "${regexp.source}"`,
  );
}
