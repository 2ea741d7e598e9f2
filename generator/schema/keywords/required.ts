import { str } from '../../emit/build.js';
import { isUndefined, ownProperty } from '../code.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readNames } from '../read-values.js';

/**
 * `required`. The names `properties` declares are checked there, with their schemas; this check
 * covers only names listed here alone. A property whose value is `undefined` is missing, as in ajv.
 */
export const requiredKeyword: KeywordDefinition<'required'> = {
  keyword: 'required',
  applies: 'object',
  read: (raw, cx) => (raw.required === undefined ? undefined : readNames(raw.required, cx, 'required')),
  trivial: (names, schema) => undeclared(names, schema.keywords.properties).length === 0,
  check(names, cx) {
    for (const name of undeclared(names, cx.schema.keywords.properties))
      cx.fail(isUndefined(ownProperty(cx.data, name)), {
        keyword: 'required',
        message: MESSAGES.required(name),
        param: str(name),
      });
  },
  test(names, data, cx) {
    const object = data as Record<string, unknown>;
    const missing = names.find((name) => !Object.hasOwn(object, name) || object[name] === undefined);
    return missing === undefined ? undefined : cx.issue('required', MESSAGES.required(missing));
  },
};

function undeclared(names: readonly string[], properties: readonly { readonly name: string }[] | undefined): string[] {
  const declared = new Set(properties?.map((property) => property.name));
  return names.filter((name) => !declared.has(name));
}
