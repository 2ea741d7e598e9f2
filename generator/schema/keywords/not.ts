import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readSchema } from '../read-values.js';

/** `not`: fails when the member matches. It has no effect on the type (TypeScript cannot subtract). */
export const notKeyword: KeywordDefinition<'not'> = {
  keyword: 'not',
  subschemas: (schema) => [schema],
  applies: 'any',
  read: (raw, cx) => readSchema(raw, 'not', cx),
  check(schema, cx) {
    const failure = { keyword: 'not', message: MESSAGES.not() };
    if (cx.alwaysValid(schema)) cx.failNow(failure);
    else cx.fail(cx.matches(schema, cx.data, 'not'), failure);
  },
  test: (schema, data, cx) => (cx.matches(schema, data) ? cx.issue('not', MESSAGES.not()) : undefined),
};
