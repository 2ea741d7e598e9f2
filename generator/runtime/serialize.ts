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
export class Unsendable extends Error {
  constructor(
    readonly keyword: string,
    message: string,
  ) {
    super(message);
  }
}

/** An object or array where only a primitive can go. */
export const nesting = (): Unsendable => new Unsendable('nesting', 'must not nest objects or arrays');

/** A path parameter that is '', '.' or '..' (or no primitive): the URL parser would drop or climb a segment. */
export const badSegment = (): Unsendable =>
  new Unsendable('pathSegment', 'must be a non-empty string other than "." and ".."');

/** A parameter in a path template, `{key}`: the generator's own pattern for them. */
export const PATH_PARAM: RegExp = /\{([^{}]+)\}/g;

type Encoder = (value: unknown) => string;

/** encodeURIComponent for a primitive, refusing nested values and lone surrogates. */
export const encode: Encoder = (value) => {
  const text = primitive(value) as string;
  try {
    return encodeURIComponent(text);
  } catch {
    throw new Unsendable('encoding', 'must not hold a lone surrogate');
  }
};

/** A primitive as text; objects cannot be nested in a parameter. */
export const plain: Encoder = (value) => String(primitive(value));

function primitive(value: unknown): unknown {
  if (typeof value === 'object' && value !== null) throw nesting();
  return value;
}

/** Array items, or object entries as `k,v` (or `k=v` exploded), each through `enc`, joined by `separator`. */
export function joined(value: unknown, explode: boolean, enc: Encoder, separator = ',', pairs = ','): string {
  if (Array.isArray(value)) return value.map(enc).join(separator);
  if (typeof value !== 'object' || value === null) return enc(value);
  return Object.entries(value)
    .filter((entry) => entry[1] != null)
    .map(([key, item]) => enc(key) + (explode ? '=' : ',') + enc(item))
    .join(pairs);
}

/**
 * A query parameter in the common style, form exploded: `name=v`, `name=a&name=b` for an array,
 * `k=v&k2=v2` for an object (its nullish entries left out); '' for undefined, null or an empty
 * array. The core every method uses; other styles are `styledQuery`'s.
 */
export function formPart(name: string, value: unknown): string {
  if (value == null) return '';
  if (typeof value !== 'object') return `${name}=${encode(value)}`;
  const array = Array.isArray(value);
  return Object.entries(value)
    .filter((entry) => array || entry[1] != null)
    .map(([key, item]) => `${array ? name : encode(key)}=${encode(item)}`)
    .join('&');
}

/**
 * One query parameter as `name=value` pairs joined by `&`, or '' when there is nothing to send
 * (undefined, null, an empty array). Defaults: style form, explode true for form.
 */
export function queryPart(
  name: string,
  value: unknown,
  style: Style = 'form',
  explode: boolean = style === 'form',
): string {
  const array = Array.isArray(value);
  if (typeof value !== 'object' || value === null || (explode && (array || style !== 'deepObject')))
    return formPart(name, value);
  if (array)
    return value.length === 0
      ? ''
      : `${name}=${joined(value, false, encode, style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '|' : ',')}`;
  if (style !== 'deepObject') return `${name}=${joined(value, false, encode)}`;
  return Object.entries(value)
    .filter((entry) => entry[1] != null)
    .map(([key, item]) => `${name}[${encode(key)}]=${encode(item)}`)
    .join('&');
}

/** The value of a `content: application/json` parameter as JSON text (a nullish one as it is: not sent). */
export function jsonContent(value: unknown, spec: ParamSpec): unknown {
  return value != null && typeof spec !== 'string' && spec.json ? JSON.stringify(value) : value;
}

/**
 * The encoder of a query parameter in another style than form exploded, or sent as JSON text:
 * descriptors reference it for those parameters only, so that apps whose calls take none do not
 * bundle the other styles.
 */
export function styledQuery(name: string, value: unknown, spec: Exclude<ParamSpec, string>): string {
  return queryPart(name, jsonContent(value, spec), spec.style, spec.explode);
}
