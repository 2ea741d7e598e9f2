import { describe } from 'vitest';
import type { Expr, Stmt } from '../../generator/emit/ast.js';
import * as b from '../../generator/emit/build.js';
import { runTable } from './table.js';

const long = (name: string): Expr => b.id(`${name}WithAVeryLongNameThatNeedsRoom`);
const constOf = (init: Expr, name = 'result'): Stmt[] => [b.constDecl(name, init)];
const returned = (value: Expr): Stmt[] => [b.fn('f', [], [b.ret(value)])];

describe('member access and calls', () => {
  runTable([
    {
      name: 'optional chains, element access and non-null',
      given: constOf(b.element({ kind: 'member', object: b.id('a'), name: 'b', optional: true }, b.num(0))),
      want: 'const result = a?.b[0];\n',
    },
    {
      name: '`as` and `await` inside a member access get parentheses',
      given: [
        b.fn(
          'f',
          [],
          [
            b.exprStmt(b.member(b.as(b.id('a'), b.typeRef('T')), 'b')),
            b.exprStmt(b.member({ kind: 'await', operand: b.id('x') }, 'y')),
          ],
          { async: true },
        ),
      ],
      want: 'async function f() {\n  (a as T).b;\n  (await x).y;\n}\n',
    },
    {
      name: 'a number before a dot gets parentheses',
      given: b.call(b.member(b.num(1), 'toString')),
      want: '(1).toString();\n',
    },
    {
      name: 'the callee of new never captures a call',
      given: b.newExpr(b.member(b.call(b.id('factory')), 'Thing'), [b.num(1)]),
      want: 'new (factory().Thing)(1);\n',
    },
    {
      name: 'long arguments break one per line',
      given: b.call(b.id('reject'), [long('errors'), long('path'), b.str('must have required property'), long('more')]),
      want: "reject(\n  errorsWithAVeryLongNameThatNeedsRoom,\n  pathWithAVeryLongNameThatNeedsRoom,\n  'must have required property',\n  moreWithAVeryLongNameThatNeedsRoom,\n);\n",
    },
    {
      name: 'a last object argument hugs the call',
      given: b.call(b.id('request'), [
        b.str('GET'),
        b.obj([b.prop('path', long('path')), b.prop('query', long('query')), b.prop('body', long('body'))]),
      ]),
      want: "request('GET', {\n  path: pathWithAVeryLongNameThatNeedsRoom,\n  query: queryWithAVeryLongNameThatNeedsRoom,\n  body: bodyWithAVeryLongNameThatNeedsRoom,\n});\n",
    },
    {
      name: 'a last arrow argument hugs the call',
      given: b.call(b.member(b.id('items'), 'map'), [
        b.arrow([b.param('item')], [b.ret(b.call(b.id('transform'), [b.id('item'), long('options')]))]),
      ]),
      want: 'items.map((item) => {\n  return transform(item, optionsWithAVeryLongNameThatNeedsRoom);\n});\n',
    },
    {
      name: 'a first function argument hugs the call',
      given: b.call(b.id('setTimeout'), [b.arrow([], [b.exprStmt(b.call(b.id('tick')))]), b.num(10)]),
      want: 'setTimeout(() => {\n  tick();\n}, 10);\n',
    },
    {
      name: 'several callbacks break every argument',
      given: b.call(b.id('pipe'), [b.arrow([b.param('x')], b.id('x')), b.arrow([b.param('y')], b.id('y'))]),
      want: 'pipe(\n  (x) => x,\n  (y) => y,\n);\n',
    },
    {
      name: 'optional call and type arguments',
      given: { kind: 'call', callee: b.id('fn'), args: [], optional: true, typeArgs: [b.kw('string')] },
      want: 'fn?.<string>();\n',
    },
    {
      name: 'a long member chain breaks one call per line',
      given: b.call(
        b.member(
          b.call(b.member(b.call(b.member(b.id('items'), 'filter'), [b.arrow([b.param('x')], b.id('x'))]), 'map'), [
            b.arrow([b.param('x')], b.call(b.id('convert'), [b.id('x'), long('options')])),
          ]),
          'join',
        ),
        [b.str(', ')],
      ),
      want: "items\n  .filter((x) => x)\n  .map((x) => convert(x, optionsWithAVeryLongNameThatNeedsRoom))\n  .join(', ');\n",
    },
    {
      name: 'a pure call keeps its annotation before the callee',
      given: [
        b.constDecl('schema', b.call(b.id('object'), [b.obj([b.prop('id', b.str('x'))], true)], { pure: true }), {
          exported: true,
        }),
      ],
      want: "export const schema = /* @__PURE__ */ object({\n  id: 'x',\n});\n",
    },
  ]);
});

