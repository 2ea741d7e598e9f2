import type { Operation, Schema, SchemaNode } from '../model/index.js';
import { byObject } from '../util/by-object.js';

/**
 * The named schemas a schema mentions directly (not through other named schemas). Remembered by
 * schema: the model is never changed, and `--watch` keeps the schemas an edit did not touch.
 */
export const directRefs: (schema: Schema) => ReadonlySet<string> = byObject((schema: Schema) =>
  refsBelow(schema, new Set(), new Set()),
);

function refsBelow(schema: Schema, found: Set<string>, seen: Set<SchemaNode>): Set<string> {
  if (schema.kind === 'ref') {
    found.add(schema.target);
    return found;
  }
  if (seen.has(schema)) return found;
  seen.add(schema);
  const { keywords: k } = schema;
  const visit = (child: Schema | undefined): void => {
    if (child !== undefined) refsBelow(child, found, seen);
  };
  for (const property of k.properties ?? []) visit(property.schema);
  for (const pattern of k.patternProperties ?? []) visit(pattern.schema);
  for (const dependent of k.dependentSchemas ?? []) visit(dependent.value);
  for (const child of [k.additionalProperties, k.propertyNames, k.items, k.contains, k.not, k.if, k.then, k.else])
    visit(child);
  for (const list of [k.prefixItems, k.allOf, k.anyOf, k.oneOf]) for (const child of list ?? []) visit(child);
  for (const entry of k.discriminator?.mapping ?? []) found.add(entry.target);
  return found;
}

/** Every schema an operation's generated code touches: its inputs, and its success body. */
export function operationSchemas(operation: Operation): Schema[] {
  const schemas: Schema[] = operation.inputs.map((input) => input.schema);
  for (const media of operation.body?.media ?? []) schemas.push(media.schema);
  if (operation.success.schema !== undefined) schemas.push(operation.success.schema);
  if (operation.success.resultSchema !== undefined) schemas.push(operation.success.resultSchema);
  return schemas;
}

/** Named schema ids reachable from `roots`, following references transitively. */
export function reachable(roots: readonly Schema[], graph: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const found = new Set<string>();
  const pending: string[] = [];
  for (const root of roots) for (const id of directRefs(root)) pending.push(id);
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    for (const next of graph.get(id) ?? []) if (!found.has(next)) pending.push(next);
  }
  return found;
}
