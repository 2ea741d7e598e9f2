import { gt, id, lt, num, or } from '../../emit/build.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readCount, readSchema, warnOrder } from '../read-values.js';

/**
 * `contains`, with `minContains` (default 1) and `maxContains`, which mean nothing without it
 * (ajv ignores them too). The items that match are counted; no item's own problems are reported.
 */
export const containsKeyword: KeywordDefinition<'contains'> = {
  keyword: 'contains',
  subschemas: (schema) => [schema],
  applies: 'array',
  read: (raw, cx) => readSchema(raw, 'contains', cx),
  trivial: (schema, node, cx) =>
    cx.alwaysValid(schema) && (node.keywords.minContains ?? 1) === 0 && node.keywords.maxContains === undefined,
  check(schema, cx) {
    const { minContains: min = 1, maxContains: max } = cx.schema.keywords;
    const count = cx.fresh('matched');
    const item = cx.fresh('item');
    cx.emit({ kind: 'variable', declare: 'let', name: count, init: num(0) });
    const matches = cx.matches(schema, id(item), 'contains');
    const increment = { kind: 'expression', expr: { kind: 'update', operator: '++', operand: id(count) } } as const;
    const body = [{ kind: 'if', test: matches, then: [increment], bare: true } as const];
    cx.emit({ kind: 'forOf', declare: 'const', name: item, iterable: cx.data, body });
    const broken = max === undefined ? lt(id(count), num(min)) : or(lt(id(count), num(min)), gt(id(count), num(max)));
    cx.fail(broken, { keyword: 'contains', message: MESSAGES.contains(min, max) });
  },
  test(schema, data, cx) {
    const { minContains: min = 1, maxContains: max } = cx.schema.keywords;
    const count = (data as readonly unknown[]).filter((item) => cx.matches(schema, item)).length;
    return count < min || (max !== undefined && count > max)
      ? cx.issue('contains', MESSAGES.contains(min, max))
      : undefined;
  },
};

/** Read by `contains`'s check; alone it constrains nothing. */
export const minContainsKeyword: KeywordDefinition<'minContains'> = {
  keyword: 'minContains',
  applies: 'array',
  read: (raw, cx) => readCount(raw, 'minContains', cx),
};

export const maxContainsKeyword: KeywordDefinition<'maxContains'> = {
  keyword: 'maxContains',
  applies: 'array',
  read(raw, cx) {
    const limit = readCount(raw, 'maxContains', cx);
    warnOrder(cx.sofar.minContains, limit, ['minContains', 'maxContains'], cx);
    return limit;
  },
};