describe('optional chains', () => {
  const optional = (object: Expr, name: string): Expr => ({ kind: 'member', object, name, optional: true });
  runTable([
    {
      name: 'a chain continues past an optional link',
      given: [b.ifThen(b.member(optional(optional(b.id('options'), 'signal'), 'state'), 'aborted'), [b.ret()])],
      want: 'if (options?.signal?.state.aborted) return;\n',
    },
    {
      name: 'optional calls',
      given: [
        b.exprStmt({ kind: 'call', callee: optional(b.id('a'), 'b'), args: [] }),
        b.exprStmt({ kind: 'call', callee: b.id('f'), args: [], optional: true }),
      ],
      want: 'a?.b();\nf?.();\n',
    },
    {
      name: 'non-null inside a chain',
      given: constOf(b.member({ kind: 'nonNull', expr: optional(b.id('a'), 'b') }, 'c')),
      want: 'const result = a?.b!.c;\n',
    },
    {
      name: 'a long chain assigned to a member breaks at its last lookup (TypeScript wraps the chain)',
      given: [
        b.exprStmt(
          b.assign(
            b.member(b.id('a'), 'b'),
            b.member(
              optional(long('object'), 'property'),
              'andAnotherOneToMakeItVeryLongSoItMustBreakAcrossLinesNowForSureThisTime',
            ),
          ),
        ),
      ],
      want: 'a.b =\n  objectWithAVeryLongNameThatNeedsRoom?.property\n    .andAnotherOneToMakeItVeryLongSoItMustBreakAcrossLinesNowForSureThisTime;\n',
    },
    {
      name: 'the same chain stays whole for JavaScript',
      mode: 'js',
      given: [
        b.exprStmt(
          b.assign(
            b.member(b.id('a'), 'b'),
            b.member(
              optional(long('object'), 'property'),
              'andAnotherOneToMakeItVeryLongSoItMustBreakAcrossLinesNowForSureThisTime',
            ),
          ),
        ),
      ],
      want: 'a.b =\n  objectWithAVeryLongNameThatNeedsRoom?.property.andAnotherOneToMakeItVeryLongSoItMustBreakAcrossLinesNowForSureThisTime;\n',
    },
  ]);
});

describe('binary expressions', () => {
  const isString = b.eq(b.typeOf(b.id('value')), b.str('string'));
  runTable([
    {
      name: 'a chain whose every link ends in an array or object keeps them on the operator line',
      given: constOf(
        b.or(b.id('x'), b.arr([long('first'), long('second'), long('third')]), b.obj([b.prop('a', b.num(1))])),
      ),
      want: 'const result = x || [\n  firstWithAVeryLongNameThatNeedsRoom,\n  secondWithAVeryLongNameThatNeedsRoom,\n  thirdWithAVeryLongNameThatNeedsRoom,\n] || { a: 1 };\n',
    },
    {
      name: 'a right-nested chain ending in an object lays out as the left-nested one',
      given: constOf(
        b.and(
          b.arr([b.num(1), b.num(2)]),
          b.and(long('first'), b.and(long('second'), b.obj([b.prop('k', long('value'))]))),
        ),
      ),
      want: 'const result = [1, 2] &&\n  firstWithAVeryLongNameThatNeedsRoom &&\n  secondWithAVeryLongNameThatNeedsRoom && { k: valueWithAVeryLongNameThatNeedsRoom };\n',
    },
    {
      name: 'mixed && and || get parentheses',
      given: b.or(b.and(b.id('a'), b.id('b')), b.id('c')),
      want: '(a && b) || c;\n',
    },
    {
      name: '?? with || needs parentheses',
      given: b.binary('??', b.or(b.id('a'), b.id('b')), b.id('c')),
      want: '(a || b) ?? c;\n',
    },
    {
      name: 'a right operand of equal precedence keeps its parentheses',
      given: b.binary('-', b.id('a'), b.binary('-', b.id('b'), b.id('c'))),
      want: 'a - (b - c);\n',
    },
    {
      name: 'a right-nested chain of one logical operator prints flat',
      given: b.and(b.id('a'), b.and(b.id('b'), b.id('c'))),
      want: 'a && b && c;\n',
    },
    {
      name: '% beside + and inside bitwise operators',
      given: b.arr([
        b.binary('+', b.id('a'), b.binary('%', b.id('b'), b.id('c'))),
        b.binary('|', b.binary('+', b.id('a'), b.id('b')), b.id('c')),
      ]),
      want: '[a + (b % c), (a + b) | c];\n',
    },
    { name: 'typeof of a binary', given: b.typeOf(b.binary('+', b.id('a'), b.id('b'))), want: 'typeof (a + b);\n' },
    {
      name: 'a double negation and a negative of a negative',
      given: b.arr([b.not(b.not(b.id('x'))), { kind: 'unary', operator: '-', operand: b.num(-1) }]),
      want: '[!!x, -(-1)];\n',
    },
    {
      name: 'a long condition breaks inside the parentheses of if',
      given: [
        b.ifThen(
          b.and(
            isString,
            b.gt(b.member(b.id('value'), 'length'), long('maximum')),
            b.call(b.id('reject'), [long('errors'), b.str('maxLength')]),
          ),
          [b.ret(b.bool(false))],
        ),
      ],
      want: "if (\n  typeof value === 'string' &&\n  value.length > maximumWithAVeryLongNameThatNeedsRoom &&\n  reject(errorsWithAVeryLongNameThatNeedsRoom, 'maxLength')\n)\n  return false;\n",
    },
    {
      name: 'a long return value gets parentheses',
      given: returned(b.or(isString, b.eq(b.id('value'), long('expected')), b.eq(b.id('value'), long('fallback')))),
      want: "function f() {\n  return (\n    typeof value === 'string' ||\n    value === expectedWithAVeryLongNameThatNeedsRoom ||\n    value === fallbackWithAVeryLongNameThatNeedsRoom\n  );\n}\n",
    },
    {
      name: 'a long initialiser breaks after the operator',
      given: constOf(
        b.and(
          isString,
          b.gt(b.member(b.id('value'), 'length'), long('minimum')),
          b.call(b.id('matches'), [long('pattern')]),
        ),
      ),
      want: "const result =\n  typeof value === 'string' &&\n  value.length > minimumWithAVeryLongNameThatNeedsRoom &&\n  matches(patternWithAVeryLongNameThatNeedsRoom);\n",
    },
  ]);
});

