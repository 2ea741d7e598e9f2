import type { KeywordName, Schema, SchemaNode } from '../model/schema.js';
import { definitionOf } from './keywords/index.js';

/** The subschemas a node holds directly, keyword by keyword, as each definition lists them. */
export function subschemasOf(node: SchemaNode): Schema[] {
  const found: Schema[] = [];
  for (const [name, value] of Object.entries(node.keywords)) {
    const definition = definitionOf(name as KeywordName);
    if (value !== undefined && definition.subschemas !== undefined)
      found.push(...definition.subschemas(value as never));
  }
  return found;
}

/** The ids of the named schemas `schema` refers to without going through another named schema. */
export function referencedIds(schema: Schema, into = new Set<string>(), seen = new Set<Schema>()): Set<string> {
  if (seen.has(schema)) return into;
  seen.add(schema);
  if (schema.kind === 'ref') into.add(schema.target);
  else for (const child of subschemasOf(schema)) referencedIds(child, into, seen);
  return into;
}
