/**
 * Helpers generated checks call for JSON Schema keywords, each its own export so that a bundler
 * keeps only those a package uses. They follow JSON Schema 2020-12 as ajv 8 implements it, because
 * ajv is the oracle the generated code is tested against; where ajv made a choice, the comment
 * says which.
 */
import type { IssueSink } from './descriptor.js';
/**
 * `fail` for one keyword, with ajv's message (`$` standing for its parameter) fixed:
 * `failMaximum(sink, path + '/per_page', 50)` records "must be <= 50". Generated checks import
 * those of the keywords they check, so that a bundle keeps only their messages. Returns as
 * `reject`: true (stop) without a sink.
 */
export type KeywordFail = (sink: IssueSink | undefined, path: string, param?: unknown) => boolean;
export declare const failType: KeywordFail;
export declare const failRequired: KeywordFail;
export declare const failMinimum: KeywordFail;
export declare const failMaximum: KeywordFail;
export declare const failExclusiveMinimum: KeywordFail;
export declare const failExclusiveMaximum: KeywordFail;
export declare const failMultipleOf: KeywordFail;
export declare const failMinLength: KeywordFail;
export declare const failMaxLength: KeywordFail;
export declare const failMinItems: KeywordFail;
export declare const failMaxItems: KeywordFail;
export declare const failMinProperties: KeywordFail;
export declare const failMaxProperties: KeywordFail;
export declare const failPattern: KeywordFail;
export declare const failFormat: KeywordFail;
export declare const failEnum: KeywordFail;
export declare const failConst: KeywordFail;
export declare const failAdditionalProperties: KeywordFail;
export declare const failUniqueItems: KeywordFail;
export declare const failAnyOf: KeywordFail;
export declare const failOneOf: KeywordFail;
export declare const failNot: KeywordFail;
/**
 * `reject` with ajv's message for `keyword`, built only when there is a sink to record it in:
 * `fail(sink, path + '/per_page', 'maximum', 50)` records "must be <= 50". `param` is the limit,
 * the type, the property, the format, the RegExp, or for uniqueItems the pair of indexes.
 * Returns as `reject`: true (stop) without a sink. Generated checks call the keyword's own
 * function (`failMaximum`) instead, so that a bundle keeps only the messages it can need.
 */
export declare function fail(sink: IssueSink | undefined, path: string, keyword: string, param?: unknown): boolean;
/** An object key as one RFC 6901 pointer token. */
export declare function pointerToken(key: string): string;
/** Length in Unicode code points, as JSON Schema counts it: a surrogate pair is one character. */
export declare function codePointLength(text: string): number;
/** JSON equality: same type, same members; key order does not matter and 0 equals -0. */
export declare function deepEqual(a: unknown, b: unknown): boolean;
/** Whether `value` deep-equals one of `members` (an enum with objects or arrays in it). */
export declare function enumIncludes(members: readonly unknown[], value: unknown): boolean;
/**
 * The pair `[earlier, later]` ajv's general loop reports for `uniqueItems` (the largest `later`
 * with an equal item before it, and the nearest such `earlier`), or undefined when all differ.
 * Linear for primitives (a Map from value to last index; Map keys treat 0 and -0 alike, as JSON
 * does); objects and arrays are deep-compared only with each other.
 */
export declare function duplicateItems(items: readonly unknown[]): readonly [number, number] | undefined;
/** `uniqueItems: true` as a yes-or-no question. */
export declare function uniqueItems(items: readonly unknown[]): boolean;
/**
 * ajv's test, kept for agreement: the quotient must print as an integer, so float noise counts
 * (0.3 is not a multiple of 0.1) and quotients of 1e21 or more fail.
 */
export declare function matchesMultipleOf(value: number, divisor: number): boolean;
/**
 * A value a binary body or `format: binary` property may hold: Blob (and File), ArrayBuffer, any
 * ArrayBufferView (Uint8Array, DataView...) or ReadableStream. Each global is looked up only
 * where it exists, so the check runs on every platform.
 */
export declare function isBinary(value: unknown): boolean;
/**
 * For patterns the generator flagged as super-linear: a string longer than `maxLength` fails
 * without the pattern ever running on it, so a hostile value cannot stall the event loop.
 */
export declare function matchesBounded(regexp: RegExp, text: string, maxLength: number): boolean;
/** The issue for a `matchesBounded` failure: too long to test, or no match. Returns as `reject`. */
export declare function rejectBounded(sink: IssueSink | undefined, path: string, regexp: RegExp, text: string, maxLength: number): boolean;
