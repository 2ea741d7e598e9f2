import type { Schema } from '../../model/schema.js';
import type { KeywordDefinition, RawSchema, ReadContext } from '../keyword.js';
import { readSchema } from '../read-values.js';

/**
 * `if`, `then` and `else`: `if` is asked yes or no; the branch it picks checks the value inline, so
 * its problems are reported as its own. None of them shapes the type.
 */
export const ifKeyword: KeywordDefinition<'if'> = {
  keyword: 'if',
  subschemas: (schema) => [schema],
  applies: 'any',
  read: (raw, cx) => readSchema(raw, 'if', cx),
  trivial: (_schema, node, cx) =>
    alwaysValidOrAbsent(node.keywords.then, cx) && alwaysValidOrAbsent(node.keywords.else, cx),
  check(schema, cx) {
    const { then, else: otherwise } = cx.schema.keywords;
    const branch = (member: Schema | undefined) => () => {
      if (member !== undefined && !cx.alwaysValid(member)) cx.sub(member, cx.data);
    };
    const thenBody = cx.collect(branch(then));
    const elseBody = cx.collect(branch(otherwise));
    const test = cx.matches(schema, cx.data, 'if');
    if (elseBody.length === 0) cx.emit({ kind: 'if', test, then: thenBody });
    else if (thenBody.length === 0)
      cx.emit({ kind: 'if', test: { kind: 'unary', operator: '!', operand: test }, then: elseBody });
    else cx.emit({ kind: 'if', test, then: thenBody, else: elseBody });
  },
  test(schema, data, cx) {
    const branch = cx.matches(schema, data) ? cx.schema.keywords.then : cx.schema.keywords.else;
    return branch === undefined ? undefined : cx.sub(branch, data);
  },
};

export const thenKeyword: KeywordDefinition<'then'> = {
  keyword: 'then',
  subschemas: (schema) => [schema],
  applies: 'any',
  read: (raw, cx) => readBranch(raw, 'then', cx),
};

export const elseKeyword: KeywordDefinition<'else'> = {
  keyword: 'else',
  subschemas: (schema) => [schema],
  applies: 'any',
  read: (raw, cx) => readBranch(raw, 'else', cx),
};

/** `then` and `else` mean nothing without `if` (ajv ignores them too). */
function readBranch(raw: RawSchema, key: 'then' | 'else', cx: ReadContext): Schema | undefined {
  if (raw.if !== undefined) return readSchema(raw, key, cx);
  if (raw[key] !== undefined) cx.warn('invalid_schema', `'${key}' without 'if' has no effect: ignored`, key);
  return undefined;
}

function alwaysValidOrAbsent(schema: Schema | undefined, cx: { alwaysValid(schema: Schema): boolean }): boolean {
  return schema === undefined || cx.alwaysValid(schema);
}
