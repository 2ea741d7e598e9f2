import type { KeywordName, Schema, SchemaNode } from '../model/schema.js';
import { joinPointer } from '../util/pointer.js';
import { isFalseSchema } from './code.js';
import { isRecord } from './json.js';
import type { Applies, Direction, Issue, TestContext } from './keyword.js';
import { definitionOf, KEYWORD_NAMES } from './keywords/index.js';
import { MESSAGES } from './messages.js';

/** A `$ref` loop on one value (`A: allOf: [$ref: A]`) has no answer: give up rather than recurse forever. */
const MAX_DEPTH = 500;

/**
 * The generated checks' semantics, interpreted at generation time: the first problem of `value`
 * against `schema`, or undefined. The build stage validates `default`, `example(s)` and enum
 * members with it, without ajv (the generator does not load ajv). Each keyword's `test` is the
 * twin of its `check`, and both are tested against ajv on the same tables.
 */
export function checkValue(
  schema: Schema,
  value: unknown,
  named: (id: string) => Schema,
  direction: Direction = 'json',
): Issue | undefined {
  return new Interpreter(named, direction).at(schema, value, '', 0);
}

class Interpreter {
  constructor(
    readonly named: (id: string) => Schema,
    readonly direction: Direction,
  ) {}

  at(schema: Schema, data: unknown, path: string, depth: number): Issue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (schema.kind === 'ref') return this.at(this.named(schema.target), data, path, depth + 1);
    if (isFalseSchema(schema)) return { path, keyword: 'false schema', message: MESSAGES.falseSchema() };
    const cx = this.#context(schema, path, depth);
    for (const name of KEYWORD_NAMES) {
      const value = schema.keywords[name];
      if (value === undefined) continue;
      const issue = applies(name, value, data) ? definitionOf(name).test?.(value as never, data, cx) : undefined;
      if (issue !== undefined) return issue;
    }
    return undefined;
  }

  #context(schema: SchemaNode, path: string, depth: number): TestContext {
    const below = (at: string | number | undefined): string => (at === undefined ? path : joinPointer(path, at));
    return {
      path,
      schema,
      direction: this.direction,
      issue: (keyword, message, at) => ({ path: below(at), keyword, message }),
      sub: (child, data, at) => this.at(child, data, below(at), depth + 1),
      matches: (child, data) => this.at(child, data, path, depth + 1) === undefined,
    };
  }
}

/** JSON Schema's applicability: a keyword of one kind of value passes every other value. */
function applies(name: KeywordName, value: unknown, data: unknown): boolean {
  const declared = definitionOf(name).applies;
  const kind: Applies = typeof declared === 'function' ? declared(value as never) : declared;
  switch (kind) {
    case 'any':
      return true;
    case 'string':
      return typeof data === 'string';
    case 'number':
      return typeof data === 'number' && Number.isFinite(data);
    case 'object':
      return isRecord(data);
    case 'array':
      return Array.isArray(data);
  }
}
