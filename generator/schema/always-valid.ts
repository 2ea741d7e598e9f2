import type { KeywordName, Schema } from '../model/schema.js';
import { definitionOf } from './keywords/index.js';

const VERDICTS = new WeakMap<Schema, boolean>();

/**
 * Whether a schema accepts every value, so that it needs no code at all: `{}`, annotations only,
 * or keywords that constrain nothing here (`minLength: 0`). A reference never is: what it names
 * is checked by its own function. A `type` always constrains.
 */
export function alwaysValid(schema: Schema): boolean {
  if (schema.kind === 'ref') return false;
  let verdict = VERDICTS.get(schema);
  if (verdict === undefined) {
    verdict =
      schema.keywords.type === undefined &&
      Object.entries(schema.keywords).every(([name, value]) => {
        const definition = definitionOf(name as KeywordName);
        return definition.check === undefined || definition.trivial?.(value as never, schema, { alwaysValid }) === true;
      });
    VERDICTS.set(schema, verdict);
  }
  return verdict;
}
