import { chain, conditional, neq, num } from '../../emit/build.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readSchemaList } from '../read-values.js';

/** `oneOf`: the members that match are counted; none and two both fail it. */
export const oneOfKeyword: KeywordDefinition<'oneOf'> = {
  keyword: 'oneOf',
  subschemas: (members) => members,
  applies: 'any',
  read: (raw, cx) => readSchemaList(raw, 'oneOf', cx),
  check(members, cx) {
    const counts = members.map((member) =>
      cx.alwaysValid(member) ? num(1) : conditional(cx.matches(member, cx.data, 'oneOf'), num(1), num(0)),
    );
    const matched = cx.local('matched', chain('+', counts));
    cx.fail(neq(matched, num(1)), { keyword: 'oneOf', message: MESSAGES.oneOf() });
  },
  test: (members, data, cx) =>
    members.filter((member) => cx.matches(member, data)).length === 1 ? undefined : cx.issue('oneOf', MESSAGES.oneOf()),
  type: (members, cx) => ({ kind: 'union', types: members.map((member) => cx.of(member)) }),
};
