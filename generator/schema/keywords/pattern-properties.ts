import { call, element, id, kw } from '../../emit/build.js';
import type { PatternProperty } from '../../model/schema.js';
import { DEFAULT_PATTERN_BOUND, keysOf, patternTest, testPattern } from '../code.js';
import type { KeywordDefinition } from '../keyword.js';
import { readSchemaMap, regexpError } from '../read-values.js';

/**
 * `patternProperties`: the value of every own key a pattern matches. Keys are data too: a pattern
 * that can backtrack super-linearly is tried only on keys under the default bound.
 */
export const patternPropertiesKeyword: KeywordDefinition<'patternProperties'> = {
  keyword: 'patternProperties',
  subschemas: (patterns) => patterns.map((entry) => entry.schema),
  applies: 'object',
  read(raw, cx) {
    const entries = readSchemaMap(raw, 'patternProperties', cx);
    if (entries === undefined) return undefined;
    const patterns: PatternProperty[] = [];
    for (const { name: pattern, schema } of entries) {
      const error = regexpError(pattern);
      if (error !== undefined) {
        cx.warn(
          'invalid_schema',
          `patternProperties key is not a valid regular expression (${error}): not checked`,
          'patternProperties',
          pattern,
        );
        continue;
      }
      const superLinear = cx.superLinear(pattern);
      if (superLinear)
        cx.warn(
          'super_linear_pattern',
          `pattern can backtrack super-linearly (a ReDoS risk): keys over ${DEFAULT_PATTERN_BOUND} UTF-16 units are not matched against it`,
          'patternProperties',
          pattern,
        );
      patterns.push(superLinear ? { pattern, schema, superLinear } : { pattern, schema });
    }
    return patterns;
  },
  trivial: (patterns, _schema, cx) => patterns.every(({ schema }) => cx.alwaysValid(schema)),
  check(patterns, cx) {
    const key = cx.fresh('key');
    const body = cx.collect(() => {
      for (const { pattern, schema, superLinear } of patterns) {
        if (cx.alwaysValid(schema)) continue;
        const matched = patternTest(pattern, superLinear === true, id(key), DEFAULT_PATTERN_BOUND, cx);
        const at = { dynamic: call(cx.helper('pointerToken'), [id(key)]) };
        cx.emit({
          kind: 'if',
          test: matched,
          then: cx.collect(() => cx.sub(schema, cx.local('entry', element(cx.data, id(key)), kw('unknown')), at)),
        });
      }
    });
    cx.emit({ kind: 'forOf', declare: 'const', name: key, iterable: keysOf(cx.data), body });
  },
  test(patterns, data, cx) {
    const object = data as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      for (const { pattern, schema, superLinear } of patterns) {
        if (!testPattern(pattern, superLinear === true, key, DEFAULT_PATTERN_BOUND)) continue;
        const issue = cx.sub(schema, object[key], key);
        if (issue !== undefined) return issue;
      }
    }
    return undefined;
  },
  type: (patterns, cx) => ({
    kind: 'index',
    type: { kind: 'union', types: patterns.map(({ schema }) => cx.of(schema)) },
  }),
};
