import type { Stmt } from '../../emit/ast.js';
import { element, gt, id, kw, lt, num } from '../../emit/build.js';
import { isFalseSchema, lengthOf } from '../code.js';
import type { CheckContext, KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readSchema, readSchemaList } from '../read-values.js';

/**
 * `prefixItems` (a tuple's first items) and `items` (every item after them). `items: false` after
 * `prefixItems` closes the tuple; ajv reports that as `items`, with maxItems' message.
 */
export const prefixItemsKeyword: KeywordDefinition<'prefixItems'> = {
  keyword: 'prefixItems',
  subschemas: (schemas) => schemas,
  applies: 'array',
  read: (raw, cx) => readSchemaList(raw, 'prefixItems', cx),
  trivial: (schemas, _node, cx) => schemas.every((schema) => cx.alwaysValid(schema)),
  check(schemas, cx) {
    schemas.forEach((schema, index) => {
      if (cx.alwaysValid(schema)) return;
      const then = cx.collect(() =>
        cx.sub(schema, cx.local('item', element(cx.data, num(index)), kw('unknown')), String(index)),
      );
      cx.emit({ kind: 'if', test: gt(lengthOf(cx.data), num(index)), then });
    });
  },
  test(schemas, data, cx) {
    const items = data as readonly unknown[];
    for (let index = 0; index < Math.min(schemas.length, items.length); index++) {
      const issue = cx.sub(schemas[index]!, items[index], index);
      if (issue !== undefined) return issue;
    }
    return undefined;
  },
  type: (schemas, cx) => ({ kind: 'prefix', types: schemas.map((schema) => cx.of(schema)) }),
};

export const itemsKeyword: KeywordDefinition<'items'> = {
  keyword: 'items',
  subschemas: (schema) => [schema],
  applies: 'array',
  read(raw, cx) {
    if (Array.isArray(raw.items)) {
      cx.warn(
        'unsupported_keyword',
        "an array of schemas under 'items' is draft 7's tuple form; in 2020-12 write prefixItems: not checked",
        'items',
      );
      return undefined;
    }
    return readSchema(raw, 'items', cx);
  },
  trivial: (schema, _node, cx) => cx.alwaysValid(schema),
  check(schema, cx) {
    const start = cx.schema.keywords.prefixItems?.length ?? 0;
    if (isFalseSchema(schema) && start > 0) {
      cx.fail(gt(lengthOf(cx.data), num(start)), { keyword: 'items', message: MESSAGES.maxItems(start) });
      return;
    }
    cx.emit(
      loop(start, cx, (index) =>
        cx.sub(schema, cx.local('item', element(cx.data, id(index)), kw('unknown')), { dynamic: id(index) }),
      ),
    );
  },
  test(schema, data, cx) {
    const items = data as readonly unknown[];
    const start = cx.schema.keywords.prefixItems?.length ?? 0;
    if (isFalseSchema(schema) && start > 0)
      return items.length > start ? cx.issue('items', MESSAGES.maxItems(start)) : undefined;
    for (let index = start; index < items.length; index++) {
      const issue = cx.sub(schema, items[index], index);
      if (issue !== undefined) return issue;
    }
    return undefined;
  },
  type: (schema, cx) => ({ kind: 'items', type: isFalseSchema(schema) ? kw('never') : cx.of(schema) }),
};

/** `for (let i = start; i < data.length; i++) { ... }` */
export function loop(start: number, cx: CheckContext, body: (index: string) => void): Stmt {
  const index = cx.fresh('i');
  return {
    kind: 'for',
    init: { kind: 'variable', declare: 'let', name: index, init: num(start) },
    test: lt(id(index), lengthOf(cx.data)),
    update: { kind: 'update', operator: '++', operand: id(index) },
    body: cx.collect(() => body(index)),
  };
}
