import type { Schema, SchemaNode } from '../model/schema.js';
import type { Direction } from './keyword.js';
import { subschemasOf } from './walk.js';

/**
 * Below this many characters of structure, an inline subschema is cheaper written out where it
 * is used than called: a type test or a bound or two.
 */
const WORTH_A_FUNCTION = 120;

const KEYS = new WeakMap<SchemaNode, string>();

/**
 * What an inline subschema's check code depends on, as text: its keywords and `format`
 * annotation, references by target (within one module a target has one function). Source
 * positions and other annotations never change the code.
 */
export function structureOf(node: SchemaNode, direction: Direction): string {
  let key = KEYS.get(node);
  if (key === undefined) {
    key = JSON.stringify(node, (name, value: unknown) => {
      // Constant values are data: an `at` key inside them is compared, never dropped.
      if (name === 'enum' || name === 'const') return JSON.stringify(value);
      if (name === 'at') return undefined;
      if (name === 'annotations') {
        const format = (value as { format?: string }).format;
        return format === undefined ? undefined : { format };
      }
      return value;
    });
    KEYS.set(node, key);
  }
  return `${direction}|${key}`;
}

/**
 * The structures of the inline subschemas that occur more than once under a module's roots (or
 * are a root's), big enough to be worth one function called from each place they occur.
 */
export function repeatedStructures(roots: readonly { schema: Schema; direction: Direction }[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const visit = (schema: Schema, direction: Direction, root: boolean): void => {
    if (schema.kind === 'ref') return;
    const key = structureOf(schema, direction);
    if (key.length >= WORTH_A_FUNCTION) {
      if (seen.has(key)) repeated.add(key);
      else seen.add(key);
      // A repeat's own subschemas repeat with it: counting them again would hoist every level.
      if (!root && repeated.has(key)) return;
    }
    for (const child of subschemasOf(schema)) visit(child, direction, false);
  };
  for (const { schema, direction } of roots) visit(schema, direction, true);
  return repeated;
}
