import { id, kw } from '../../emit/build.js';
import { keysOf } from '../code.js';
import type { KeywordDefinition } from '../keyword.js';
import { readSchema } from '../read-values.js';

/**
 * `propertyNames`: every own key, as a string, against a schema. Problems are reported at the
 * object, as ajv reports them.
 */
export const propertyNamesKeyword: KeywordDefinition<'propertyNames'> = {
  keyword: 'propertyNames',
  subschemas: (schema) => [schema],
  applies: 'object',
  read: (raw, cx) => readSchema(raw, 'propertyNames', cx),
  trivial: (schema, _node, cx) => cx.alwaysValid(schema),
  check(schema, cx) {
    const key = cx.fresh('key');
    const body = cx.collect(() => {
      // Typed unknown: the schema's enum or const may compare the key with numbers.
      const name = cx.local('name', id(key), kw('unknown'));
      cx.sub(schema, name);
    });
    cx.emit({ kind: 'forOf', declare: 'const', name: key, iterable: keysOf(cx.data), body });
  },
  test(schema, data, cx) {
    for (const key of Object.keys(data as object)) {
      const issue = cx.sub(schema, key);
      if (issue !== undefined) return issue;
    }
    return undefined;
  },
};
