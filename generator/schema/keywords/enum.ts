import type { Expr } from '../../emit/ast.js';
import {
  arr,
  arrow,
  call,
  chain,
  id,
  kw,
  literal,
  member,
  neq,
  newExpr,
  not,
  param,
  typeRef,
} from '../../emit/build.js';
import type { Json } from '../../model/at.js';
import { RUNTIME } from '../helpers.js';
import { fitsType, isPrimitive, show } from '../json.js';
import type { CheckContext, KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';

/**
 * `enum`. Members of several types are legal JSON Schema (and typed as a union); a member the
 * schema's `type` rules out can never be valid, which is worth a warning, not a refusal.
 */
export const enumKeyword: KeywordDefinition<'enum'> = {
  keyword: 'enum',
  applies: 'any',
  read(raw, cx) {
    const members = raw.enum;
    if (members === undefined) return undefined;
    if (!Array.isArray(members) || members.length === 0) {
      cx.warn('invalid_schema', 'enum must be a non-empty array: ignored', 'enum');
      return undefined;
    }
    const types = cx.sofar.type;
    members.forEach((member, index) => {
      if (types !== undefined && !types.some((type) => fitsType(member, type)))
        cx.warn(
          'invalid_schema',
          `enum member ${show(member as Json)} is not of the schema's type ${types.join(' | ')}: it can never be valid`,
          'enum',
          index,
        );
    });
    return members as Json[];
  },
  check(members, cx) {
    cx.fail(notAmong(members, cx), { keyword: 'enum', message: MESSAGES.enum() });
  },
  test: (members, data, cx) =>
    members.some((member) => RUNTIME.deepEqual(member, data)) ? undefined : cx.issue('enum', MESSAGES.enum()),
  type: (members) => ({ kind: 'literals', values: members }),
  doc: (members) => `one of ${members.map(show).join(', ')}`,
};

/** Up to four primitives compare inline; more go in a shared Set; objects and arrays compare deeply. */
export function notAmong(members: readonly Json[], cx: CheckContext): Expr {
  const { data } = cx;
  if (!members.every(isPrimitive)) {
    const list = cx.constant('ENUM', `enum:${JSON.stringify(members)}`, () => literal(members));
    const item = cx.fresh('member');
    const same = arrow([param(item)], call(cx.helper('deepEqual'), [id(item), data]));
    return not(call(member(list, 'some'), [same]));
  }
  if (members.length <= 4)
    return chain(
      '&&',
      members.map((value) => neq(data, literal(value))),
    );
  // Typed as a set of unknowns: `has` is then asked about any value, not only the members' type.
  const set = cx.constant(
    'ENUM',
    `set:${JSON.stringify(members)}`,
    () => newExpr(id('Set'), [arr(members.map((value) => literal(value)))]),
    typeRef('ReadonlySet', [kw('unknown')]),
  );
  return not(call(member(set, 'has'), [data]));
}
