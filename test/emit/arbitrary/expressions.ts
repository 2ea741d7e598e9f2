/** Random expressions and object members, weighted towards long conditions, calls and descriptor objects. */
import fc from 'fast-check';
import type { Tie } from './common.js';
import type { Expr, ObjectMember } from '../../../generator/emit/ast.js';
import {
  BINARY_OPERATORS,
  DEPTH,
  compact,
  jsdoc,
  key,
  maybe,
  memberName,
  name,
  params,
  text,
  typeParams,
} from './common.js';

function objectMembers(tie: fc.LetrecTypedTie<Tie>): fc.Arbitrary<ObjectMember> {
  const expr = tie('expr');
  const body = fc.array(tie('stmt'), { maxLength: 3 });
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .record({ key, value: expr, doc: maybe(jsdoc, 8) })
        .map((value) => compact<ObjectMember>({ kind: 'property', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ key: expr, value: expr })
        .map((value): ObjectMember => ({ kind: 'property', ...value, computed: true })),
    },
    { weight: 2, arbitrary: name.map((member): ObjectMember => ({ kind: 'shorthand', name: member })) },
    { weight: 1, arbitrary: expr.map((inner): ObjectMember => ({ kind: 'spreadAssignment', expr: inner })) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          name: key,
          params: params(tie('type'), expr),
          returns: maybe(tie('type')),
          body,
          async: fc.boolean(),
        })
        .map((value) => compact<ObjectMember>({ kind: 'method', ...value, async: value.async || undefined })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ name: key, returns: maybe(tie('type')), body })
        .map((value) => compact<ObjectMember>({ kind: 'getter', ...value })),
    },
  );
}

export function exprArbitrary(tie: fc.LetrecTypedTie<Tie>): fc.Arbitrary<Expr> {
  const expr = tie('expr');
  const type = tie('type');
  const args = fc.array(
    fc.oneof(
      { weight: 8, arbitrary: expr },
      { weight: 1, arbitrary: expr.map((inner): Expr => ({ kind: 'spread', expr: inner })) },
    ),
    { maxLength: 4 },
  );
  const leaf = fc.oneof(
    { weight: 8, arbitrary: name.map((id): Expr => ({ kind: 'identifier', name: id })) },
    { weight: 1, arbitrary: fc.constant<Expr>({ kind: 'identifier', name: 'this' }) },
    { weight: 5, arbitrary: text.map((value): Expr => ({ kind: 'string', value })) },
    {
      weight: 3,
      arbitrary: fc
        .oneof(fc.nat(1000), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }))
        .map((value): Expr => ({ kind: 'number', value })),
    },
    { weight: 1, arbitrary: fc.boolean().map((value): Expr => ({ kind: 'boolean', value })) },
    { weight: 1, arbitrary: fc.constant<Expr>({ kind: 'null' }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Expr>(
        { kind: 'regexp', source: '^\\d+$', flags: 'u' },
        { kind: 'regexp', source: '[a-z/]+', flags: 'gi' },
        { kind: 'regexp', source: 'a\\/b', flags: '' },
      ),
    },
  );
  return fc.oneof(
    DEPTH,
    { weight: 12, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: fc
        .array(
          fc.oneof(
            expr,
            expr.map((inner): Expr => ({ kind: 'spread', expr: inner })),
          ),
          { maxLength: 5 },
        )
        .map((items): Expr => ({ kind: 'array', items })),
    },
    {
      weight: 2,
      arbitrary: fc
        .array(
          fc.nat(99999).map((value): Expr => ({ kind: 'number', value })),
          { minLength: 1, maxLength: 40 },
        )
        .map((items): Expr => ({ kind: 'array', items })),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({ members: fc.array(objectMembers(tie), { maxLength: 5 }), multiline: fc.boolean() })
        .map((value) => compact<Expr>({ kind: 'object', ...value, multiline: value.multiline || undefined })),
    },
    {
      weight: 4,
      arbitrary: fc.record({ object: expr, name: memberName, optional: fc.boolean() }).map((value) =>
        compact<Expr>({
          kind: 'member',
          ...value,
          optional: value.optional && value.name.length % 3 === 0 ? true : undefined,
        }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.record({ object: expr, index: expr }).map((value): Expr => ({ kind: 'element', ...value })),
    },
    {
      weight: 6,
      arbitrary: fc
        .record({ callee: expr, args, typeArgs: maybe(fc.array(type, { minLength: 1, maxLength: 2 }), 8) })
        .map((value) => compact<Expr>({ kind: 'call', ...value })),
    },
    { weight: 1, arbitrary: fc.record({ callee: expr, args }).map((value): Expr => ({ kind: 'new', ...value })) },
    {
      weight: 8,
      arbitrary: fc
        .record({ operator: fc.constantFrom(...BINARY_OPERATORS), left: expr, right: expr })
        .map((value): Expr => ({ kind: 'binary', ...value })),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({ operator: fc.constantFrom('&&', '||'), operands: fc.array(expr, { minLength: 3, maxLength: 6 }) })
        .map(({ operator, operands }) =>
          operands.slice(1).reduce<Expr>((left, right) => ({ kind: 'binary', operator, left, right }), operands[0]!),
        ),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({ operator: fc.constantFrom('!', '-', '+', '~', 'void'), operand: expr })
        .map((value) => ({ kind: 'unary', ...value }) as Expr),
    },
    { weight: 2, arbitrary: expr.map((operand): Expr => ({ kind: 'typeof', operand })) },
    {
      weight: 2,
      arbitrary: fc
        .record({ test: expr, then: expr, else: expr })
        .map((value): Expr => ({ kind: 'conditional', ...value })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({
          params: params(type, expr),
          body: fc.oneof(expr, fc.array(tie('stmt'), { maxLength: 3 })),
          async: fc.boolean(),
          returns: maybe(type),
          typeParams: typeParams(type),
        })
        .map((value) => compact<Expr>({ kind: 'arrow', ...value, async: value.async || undefined })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          name: maybe(name),
          params: params(type, expr),
          body: fc.array(tie('stmt'), { maxLength: 3 }),
          async: fc.boolean(),
          returns: maybe(type),
        })
        .map((value) => compact<Expr>({ kind: 'functionExpr', ...value, async: value.async || undefined })),
    },
    { weight: 2, arbitrary: fc.record({ expr, type }).map((value): Expr => ({ kind: 'as', ...value })) },
    { weight: 1, arbitrary: expr.map((inner): Expr => ({ kind: 'nonNull', expr: inner })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ operator: fc.constantFrom('=', '+=', '||=', '??='), target: expr, value: expr })
        .map((value) => ({ kind: 'assign', ...value }) as Expr),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ operator: fc.constantFrom('++', '--'), operand: expr, prefix: fc.boolean() })
        .map((value) => compact<Expr>({ kind: 'update', ...value, prefix: value.prefix || undefined } as Expr)),
    },
    { weight: 1, arbitrary: expr.map((operand): Expr => ({ kind: 'await', operand })) },
  );
}
