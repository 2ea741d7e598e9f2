import type { Schema, SchemaObject } from '../model.js';
import { _, type Code, join } from './codegen.js';
import { emitSchema } from './validators-schema.js';
import { alwaysValid, check, type FnScope, type Site } from './validators-scope.js';

/**
 * allOf, anyOf and oneOf. allOf is written inline; a branch of anyOf or oneOf is a check
 * function asked yes or no (the named schema's own, or one hoisted for an inline branch),
 * because its failure must not end the enclosing function. Like ajv, a failed anyOf or oneOf reports the composite
 * keyword, not the errors of each branch.
 */
export function emitComposition(schema: SchemaObject, site: Site, s: FnScope): void {
  for (const member of schema.allOf ?? []) emitAllOfMember(member, site, s);
  if (schema.anyOf !== undefined) emitAnyOf(schema.anyOf, site, s);
  if (schema.oneOf !== undefined) emitOneOf(schema.oneOf, site, s);
}

/**
 * An inline member checks the same value through its own alias: its type check would otherwise
 * narrow the variable the next member tests.
 */
function emitAllOfMember(member: Schema, site: Site, s: FnScope): void {
  if (member.kind === 'ref' || alwaysValid(member)) return emitSchema(member, site, s);
  const alias = s.locals.fresh('member');
  s.w.line(_`const ${alias}: unknown = ${site.data};`);
  emitSchema(member, { data: alias, path: site.path }, s);
}

function emitAnyOf(members: readonly Schema[], site: Site, s: FnScope): void {
  if (members.some(alwaysValid)) return;
  const matches = members.map((member) => branchCall(member, 'anyOf', site, s));
  check(s, site, _`!(${join(matches, _` || `)})`, {
    keyword: 'anyOf',
    message: 'must match at least one schema in anyOf',
  });
}

/** oneOf counts every match: two matching branches fail it as surely as none. */
function emitOneOf(members: readonly Schema[], site: Site, s: FnScope): void {
  const count = join(
    members.map((member) => (alwaysValid(member) ? _`1` : _`(${branchCall(member, 'oneOf', site, s)} ? 1 : 0)`)),
    _` + `,
  );
  const matched = s.locals.fresh('matched');
  s.w.line(_`const ${matched} = ${count};`);
  const message = _`${'must match exactly one schema in oneOf (matched '} + ${matched} + ${')'}`;
  check(s, site, _`${matched} !== 1`, { keyword: 'oneOf', message });
}

function branchCall(member: Schema, keyword: string, site: Site, s: FnScope): Code {
  const fn =
    member.kind === 'ref' ? s.module.functionsOf(member.name).check : s.module.branch(s.owner, keyword, member);
  return _`${fn}(${site.data})`;
}
