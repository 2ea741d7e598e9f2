import type { Json, NamedExample, NamedSchema, Operation, Schema, SchemaNode } from '../model/index.js';
import { checkValue } from '../schema/value-check.js';
import { joinPointer } from '../util/pointer.js';
import type { BuildContext } from './context.js';
import type { NamedLookup } from './object-shape.js';

/**
 * Defaults and examples must satisfy their own schema: a `default: 100` beside `maximum: 50` is a
 * spec mistake that would otherwise reach the docs and the types. Each is a located warning (the
 * spec still generates); `--strict` makes them errors, as the lint does.
 */
export function checkValues(ctx: BuildContext, schemas: readonly NamedSchema[], operations: readonly Operation[], named: NamedLookup): void {
  const seen = new Set<SchemaNode>();
  const visit = (schema: Schema): void => visitSchema(ctx, schema, named, seen);
  for (const { schema } of schemas) visit(schema);
  for (const operation of operations) {
    for (const param of operation.params) {
      visit(param.schema);
      if (param.example !== undefined) report(ctx, 'example_invalid', param.schema, param.example.value, joinPointer(param.at.pointer, 'example'), named);
    }
    for (const media of operation.body?.media ?? []) {
      visit(media.schema);
      checkExamples(ctx, media.schema, media.examples, media.at.pointer, named);
    }
    const { success } = operation;
    if (success.schema !== undefined) {
      visit(success.schema);
      if (success.mediaType !== undefined)
        checkExamples(ctx, success.schema, success.examples, joinPointer(success.at.pointer, 'content', success.mediaType), named);
    }
  }
}

function checkExamples(ctx: BuildContext, schema: Schema, examples: readonly NamedExample[], mediaPointer: string, named: NamedLookup): void {
  for (const example of examples) {
    const pointer = example.name === 'example' ? joinPointer(mediaPointer, 'example') : joinPointer(mediaPointer, 'examples', example.name, 'value');
    report(ctx, 'example_invalid', schema, example.value, pointer, named);
  }
}

/** Every schema node once, with its own default and examples checked against itself. */
function visitSchema(ctx: BuildContext, schema: Schema, named: NamedLookup, seen: Set<SchemaNode>): void {
  if (schema.kind === 'ref' || seen.has(schema)) return;
  seen.add(schema);
  const { annotations, keywords } = schema;
  const pointer = schema.at.pointer;
  if (annotations.default !== undefined) report(ctx, 'default_invalid', schema, annotations.default.value, joinPointer(pointer, 'default'), named);
  (annotations.examples ?? []).forEach((example, index) => report(ctx, 'example_invalid', schema, example, examplePointer(ctx, pointer, index), named));
  for (const child of children(keywords)) visitSchema(ctx, child, named, seen);
}

/** OpenAPI 3.0's `example`, or 3.1's `examples` array. */
function examplePointer(ctx: BuildContext, pointer: string, index: number): string {
  return ctx.openapi30 ? joinPointer(pointer, 'example') : joinPointer(pointer, 'examples', index);
}

function children(keywords: SchemaNode['keywords']): Schema[] {
  const found: Schema[] = [];
  const one = (schema: Schema | undefined): void => {
    if (schema !== undefined) found.push(schema);
  };
  for (const property of keywords.properties ?? []) one(property.schema);
  for (const pattern of keywords.patternProperties ?? []) one(pattern.schema);
  for (const dependent of keywords.dependentSchemas ?? []) one(dependent.value);
  [keywords.additionalProperties, keywords.propertyNames, keywords.items, keywords.contains, keywords.not, keywords.if, keywords.then, keywords.else].forEach(one);
  for (const list of [keywords.prefixItems, keywords.allOf, keywords.anyOf, keywords.oneOf]) for (const schema of list ?? []) one(schema);
  return found;
}

function report(ctx: BuildContext, code: 'default_invalid' | 'example_invalid', schema: Schema, value: Json, pointer: string, named: NamedLookup): void {
  const problem = checkValue(schema, value, named);
  if (problem === undefined) return;
  const what = code === 'default_invalid' ? 'default' : 'example';
  const where = problem.path === '' ? '' : ` at ${problem.path}`;
  ctx.issues.warn(code, ctx.spec.locate(pointer), `the ${what} ${preview(value)} does not match its schema${where}: it ${problem.message}`);
}

function preview(value: Json): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
