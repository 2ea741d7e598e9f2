import { kw, propSig, str } from '../../emit/build.js';
import type { Property } from '../../model/schema.js';
import { isDefined, isUndefined, ownProperty } from '../code.js';
import type { CheckContext, KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readSchemaMap } from '../read-values.js';

/**
 * `properties`, in the spec's order. The check also does `required` for the properties declared
 * here (one read of each property serves both); `required` checks only the names it alone lists.
 * Only own properties count: a `constructor` every object inherits is not a property it has.
 */
export const propertiesKeyword: KeywordDefinition<'properties'> = {
  keyword: 'properties',
  subschemas: (properties) => properties.map((property) => property.schema),
  applies: 'object',
  read: (raw, cx) => readSchemaMap(raw, 'properties', cx),
  trivial: (properties, schema, cx) =>
    properties.every(
      (property) => cx.alwaysValid(property.schema) && !schema.keywords.required?.includes(property.name),
    ),
  check(properties, cx) {
    const required = new Set(cx.schema.keywords.required ?? []);
    for (const property of properties) checkProperty(property, required.has(property.name), cx);
  },
  test(properties, data, cx) {
    const object = data as Record<string, unknown>;
    for (const { name, schema } of properties) {
      const value = Object.hasOwn(object, name) ? object[name] : undefined;
      const issue = value === undefined ? undefined : cx.sub(schema, value, name);
      if (issue !== undefined) return issue;
    }
    return undefined;
  },
  type(properties, cx, schema) {
    const required = new Set(schema.keywords.required ?? []);
    const members = properties.map(({ name, schema: member }) => {
      const doc = cx.doc(member);
      return propSig(name, cx.of(member), {
        ...(required.has(name) ? {} : { optional: true }),
        ...(doc === undefined ? {} : { doc }),
      });
    });
    return { kind: 'members', members };
  },
};

function checkProperty({ name, schema }: Property, required: boolean, cx: CheckContext): void {
  const missing = { keyword: 'required', message: MESSAGES.required(name), param: str(name) };
  if (cx.alwaysValid(schema)) {
    if (required) cx.fail(isUndefined(ownProperty(cx.data, name)), missing);
    return;
  }
  const value = cx.local(name, ownProperty(cx.data, name), kw('unknown'));
  if (required) cx.failElse(isUndefined(value), missing, () => cx.sub(schema, value, name));
  else cx.emit({ kind: 'if', test: isDefined(value), then: cx.collect(() => cx.sub(schema, value, name)) });
}
