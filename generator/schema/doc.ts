import type { KeywordName, Schema } from '../model/schema.js';
import { show } from './json.js';
import { definitionOf, KEYWORD_NAMES } from './keywords/index.js';

/**
 * The rules of a schema as short phrases for JSDoc and the README, each from its keyword's `doc`:
 * `one of "auto", "all", "manual"`, `at most 30 characters`, `>= 1`, `RFC 3339 date-time`,
 * then `format int64` for a format that is only described, and `default "all"`. A reference says
 * nothing here: its own type's docs say it once.
 */
export function docPhrases(schema: Schema): string[] {
  if (schema.kind === 'ref') return [];
  const phrases: string[] = [];
  for (const name of KEYWORD_NAMES) {
    const value = schema.keywords[name as KeywordName];
    const phrase = value === undefined ? undefined : definitionOf(name).doc?.(value as never, schema);
    if (phrase !== undefined) phrases.push(phrase);
  }
  const { format, default: fallback } = schema.annotations;
  if (format !== undefined && schema.keywords.format === undefined) phrases.push(`format ${format}`);
  if (fallback !== undefined) phrases.push(`default ${show(fallback.value)}`);
  return phrases;
}
