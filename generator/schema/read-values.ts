import type { Schema } from '../model/schema.js';
import type { RawSchema, ReadContext } from './keyword.js';

/**
 * Reading the values keywords hold: counts, numbers, arrays of subschemas. A value of the wrong
 * shape is a spec defect: it is dropped with a located warning, and the rest is generated.
 */

/** A non-negative integer (`minLength`, `maxItems`...). */
export function readCount(raw: RawSchema, key: string, cx: ReadContext): number | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (Number.isInteger(value) && (value as number) >= 0) return value as number;
  cx.warn('invalid_schema', `${key} must be a non-negative integer, not ${JSON.stringify(value)}: ignored`, key);
  return undefined;
}

/** A finite number (`minimum`, `multipleOf`...). */
export function readNumber(raw: RawSchema, key: string, cx: ReadContext): number | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  cx.warn('invalid_schema', `${key} must be a number, not ${JSON.stringify(value)}: ignored`, key);
  return undefined;
}

/** A subschema: an object or a boolean. */
export function readSchema(raw: RawSchema, key: string, cx: ReadContext): Schema | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (typeof value === 'boolean' || isObject(value)) return cx.schema(key);
  cx.warn('invalid_schema', `${key} must be a schema (an object or a boolean): ignored`, key);
  return undefined;
}

/** A non-empty array of subschemas (`allOf`, `prefixItems`...). */
export function readSchemaList(raw: RawSchema, key: string, cx: ReadContext): Schema[] | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    cx.warn('invalid_schema', `${key} must be a non-empty array of schemas: ignored`, key);
    return undefined;
  }
  const schemas: Schema[] = [];
  value.forEach((member, index) => {
    if (typeof member === 'boolean' || isObject(member)) schemas.push(cx.schema(key, index));
    else cx.warn('invalid_schema', `${key}[${index}] must be a schema: ignored`, key, index);
  });
  return schemas.length > 0 ? schemas : undefined;
}

/** An object whose values are subschemas, in the spec's order (`properties`...). */
export function readSchemaMap(
  raw: RawSchema,
  key: string,
  cx: ReadContext,
): { readonly name: string; readonly schema: Schema }[] | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    cx.warn('invalid_schema', `${key} must be an object of schemas: ignored`, key);
    return undefined;
  }
  const entries: { name: string; schema: Schema }[] = [];
  for (const [name, member] of Object.entries(value)) {
    if (typeof member === 'boolean' || isObject(member)) entries.push({ name, schema: cx.schema(key, name) });
    else cx.warn('invalid_schema', `${key}.${name} must be a schema: ignored`, key, name);
  }
  return entries;
}

/** An array of strings (`required`), duplicates dropped. */
export function readNames(value: unknown, cx: ReadContext, ...at: readonly (string | number)[]): string[] | undefined {
  if (Array.isArray(value) && value.every((name) => typeof name === 'string')) return [...new Set(value as string[])];
  cx.warn('invalid_schema', `${at.join('.')} must be an array of property names: ignored`, ...at);
  return undefined;
}

/** Warns when a lower bound exceeds its upper bound; both still apply (no value passes). */
export function warnOrder(
  low: number | undefined,
  high: number | undefined,
  keys: readonly [string, string],
  cx: ReadContext,
): void {
  if (low === undefined || high === undefined || low <= high) return;
  cx.warn('min_gt_max', `${keys[0]} ${low} is greater than ${keys[1]} ${high}: no value can satisfy both`, keys[0]);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A valid ECMAScript regular expression with the `u` flag, as ajv compiles `pattern`. */
export function regexpError(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
