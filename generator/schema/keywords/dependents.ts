import type { Dependent, Schema } from '../../model/schema.js';
import { isDefined, isUndefined, ownProperty } from '../code.js';
import type { KeywordDefinition, RawSchema, ReadContext } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { isObject, readNames } from '../read-values.js';

/**
 * `dependentRequired` and `dependentSchemas`: rules that apply when a property is present. Draft
 * 7's `dependencies` is read as both (an array is a list of names, a schema a schema), as ajv
 * still reads it.
 */
export const dependentRequiredKeyword: KeywordDefinition<'dependentRequired'> = {
  keyword: 'dependentRequired',
  applies: 'object',
  alsoReads: ['dependencies'],
  read(raw, cx) {
    const found: Dependent<readonly string[]>[] = [];
    for (const [key, property, value] of entries(raw, 'dependentRequired', cx)) {
      if (Array.isArray(value)) {
        const names = readNames(value, cx, key, property);
        if (names !== undefined && names.length > 0) found.push({ property, value: names });
      } else if (key === 'dependentRequired')
        cx.warn('invalid_schema', 'dependentRequired values must be arrays of names: ignored', key, property);
    }
    return found.length > 0 ? found : undefined;
  },
  check(dependents, cx) {
    for (const { property, value: names } of dependents) {
      const message = MESSAGES.dependentRequired(property, names);
      const body = cx.collect(() => {
        for (const name of names)
          cx.fail(isUndefined(ownProperty(cx.data, name)), { keyword: 'dependentRequired', message });
      });
      cx.emit({ kind: 'if', test: isDefined(ownProperty(cx.data, property)), then: body });
    }
  },
  test(dependents, data, cx) {
    const present = (name: string): boolean => own(data, name) !== undefined;
    const broken = dependents.find(({ property, value }) => present(property) && !value.every(present));
    return broken && cx.issue('dependentRequired', MESSAGES.dependentRequired(broken.property, broken.value));
  },
};

export const dependentSchemasKeyword: KeywordDefinition<'dependentSchemas'> = {
  keyword: 'dependentSchemas',
  subschemas: (dependents) => dependents.map((entry) => entry.value),
  applies: 'object',
  alsoReads: ['dependencies'],
  read(raw, cx) {
    const found: Dependent<Schema>[] = [];
    for (const [key, property, value] of entries(raw, 'dependentSchemas', cx)) {
      if (typeof value === 'boolean' || isObject(value)) found.push({ property, value: cx.schema(key, property) });
      else if (key === 'dependentSchemas')
        cx.warn('invalid_schema', 'dependentSchemas values must be schemas: ignored', key, property);
    }
    return found.length > 0 ? found : undefined;
  },
  trivial: (dependents, _schema, cx) => dependents.every(({ value }) => cx.alwaysValid(value)),
  check(dependents, cx) {
    for (const { property, value } of dependents) {
      if (cx.alwaysValid(value)) continue;
      cx.emit({
        kind: 'if',
        test: isDefined(ownProperty(cx.data, property)),
        then: cx.collect(() => cx.sub(value, cx.data)),
      });
    }
  },
  test(dependents, data, cx) {
    for (const { property, value } of dependents) {
      const issue = own(data, property) === undefined ? undefined : cx.sub(value, data);
      if (issue !== undefined) return issue;
    }
    return undefined;
  },
};

/** `[key, property, value]` of the 2020-12 keyword, then of draft 7's `dependencies`. */
function entries(raw: RawSchema, key: string, cx: ReadContext): [string, string, unknown][] {
  const found: [string, string, unknown][] = [];
  for (const source of [key, 'dependencies']) {
    const value = raw[source];
    if (value === undefined) continue;
    if (!isObject(value)) {
      if (source === key) cx.warn('invalid_schema', `${key} must be an object: ignored`, key);
      continue;
    }
    for (const [property, member] of Object.entries(value)) found.push([source, property, member]);
  }
  return found;
}

function own(data: unknown, name: string): unknown {
  const object = data as Record<string, unknown>;
  return Object.hasOwn(object, name) ? object[name] : undefined;
}
