import type { Json, NamedExample, Operation, Schema } from '../model/index.js';
import { checkValue } from '../schema/value-check.js';
import { joinPointer } from '../util/pointer.js';
import type { BuildContext } from './context.js';
import type { NamedLookup } from './object-shape.js';

/**
 * The examples of parameters and media types must satisfy their schema, as those of schemas do
 * (the schema reader judges those): a wrong example would reach the docs. Each is a located
 * warning; `--strict` makes it an error, as the lint does.
 */
export function checkExamples(ctx: BuildContext, operations: readonly Operation[], named: NamedLookup): void {
  const lookup = (id: string): Schema =>
    named(id) ?? { kind: 'schema', at: ctx.spec.locate(''), keywords: {}, annotations: {} };
  for (const operation of operations) {
    for (const param of operation.params) {
      if (param.example !== undefined)
        report(ctx, param.schema, param.example.value, joinPointer(param.at.pointer, 'example'), lookup);
    }
    for (const media of operation.body?.media ?? [])
      mediaExamples(ctx, media.schema, media.examples, media.at.pointer, lookup);
    const { success } = operation;
    if (success.schema !== undefined && success.mediaType !== undefined && success.kind === 'json')
      mediaExamples(
        ctx,
        success.schema,
        success.examples,
        joinPointer(success.at.pointer, 'content', success.mediaType),
        lookup,
      );
  }
}

function mediaExamples(
  ctx: BuildContext,
  schema: Schema,
  examples: readonly NamedExample[],
  mediaPointer: string,
  named: (id: string) => Schema,
): void {
  for (const example of examples) {
    const pointer =
      example.name === 'example'
        ? joinPointer(mediaPointer, 'example')
        : joinPointer(mediaPointer, 'examples', example.name, 'value');
    report(ctx, schema, example.value, pointer, named);
  }
}

function report(ctx: BuildContext, schema: Schema, value: Json, pointer: string, named: (id: string) => Schema): void {
  const issue = checkValue(schema, value, named);
  if (issue === undefined) return;
  const where = issue.path === '' ? '' : ` at ${issue.path}`;
  ctx.issues.warn(
    'example_invalid',
    ctx.spec.locate(pointer),
    `example ${preview(value)} breaks its schema${where}: ${issue.message} (${issue.keyword})`,
  );
}

function preview(value: Json): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
