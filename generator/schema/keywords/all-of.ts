import type { KeywordDefinition } from '../keyword.js';
import { readSchemaList } from '../read-values.js';

/** `allOf`: every member checks the same value inline, each problem reported as the member finds it. */
export const allOfKeyword: KeywordDefinition<'allOf'> = {
  keyword: 'allOf',
  subschemas: (members) => members,
  applies: 'any',
  read: (raw, cx) => readSchemaList(raw, 'allOf', cx),
  trivial: (members, _node, cx) => members.every((member) => cx.alwaysValid(member)),
  check(members, cx) {
    for (const member of members) if (!cx.alwaysValid(member)) cx.sub(member, cx.data);
  },
  test(members, data, cx) {
    for (const member of members) {
      const issue = cx.sub(member, data);
      if (issue !== undefined) return issue;
    }
    return undefined;
  },
  type: (members, cx, schema) => {
    const required = schema.keywords.required ?? [];
    return { kind: 'intersection', types: members.map((member) => cx.requiring(member, required)) };
  },
};
