import { reject } from './validation.js';
function failing(keyword, message) {
    return (sink, path, param) => sink === undefined ||
        reject(sink, path, keyword, message.replace('$', () => param instanceof RegExp ? param.source : Array.isArray(param) ? param.join(' and ') : String(param)));
}
export const failType = /* @__PURE__ */ failing('type', 'must be $');
export const failRequired = /* @__PURE__ */ failing('required', "must have required property '$'");
export const failMinimum = /* @__PURE__ */ failing('minimum', 'must be >= $');
export const failMaximum = /* @__PURE__ */ failing('maximum', 'must be <= $');
export const failExclusiveMinimum = /* @__PURE__ */ failing('exclusiveMinimum', 'must be > $');
export const failExclusiveMaximum = /* @__PURE__ */ failing('exclusiveMaximum', 'must be < $');
export const failMultipleOf = /* @__PURE__ */ failing('multipleOf', 'must be multiple of $');
export const failMinLength = /* @__PURE__ */ failing('minLength', 'must NOT have fewer than $ characters');
export const failMaxLength = /* @__PURE__ */ failing('maxLength', 'must NOT have more than $ characters');
export const failMinItems = /* @__PURE__ */ failing('minItems', 'must NOT have fewer than $ items');
export const failMaxItems = /* @__PURE__ */ failing('maxItems', 'must NOT have more than $ items');
export const failMinProperties = /* @__PURE__ */ failing('minProperties', 'must NOT have fewer than $ properties');
export const failMaxProperties = /* @__PURE__ */ failing('maxProperties', 'must NOT have more than $ properties');
export const failPattern = /* @__PURE__ */ failing('pattern', 'must match pattern "$"');
export const failFormat = /* @__PURE__ */ failing('format', 'must match format "$"');
export const failEnum = /* @__PURE__ */ failing('enum', 'must be equal to one of the allowed values');
export const failConst = /* @__PURE__ */ failing('const', 'must be equal to constant');
export const failAdditionalProperties = /* @__PURE__ */ failing('additionalProperties', 'must NOT have additional properties');
export const failUniqueItems = /* @__PURE__ */ failing('uniqueItems', 'must NOT have duplicate items (items ## $ are identical)');
export const failAnyOf = /* @__PURE__ */ failing('anyOf', 'must match a schema in anyOf');
export const failOneOf = /* @__PURE__ */ failing('oneOf', 'must match exactly one schema in oneOf');
export const failNot = /* @__PURE__ */ failing('not', 'must NOT be valid');
const BY_KEYWORD = {
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
export function fail(sink, path, keyword, param) {
    return (BY_KEYWORD[keyword] ?? failing(keyword, `must pass "${keyword}"`))(sink, path, param);
}
/** An object key as one RFC 6901 pointer token. */
export function pointerToken(key) {
    if (key.indexOf('~') === -1 && key.indexOf('/') === -1)
        return key;
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Length in Unicode code points, as JSON Schema counts it: a surrogate pair is one character. */
export function codePointLength(text) {
    const units = text.length;
    let length = 0;
    for (let pos = 0; pos < units; length++) {
        const unit = text.charCodeAt(pos++);
        if (unit >= 0xd800 && unit <= 0xdbff && pos < units && (text.charCodeAt(pos) & 0xfc00) === 0xdc00)
            pos++;
    }
    return length;
}
/** JSON equality: same type, same members; key order does not matter and 0 equals -0. */
export function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a))
        return Array.isArray(b) && arraysEqual(a, b);
    if (Array.isArray(b))
        return false;
    return objectsEqual(a, b);
}
function arraysEqual(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (!deepEqual(a[i], b[i]))
            return false;
    return true;
}
function objectsEqual(a, b) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    for (const key of keys)
        if (!Object.hasOwn(b, key) || !deepEqual(a[key], b[key]))
            return false;
    return true;
}
/** Whether `value` deep-equals one of `members` (an enum with objects or arrays in it). */
export function enumIncludes(members, value) {
    for (const member of members)
        if (deepEqual(member, value))
            return true;
    return false;
}
/**
 * The pair `[earlier, later]` ajv's general loop reports for `uniqueItems` (the largest `later`
 * with an equal item before it, and the nearest such `earlier`), or undefined when all differ.
 * Linear for primitives (a Map from value to last index; Map keys treat 0 and -0 alike, as JSON
 * does); objects and arrays are deep-compared only with each other.
 */
export function duplicateItems(items) {
    let found;
    const last = new Map();
    let objects;
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (typeof item === 'object' && item !== null) {
            (objects ??= []).push(i);
            continue;
        }
        const seen = last.get(item);
        if (seen !== undefined)
            found = [seen, i];
        last.set(item, i);
    }
    const pair = objects && duplicateObjects(items, objects);
    return pair && (!found || pair[1] > found[1]) ? pair : found;
}
function duplicateObjects(items, indexes) {
    for (let later = indexes.length - 1; later > 0; later--) {
        for (let earlier = later - 1; earlier >= 0; earlier--) {
            const a = indexes[earlier];
            const b = indexes[later];
            if (deepEqual(items[a], items[b]))
                return [a, b];
        }
    }
    return undefined;
}
/** `uniqueItems: true` as a yes-or-no question. */
export function uniqueItems(items) {
    return items.length < 2 || duplicateItems(items) === undefined;
}
/**
 * ajv's test, kept for agreement: the quotient must print as an integer, so float noise counts
 * (0.3 is not a multiple of 0.1) and quotients of 1e21 or more fail.
 */
export function matchesMultipleOf(value, divisor) {
    const quotient = value / divisor;
    return Number.isInteger(quotient) && Math.abs(quotient) < 1e21;
}
/**
 * A value a binary body or `format: binary` property may hold: Blob (and File), ArrayBuffer, any
 * ArrayBufferView (Uint8Array, DataView...) or ReadableStream. Each global is looked up only
 * where it exists, so the check runs on every platform.
 */
export function isBinary(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
        return true;
    const g = globalThis;
    return ((g.Blob !== undefined && value instanceof g.Blob) ||
        (g.ReadableStream !== undefined && value instanceof g.ReadableStream));
}
/**
 * For patterns the generator flagged as super-linear: a string longer than `maxLength` fails
 * without the pattern ever running on it, so a hostile value cannot stall the event loop.
 */
export function matchesBounded(regexp, text, maxLength) {
    return text.length <= maxLength && regexp.test(text);
}
/** The issue for a `matchesBounded` failure: too long to test, or no match. Returns as `reject`. */
export function rejectBounded(sink, path, regexp, text, maxLength) {
    if (sink === undefined || text.length <= maxLength)
        return fail(sink, path, 'pattern', regexp);
    return reject(sink, path, 'pattern', `must NOT have more than ${maxLength} characters to be tested against pattern "${regexp.source}"`);
}
