/**
 * Parameter values to URL and header text, per OpenAPI style. The query forms give the same bytes
 * openapi-fetch gives for the same style (so `raw` and the generated methods agree with it),
 * except that object keys are percent-encoded too: a key is data, and `&` in one must not start
 * a new parameter.
 *
 * What cannot be sent (an object nested in an object or array, a string with a lone surrogate)
 * throws Unsendable, which the caller turns into a RequestValidationError naming the parameter.
 */
export type Style = 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'simple';

const WHY: Readonly<Record<string, string>> = {
  encoding: 'must be well-formed Unicode (it holds a lone surrogate)',
  nesting: 'cannot be sent here: it nests objects or arrays',
  json: 'cannot be serialised as JSON: it is cyclic or nested too deeply',
  binary: 'must be a Blob, ArrayBuffer, typed array or ReadableStream',
};

/** Why a value cannot be sent (`keyword`: encoding, nesting, json, binary); the caller adds where. */
export class Unsendable extends Error {
  constructor(readonly keyword: string) {
    super(WHY[keyword]);
  }
}

/** encodeURIComponent for a primitive, refusing nested values and lone surrogates. */
export function encode(value: unknown): string {
  if (typeof value === 'object' && value !== null) throw new Unsendable('nesting');
  try {
    return encodeURIComponent(value as string | number | boolean);
  } catch {
    throw new Unsendable('encoding');
  }
}

/**
 * One query parameter as `name=value` pairs joined by `&`, or '' when there is nothing to send
 * (undefined, null, an empty array). Defaults: style form, explode true for form.
 */
export function queryPart(name: string, value: unknown, style: Style = 'form', explode: boolean = style === 'form'): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    if (explode) return value.map((item) => `${name}=${encode(item)}`).join('&');
    return `${name}=${value.map(encode).join(style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '|' : ',')}`;
  }
  if (typeof value !== 'object') return `${name}=${encode(value)}`;
  const entries = definedEntries(value);
  if (style === 'deepObject') return entries.map(([k, v]) => `${name}[${encode(k)}]=${encode(v)}`).join('&');
  if (explode) return entries.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
  return `${name}=${entries.map(([k, v]) => `${encode(k)},${encode(v)}`).join(',')}`;
}

/** A header parameter, style simple: arrays and objects comma-separated, nothing encoded. */
export function headerText(value: unknown, explode = false): string {
  if (Array.isArray(value)) return value.map(plain).join(',');
  if (typeof value !== 'object' || value === null) return plain(value);
  return definedEntries(value)
    .map(([k, v]) => (explode ? `${k}=${plain(v)}` : `${k},${plain(v)}`))
    .join(',');
}

/** A cookie parameter, style form: `name=value`, arrays and objects comma-separated, encoded. */
export function cookiePart(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return `${name}=${value.map(encode).join(',')}`;
  if (typeof value !== 'object') return `${name}=${encode(value)}`;
  return `${name}=${definedEntries(value)
    .map(([k, v]) => `${encode(k)},${encode(v)}`)
    .join(',')}`;
}

function plain(value: unknown): string {
  if (typeof value === 'object' && value !== null) throw new Unsendable('nesting');
  return String(value);
}

function definedEntries(value: object): [string, unknown][] {
  return Object.entries(value).filter((entry) => entry[1] !== undefined && entry[1] !== null);
}