describe('conditionals, functions and operators', () => {
  runTable([
    {
      name: 'a short conditional',
      given: constOf(b.conditional(b.id('a'), b.num(1), b.num(2))),
      want: 'const result = a ? 1 : 2;\n',
    },
    {
      name: 'a long conditional breaks before ? and :',
      given: constOf(
        b.conditional(
          b.call(b.id('isValid'), [long('value')]),
          b.call(b.id('accept'), [long('value')]),
          b.call(b.id('reject'), [long('value')]),
        ),
      ),
      want: 'const result = isValid(valueWithAVeryLongNameThatNeedsRoom)\n  ? accept(valueWithAVeryLongNameThatNeedsRoom)\n  : reject(valueWithAVeryLongNameThatNeedsRoom);\n',
    },
    {
      name: 'an arrow returning an object gets parentheses',
      given: constOf(b.arrow([b.param('x')], b.obj([{ kind: 'shorthand', name: 'x' }]))),
      want: 'const result = (x) => ({ x });\n',
    },
    {
      name: 'an arrow returning a conditional gets parentheses',
      given: constOf(b.arrow([], b.conditional(b.id('a'), b.id('b'), b.id('c')))),
      want: 'const result = () => (a ? b : c);\n',
    },
    {
      name: 'a lone type parameter of an arrow keeps its comma',
      given: constOf({
        kind: 'arrow',
        typeParams: [{ name: 'T' }],
        params: [b.param('x', b.typeRef('T'))],
        returns: b.typeRef('T'),
        body: b.id('x'),
      }),
      want: 'const result = <T,>(x: T): T => x;\n',
    },
    {
      name: 'types erased from an arrow',
      mode: 'js',
      given: constOf({
        kind: 'arrow',
        typeParams: [{ name: 'T' }],
        params: [b.param('x', b.typeRef('T'), { optional: true })],
        returns: b.typeRef('T'),
        body: b.as(b.id('x'), b.kw('any')),
        async: true,
      }),
      want: 'const result = async (x) => x;\n',
    },
    {
      name: 'curried arrows print as a chain',
      given: constOf(b.arrow([b.param('a')], b.arrow([b.param('b')], b.binary('+', b.id('a'), b.id('b'))))),
      want: 'const result = (a) => (b) => a + b;\n',
    },
    {
      name: 'function expressions',
      given: constOf({ kind: 'functionExpr', name: 'named', params: [], body: [], async: true, generator: true }),
      want: 'const result = async function* named() {};\n',
    },
    {
      name: 'assignment, update and spread',
      given: [
        b.exprStmt(b.assign(b.member(b.id('a'), 'b'), b.num(1))),
        b.exprStmt({ kind: 'assign', operator: '??=', target: b.id('c'), value: b.num(2) }),
        b.exprStmt({ kind: 'update', operator: '++', operand: b.id('i') }),
        b.exprStmt(b.call(b.id('f'), [{ kind: 'spread', expr: b.id('args') }])),
      ],
      want: 'a.b = 1;\nc ??= 2;\ni++;\nf(...args);\n',
    },
    {
      name: '`as` and `!` erased for JavaScript',
      mode: 'js',
      given: constOf(b.member({ kind: 'nonNull', expr: b.as(b.id('a'), b.typeRef('T')) }, 'b')),
      want: 'const result = a.b;\n',
    },
    {
      name: 'void and await',
      given: [
        b.fn(
          'f',
          [],
          [b.exprStmt({ kind: 'unary', operator: 'void', operand: { kind: 'await', operand: b.call(b.id('g')) } })],
          { async: true },
        ),
      ],
      want: 'async function f() {\n  void (await g());\n}\n',
    },
  ]);
});
