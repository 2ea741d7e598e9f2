import type { Expr } from '../../emit/ast.js';
import { arr, call, chain, element, eq, id, kw, member, newExpr, str } from '../../emit/build.js';
import type { SchemaNode } from '../../model/schema.js';
import type { CheckContext, KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readSchema } from '../read-values.js';
import { DEFAULT_PATTERN_BOUND, isFalseSchema, keysOf, patternTest, testPattern } from '../code.js';

/**
 * `additionalProperties`: the own keys that neither `properties` names nor a `patternProperties`
 * pattern matches. `false` reports each such key at the object (as ajv does); a schema checks its
 * value at the key.
 */
export const additionalPropertiesKeyword: KeywordDefinition<'additionalProperties'> = {
  keyword: 'additionalProperties',
  subschemas: (schema) => [schema],
  applies: 'object',
  read: (raw, cx) => readSchema(raw, 'additionalProperties', cx),
  trivial: (schema, _node, cx) => cx.alwaysValid(schema),
  check(schema, cx) {
    const key = cx.fresh('key');
    const body = cx.collect(() => {
      const known = isKnown(id(key), cx.schema, cx);
      if (known !== undefined) cx.emit({ kind: 'if', test: known, then: [{ kind: 'continue' }], bare: true });
      if (isFalseSchema(schema))
        cx.failNow({ keyword: 'additionalProperties', message: MESSAGES.additionalProperties() });
      else
        cx.sub(schema, cx.local('entry', element(cx.data, id(key)), kw('unknown')), {
          dynamic: call(cx.helper('pointerToken'), [id(key)]),
        });
    });
    cx.emit({ kind: 'forOf', declare: 'const', name: key, iterable: keysOf(cx.data), body });
  },
  test(schema, data, cx) {
    const object = data as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (isKnownKey(key, cx.schema)) continue;
      const issue = isFalseSchema(schema)
        ? cx.issue('additionalProperties', MESSAGES.additionalProperties())
        : cx.sub(schema, object[key], key);
      if (issue !== undefined) return issue;
    }
    return undefined;
  },
  type: (schema, cx) => (isFalseSchema(schema) ? undefined : { kind: 'index', type: cx.of(schema) }),
};

/** Comparisons for a few names, a shared Set for many; then each pattern. */
function isKnown(key: Expr, node: SchemaNode, cx: CheckContext): Expr | undefined {
  const names = node.keywords.properties?.map((property) => property.name) ?? [];
  const tests: Expr[] = [];
  if (names.length > 0 && names.length <= 8) tests.push(...names.map((name) => eq(key, str(name))));
  if (names.length > 8) {
    const set = cx.constant('KEYS', `keys:${JSON.stringify(names)}`, () => newExpr(id('Set'), [arr(names.map(str))]));
    tests.push(call(member(set, 'has'), [key]));
  }
  for (const { pattern, superLinear } of node.keywords.patternProperties ?? [])
    tests.push(patternTest(pattern, superLinear === true, key, DEFAULT_PATTERN_BOUND, cx));
  return tests.length === 0 ? undefined : chain('||', tests);
}

function isKnownKey(key: string, node: SchemaNode): boolean {
  if (node.keywords.properties?.some((property) => property.name === key)) return true;
  const patterns = node.keywords.patternProperties ?? [];
  return patterns.some(({ pattern, superLinear }) =>
    testPattern(pattern, superLinear === true, key, DEFAULT_PATTERN_BOUND),
  );
}
