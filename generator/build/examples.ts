import type { Json, NamedExample } from '../model/index.js';
import { isRecord, joinPointer } from '../util/pointer.js';
import { type BuildContext, objectAt, text } from './context.js';

/** A media type's `example`, or each of its `examples` that has a `value` (external ones do not). */
export function mediaExamples(ctx: BuildContext, pointer: string, node: Record<string, Json>): NamedExample[] {
  if (Object.hasOwn(node, 'example')) return [{ name: 'example', value: node.example as Json }];
  if (!isRecord(node.examples)) return [];
  return Object.keys(node.examples).flatMap((name) => {
    const example = objectAt(ctx, joinPointer(pointer, 'examples', name));
    if (example === undefined || !Object.hasOwn(example.node, 'value')) return [];
    const summary = text(example.node, 'summary');
    return [{ name, ...(summary === undefined ? {} : { summary }), value: example.node.value as Json }];
  });
}
