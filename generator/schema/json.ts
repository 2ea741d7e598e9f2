import type { Json } from '../model/at.js';
import type { JsonType } from '../model/schema.js';

/**
 * JSON values as JSON Schema sees them: which type a value has, whether it fits a declared type,
 * and equality. Shared by reading (enum members against `type`), the interpreter and the types.
 */

export type ValueKind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';

/** The JSON type of a value; `undefined` for what JSON cannot hold (functions, NaN, Infinity...). */
export function kindOf(value: unknown): ValueKind | undefined {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'object':
      return typeof value as ValueKind;
    case 'number':
      return Number.isFinite(value) ? 'number' : undefined;
    default:
      return undefined;
  }
}

/** ajv's type test with `strictNumbers`: `integer` is a finite number without a fraction. */
export function fitsType(value: unknown, type: JsonType): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return kindOf(value) === type;
}

export function isPrimitive(value: Json): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as the spec writes it, for messages and docs: `"auto"`, `5`, `{"a":1}`. */
export function show(value: Json): string {
  return JSON.stringify(value);
}
