import type { SchemaContext } from './build-schema.js';
import type { At, Json, JsonType, SchemaObject, StringFormat } from './model.js';
import { joinPointer } from './pointer.js';

/**
 * The leaf keywords of a schema: types, values, string and number rules, annotations. Each reads
 * one node, reports what is unsupported or contradictory, and fills in the schema being built;
 * none recurses, so build-schema.ts holds everything that walks into subschemas.
 */

const JSON_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);

const VALIDATED_FORMATS: ReadonlySet<string> = new Set(['date-time', 'date', 'time', 'email', 'uri', 'uuid']);

/** OpenAPI's data-type formats: they describe a width or an encoding and constrain nothing we check. */
const DESCRIPTIVE_FORMATS: ReadonlySet<string> = new Set([
  'int32',
  'int64',
  'float',
  'double',
  'byte',
  'binary',
  'password',
]);

const ANNOTATIONS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'default',
  'examples',
  'example',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  'discriminator',
  '$schema',
  '$id',
  '$comment',
  'contentMediaType',
  'contentEncoding',
]);

export const ASSERTIONS: ReadonlySet<string> = new Set([
  'type',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'allOf',
  'anyOf',
  'oneOf',
  'nullable',
]);

/** A schema being assembled: any keyword may still be undefined until `finish` drops it. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] | undefined };

export function reportUnsupported(pointer: string, node: Record<string, unknown>, ctx: SchemaContext): void {
  for (const key of Object.keys(node)) {
    if (ASSERTIONS.has(key) || ANNOTATIONS.has(key) || key.startsWith('x-') || key === '$ref') continue;
    ctx.issues.error(
      'unsupported_keyword',
      ctx.spec.locate(joinPointer(pointer, key)),
      `the schema keyword '${key}' is not supported by the generator: its rule would not be checked`,
    );
  }
}

export function addTypes(
  schema: Mutable<SchemaObject>,
  pointer: string,
  node: Record<string, unknown>,
  ctx: SchemaContext,
): void {
  const declared = node.type;
  if (declared === undefined) {
    if (node.nullable === true)
      ctx.issues.warn(
        'invalid_schema',
        ctx.spec.locate(joinPointer(pointer, 'nullable')),
        "'nullable' without 'type' has no effect",
      );
    return;
  }
  const names = Array.isArray(declared) ? declared : [declared];
  const types: JsonType[] = [];
  names.forEach((name, index) => {
    const where = Array.isArray(declared) ? joinPointer(pointer, 'type', index) : joinPointer(pointer, 'type');
    if (typeof name === 'string' && JSON_TYPES.has(name)) types.push(name as JsonType);
    else
      ctx.issues.error(
        'unsupported_type',
        ctx.spec.locate(where),
        `unknown type ${JSON.stringify(name)}: expected one of ${[...JSON_TYPES].join(', ')}`,
      );
  });
  if (node.nullable === true) {
    if (!ctx.openapi30)
      ctx.issues.warn(
        'invalid_schema',
        ctx.spec.locate(joinPointer(pointer, 'nullable')),
        "'nullable' is OpenAPI 3.0; in 3.1 write type: [T, 'null'] (honoured)",
      );
    if (!types.includes('null')) types.push('null');
  }
  schema.types = types;
}

export function addValues(
  schema: Mutable<SchemaObject>,
  pointer: string,
  node: Record<string, unknown>,
  ctx: SchemaContext,
): void {
  if (node.enum !== undefined) {
    const at = ctx.spec.locate(joinPointer(pointer, 'enum'));
    if (!Array.isArray(node.enum) || node.enum.length === 0)
      ctx.issues.error('invalid_schema', at, 'enum must be a non-empty array');
    else {
      schema.enum = node.enum as Json[];
      checkEnumTypes(node.enum, schema.types, at, ctx);
    }
  }
  if (Object.hasOwn(node, 'const')) {
    schema.const = { value: node.const as Json };
    if (schema.types !== undefined && !schema.types.some((type) => fitsType(node.const, type))) {
      ctx.issues.error(
        'invalid_schema',
        ctx.spec.locate(joinPointer(pointer, 'const')),
        `const ${JSON.stringify(node.const)} is not of the schema's type ${schema.types.join(' | ')}: no value can match`,
      );
    }
  }
}

function checkEnumTypes(
  members: readonly unknown[],
  types: readonly JsonType[] | undefined,
  at: At,
  ctx: SchemaContext,
): void {
  const kinds = new Set(members.filter((member) => member !== null).map(jsonTypeOf));
  if (kinds.size > 1) {
    ctx.issues.error(
      'enum_mixed_types',
      at,
      `enum mixes ${[...kinds].sort().join(' and ')} members: give each type its own schema under anyOf`,
    );
    return;
  }
  if (types === undefined) return;
  const stray = members.find((member) => !types.some((type) => fitsType(member, type)));
  if (stray !== undefined)
    ctx.issues.error(
      'invalid_schema',
      at,
      `enum member ${JSON.stringify(stray)} is not of the schema's type ${types.join(' | ')}`,
    );
}

function jsonTypeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}

function fitsType(value: unknown, type: JsonType): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return jsonTypeOf(value) === type;
}

export function addStringRules(
  schema: Mutable<SchemaObject>,
  pointer: string,
  node: Record<string, unknown>,
  ctx: SchemaContext,
): void {
  schema.minLength = count(node, 'minLength', pointer, ctx);
  schema.maxLength = count(node, 'maxLength', pointer, ctx);
  checkOrder(schema.minLength, schema.maxLength, 'minLength', 'maxLength', pointer, ctx);
  if (node.pattern !== undefined) schema.pattern = patternOf(node.pattern, joinPointer(pointer, 'pattern'), ctx);
  if (node.format !== undefined) schema.format = formatOf(node.format, joinPointer(pointer, 'format'), ctx);
}

function patternOf(pattern: unknown, pointer: string, ctx: SchemaContext): string | undefined {
  try {
    if (typeof pattern !== 'string') throw new Error('not a string');
    new RegExp(pattern, 'u');
    return pattern;
  } catch (error) {
    ctx.issues.error(
      'invalid_schema',
      ctx.spec.locate(pointer),
      `pattern is not a valid regular expression: ${(error as Error).message}`,
    );
    return undefined;
  }
}

function formatOf(format: unknown, pointer: string, ctx: SchemaContext): StringFormat | undefined {
  if (typeof format === 'string' && VALIDATED_FORMATS.has(format)) return format as StringFormat;
  if (typeof format === 'string' && DESCRIPTIVE_FORMATS.has(format)) return undefined;
  ctx.issues.error(
    'unsupported_format',
    ctx.spec.locate(pointer),
    `format ${JSON.stringify(format)} cannot be validated by the generated code: use one of ${[...VALIDATED_FORMATS].join(', ')}, or a pattern`,
  );
  return undefined;
}

export function addNumberRules(
  schema: Mutable<SchemaObject>,
  pointer: string,
  node: Record<string, unknown>,
  ctx: SchemaContext,
): void {
  schema.minimum = finite(node, 'minimum', pointer, ctx);
  schema.maximum = finite(node, 'maximum', pointer, ctx);
  schema.multipleOf = finite(node, 'multipleOf', pointer, ctx);
  if (schema.multipleOf !== undefined && schema.multipleOf <= 0) {
    ctx.issues.error(
      'invalid_schema',
      ctx.spec.locate(joinPointer(pointer, 'multipleOf')),
      'multipleOf must be greater than 0',
    );
  }
  // OpenAPI 3.0 spells exclusive bounds as booleans that modify minimum/maximum.
  if (typeof node.exclusiveMinimum === 'boolean') {
    if (node.exclusiveMinimum && schema.minimum !== undefined)
      [schema.exclusiveMinimum, schema.minimum] = [schema.minimum, undefined];
  } else schema.exclusiveMinimum = finite(node, 'exclusiveMinimum', pointer, ctx);
  if (typeof node.exclusiveMaximum === 'boolean') {
    if (node.exclusiveMaximum && schema.maximum !== undefined)
      [schema.exclusiveMaximum, schema.maximum] = [schema.maximum, undefined];
  } else schema.exclusiveMaximum = finite(node, 'exclusiveMaximum', pointer, ctx);
  checkOrder(
    schema.minimum ?? schema.exclusiveMinimum,
    schema.maximum ?? schema.exclusiveMaximum,
    'minimum',
    'maximum',
    pointer,
    ctx,
  );
}

export function addAnnotations(schema: Mutable<SchemaObject>, node: Record<string, unknown>): void {
  if (typeof node.title === 'string') schema.title = node.title;
  if (typeof node.description === 'string') schema.description = node.description;
  if (node.deprecated === true) schema.deprecated = true;
  if (Object.hasOwn(node, 'default')) schema.default = { value: node.default as Json };
  if (Array.isArray(node.examples)) schema.examples = node.examples as Json[];
  else if (Object.hasOwn(node, 'example')) schema.examples = [node.example as Json];
}

export function count(
  node: Record<string, unknown>,
  key: string,
  pointer: string,
  ctx: SchemaContext,
): number | undefined {
  const value = node[key];
  if (value === undefined) return undefined;
  if (Number.isInteger(value) && (value as number) >= 0) return value as number;
  ctx.issues.error(
    'invalid_schema',
    ctx.spec.locate(joinPointer(pointer, key)),
    `${key} must be a non-negative integer`,
  );
  return undefined;
}

function finite(node: Record<string, unknown>, key: string, pointer: string, ctx: SchemaContext): number | undefined {
  const value = node[key];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  ctx.issues.error('invalid_schema', ctx.spec.locate(joinPointer(pointer, key)), `${key} must be a number`);
  return undefined;
}

export function checkOrder(
  low: number | undefined,
  high: number | undefined,
  lowKey: string,
  highKey: string,
  pointer: string,
  ctx: SchemaContext,
): void {
  if (low === undefined || high === undefined || low <= high) return;
  ctx.issues.error(
    'min_gt_max',
    ctx.spec.locate(joinPointer(pointer, lowKey)),
    `${lowKey} ${low} is greater than ${highKey} ${high}: no value can satisfy both`,
  );
}
