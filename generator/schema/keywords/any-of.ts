import { chain, not } from '../../emit/build.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readSchemaList } from '../read-values.js';

/**
 * `anyOf`: each member asked yes or no, through its own function (a named schema's check, or a
 * hoisted branch), so that a failing member cannot end the enclosing check. Like ajv, a failed
 * anyOf reports itself rather than the problems of every member. A discriminator changes
 * nothing here: verdicts follow JSON Schema; it only shapes the types.
 */
export const anyOfKeyword: KeywordDefinition<'anyOf'> = {
  keyword: 'anyOf',
  subschemas: (members) => members,
  applies: 'any',
  read: (raw, cx) => readSchemaList(raw, 'anyOf', cx),
  trivial: (members, _node, cx) => members.some((member) => cx.alwaysValid(member)),
  check(members, cx) {
    const matched = chain(
      '||',
      members.map((member) => cx.matches(member, cx.data, 'anyOf')),
    );
    cx.fail(not(matched), { keyword: 'anyOf', message: MESSAGES.anyOf() });
  },
  test: (members, data, cx) =>
    members.some((member) => cx.matches(member, data)) ? undefined : cx.issue('anyOf', MESSAGES.anyOf()),
  type: (members, cx) => ({ kind: 'union', types: members.map((member) => cx.of(member)) }),
};
