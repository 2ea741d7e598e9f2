/**
 * Parameter values to URL and header text, per OpenAPI style. The query forms give the same bytes
 * openapi-fetch gives for the same style (so `raw` and the generated methods agree with it),
 * except that object keys are percent-encoded too: a key is data, and `&` in one must not start
 * a new parameter.
 *
 * What cannot be sent (an object nested in an object or array, a string with a lone surrogate)
 * throws Unsendable, which the caller turns into a RequestValidationError naming the parameter.
 */
import type { ParamSpec } from './descriptor.js';
export type Style = 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'simple';
/**
 * Why a value cannot be sent: `keyword` names the rule (`nesting`, `pathSegment`...), the message
 * says it; the caller adds where. Each thrower holds its own message, so that an app bundles only
 * the messages of the code it uses (a GET-only app, none of the body encoders').
 */
export declare class Unsendable extends Error {
    readonly keyword: string;
    constructor(keyword: string, message: string);
}
/** An object or array where only a primitive can go. */
export declare const nesting: () => Unsendable;
/** A path parameter that is '', '.' or '..' (or no primitive): the URL parser would drop or climb a segment. */
export declare const badSegment: () => Unsendable;
/** A parameter in a path template, `{key}`: the generator's own pattern for them. */
export declare const PATH_PARAM: RegExp;
type Encoder = (value: unknown) => string;
/** encodeURIComponent for a primitive, refusing nested values and lone surrogates. */
export declare const encode: Encoder;
/** A primitive as text; objects cannot be nested in a parameter. */
export declare const plain: Encoder;
/** Array items, or object entries as `k,v` (or `k=v` exploded), each through `enc`, joined by `separator`. */
export declare function joined(value: unknown, explode: boolean, enc: Encoder, separator?: string, pairs?: string): string;
/**
 * A query parameter in the common style, form exploded: `name=v`, `name=a&name=b` for an array,
 * `k=v&k2=v2` for an object (its nullish entries left out); '' for undefined, null or an empty
 * array. The core every method uses; other styles are `styledQuery`'s.
 */
export declare function formPart(name: string, value: unknown): string;
/**
 * One query parameter as `name=value` pairs joined by `&`, or '' when there is nothing to send
 * (undefined, null, an empty array). Defaults: style form, explode true for form.
 */
export declare function queryPart(name: string, value: unknown, style?: Style, explode?: boolean): string;
/** The value of a `content: application/json` parameter as JSON text (a nullish one as it is: not sent). */
export declare function jsonContent(value: unknown, spec: ParamSpec): unknown;
/**
 * The encoder of a query parameter in another style than form exploded, or sent as JSON text:
 * descriptors reference it for those parameters only, so that apps whose calls take none do not
 * bundle the other styles.
 */
export declare function styledQuery(name: string, value: unknown, spec: Exclude<ParamSpec, string>): string;
export {};
