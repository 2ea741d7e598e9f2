import type { IssueList } from './errors.js';
import type { At, ResolvedSpec, Schema, SchemaObject, SchemaProperty } from './model.js';
import { getAtPointer, isRecord, joinPointer, splitPointer } from './pointer.js';
import {
  addAnnotations,
  addNumberRules,
  addStringRules,
  addTypes,
  addValues,
  ASSERTIONS,
  checkOrder,
  count,
  reportUnsupported,
  type Mutable,
} from './schema-keywords.js';

/** What schema building needs from its caller: the document, the issue list, and the dialect. */
export interface SchemaContext {
  readonly spec: ResolvedSpec;
  readonly issues: IssueList;
  /** OpenAPI 3.0 schemas differ: `nullable`, boolean exclusive bounds, `$ref` siblings ignored. */
  readonly openapi30: boolean;
  /** Pointers being built right now, to catch recursion that does not go through a named schema. */
  readonly building: Set<string>;
}

const COMPONENT_SCHEMA = /^\/components\/schemas\/([^/]+)$/;

/** Builds the model of the schema at `pointer`, reporting every unsupported or contradictory keyword. */
export function buildSchema(pointer: string, ctx: SchemaContext): Schema {
  const at = ctx.spec.locate(pointer);
  const node = getAtPointer(ctx.spec.document, pointer);
  if (typeof node === 'boolean') return node ? { kind: 'schema', at } : { kind: 'schema', at, types: [] };
  if (!isRecord(node)) {
    ctx.issues.error('invalid_schema', at, 'a schema must be an object');
    return { kind: 'schema', at };
  }
  const target = ctx.spec.refs.get(pointer);
  if (target !== undefined) return buildRef(pointer, target, node, ctx);
  return buildObject(pointer, node, ctx);
}

function buildRef(pointer: string, target: string, node: Record<string, unknown>, ctx: SchemaContext): Schema {
  const at = ctx.spec.locate(pointer);
  const ref = refTo(target, at, ctx);
  const siblings = Object.keys(node).filter((key) => ASSERTIONS.has(key));
  if (siblings.length === 0) return ref;
  if (ctx.openapi30) {
    ctx.issues.warn('invalid_schema', at, `keywords beside $ref are ignored in OpenAPI 3.0: ${siblings.join(', ')}`);
    return ref;
  }
  // In 3.1 a $ref with assertions beside it must satisfy both: exactly an allOf.
  const rest = buildObject(pointer, withoutRef(node), ctx);
  return { kind: 'schema', at, allOf: [ref, rest] };
}

function withoutRef(node: Record<string, unknown>): Record<string, unknown> {
  const { $ref: _ignored, ...rest } = node;
  return rest;
}

/** Named component schemas stay references (recursion needs them); anything else is inlined. */
function refTo(target: string, at: At, ctx: SchemaContext): Schema {
  const named = COMPONENT_SCHEMA.exec(target);
  if (named?.[1] !== undefined) return { kind: 'ref', name: splitPointer(target)[2] ?? named[1], at };
  if (ctx.building.has(target)) {
    ctx.issues.error('ref_cycle', at, `recursive $ref to #${target}: recursion must go through #/components/schemas`);
    return { kind: 'schema', at };
  }
  ctx.building.add(target);
  try {
    return buildSchema(target, ctx);
  } finally {
    ctx.building.delete(target);
  }
}

function buildObject(pointer: string, node: Record<string, unknown>, ctx: SchemaContext): SchemaObject {
  const at = ctx.spec.locate(pointer);
  reportUnsupported(pointer, node, ctx);
  const schema = { kind: 'schema', at } as Mutable<SchemaObject>;
  addTypes(schema, pointer, node, ctx);
  addValues(schema, pointer, node, ctx);
  addStringRules(schema, pointer, node, ctx);
  addNumberRules(schema, pointer, node, ctx);
  addObjectRules(schema, pointer, node, ctx);
  addArrayRules(schema, pointer, node, ctx);
  addComposition(schema, pointer, node, ctx);
  addAnnotations(schema, node);
  return finish(schema);
}

function addObjectRules(
  schema: Mutable<SchemaObject>,
  pointer: string,
  node: Record<string, unknown>,
  ctx: SchemaContext,
): void {
  const required = requiredNames(node, pointer, ctx);
  if (node.properties !== undefined) {
    if (!isRecord(node.properties))
      ctx.issues.error(
        'invalid_schema',
        ctx.spec.locate(joinPointer(pointer, 'properties')),
        'properties must be an object',
      );
    else
      schema.properties = Object.keys(node.properties).map((name): SchemaProperty => ({
        name,
        required: required.includes(name),
        schema: buildSchema(joinPointer(pointer, 'properties', name), ctx),
      }));
  }
  const declared = new Set(schema.properties?.map((property) => property.name));
  const requiredOnly = required.filter((name) => !declared.has(name));
  if (requiredOnly.length > 0) schema.requiredOnly = requiredOnly;
  const additional = node.additionalProperties;
  if (typeof additional === 'boolean') schema.additionalProperties = additional;
  else if (additional !== undefined)
    schema.additionalProperties = buildSchema(joinPointer(pointer, 'additionalProperties'), ctx);
}

function requiredNames(node: Record<string, unknown>, pointer: string, ctx: SchemaContext): string[] {
  if (node.required === undefined) return [];
  if (Array.isArray(node.required) && node.required.every((name) => typeof name === 'string'))
    return node.required as string[];
  ctx.issues.error(
    'invalid_schema',
    ctx.spec.locate(joinPointer(pointer, 'required')),
    'required must be an array of property names',
  );
  return [];
}

function addArrayRules(
  schema: Mutable<SchemaObject>,
  pointer: string,
  node: Record<string, unknown>,
  ctx: SchemaContext,
): void {
  if (Array.isArray(node.items)) {
    ctx.issues.error(
      'unsupported_keyword',
      ctx.spec.locate(joinPointer(pointer, 'items')),
      'tuple items (an array of schemas) are not supported',
    );
  } else if (node.items !== undefined) {
    schema.items = buildSchema(joinPointer(pointer, 'items'), ctx);
  }
  schema.minItems = count(node, 'minItems', pointer, ctx);
  schema.maxItems = count(node, 'maxItems', pointer, ctx);
  checkOrder(schema.minItems, schema.maxItems, 'minItems', 'maxItems', pointer, ctx);
  if (node.uniqueItems === true) schema.uniqueItems = true;
}

function addComposition(
  schema: Mutable<SchemaObject>,
  pointer: string,
  node: Record<string, unknown>,
  ctx: SchemaContext,
): void {
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const members = node[key];
    if (members === undefined) continue;
    if (!Array.isArray(members) || members.length === 0) {
      ctx.issues.error(
        'invalid_schema',
        ctx.spec.locate(joinPointer(pointer, key)),
        `${key} must be a non-empty array of schemas`,
      );
      continue;
    }
    schema[key] = members.map((_, index) => buildSchema(joinPointer(pointer, key, index), ctx));
  }
}

/** exactOptionalPropertyTypes: an absent keyword must be absent, not present-and-undefined. */
function finish(schema: Mutable<SchemaObject>): SchemaObject {
  for (const key of Object.keys(schema) as (keyof SchemaObject)[]) {
    if (schema[key] === undefined) delete schema[key];
  }
  return schema as SchemaObject;
}
