import { describe } from 'vitest';
import type { Stmt } from '../../generator/emit/ast.js';
import * as b from '../../generator/emit/build.js';
import { runTable } from './table.js';

const call = (name: string): Stmt => b.exprStmt(b.call(b.id(name)));
const inFunction = (body: readonly Stmt[]): Stmt[] => [b.fn('f', [], body)];

describe('control flow', () => {
  runTable([
    {
      name: 'if, else if and else',
      given: [b.ifThen(b.id('a'), [call('one')], b.ifThen(b.id('b'), [call('two')], [call('three')]))],
      want: 'if (a) {\n  one();\n} else if (b) {\n  two();\n} else {\n  three();\n}\n',
    },
    {
      name: 'a bare if on one line',
      given: inFunction([b.ifThen(b.not(b.id('ok')), [b.ret(b.bool(false))])]),
      want: 'function f() {\n  if (!ok) return false;\n}\n',
    },
    {
      name: 'a bare if with a declaration keeps braces',
      given: [{ kind: 'if', test: b.id('a'), then: [b.constDecl('x', b.num(1))], bare: true }],
      want: 'if (a) {\n  const x = 1;\n}\n',
    },
    {
      name: 'empty blocks: if keeps a line, functions and loops do not',
      given: [
        { kind: 'if', test: b.id('a'), then: [] },
        { kind: 'while', test: b.id('a'), body: [] },
        b.fn('g', [], []),
      ],
      want: 'if (a) {\n}\nwhile (a) {}\nfunction g() {}\n',
    },
    {
      name: 'a negated logical condition stays inline',
      given: [b.ifThen(b.not(b.and(b.id('a'), b.id('b'))), [call('go')])],
      want: 'if (!(a && b)) go();\n',
    },
    {
      name: 'for, for-of and for-in',
      given: [
        {
          kind: 'for',
          init: { kind: 'variable', declare: 'let', name: 'i', init: b.num(0) },
          test: b.lt(b.id('i'), b.id('n')),
          update: { kind: 'update', operator: '++', operand: b.id('i') },
          body: [call('step')],
        },
        { kind: 'for', body: [{ kind: 'break' }] },
        { kind: 'forOf', declare: 'const', name: 'item', iterable: b.id('items'), body: [{ kind: 'continue' }] },
        { kind: 'forIn', declare: 'const', name: 'key', object: b.id('record'), body: [call('visit')] },
      ],
      want: 'for (let i = 0; i < n; i++) {\n  step();\n}\nfor (;;) {\n  break;\n}\nfor (const item of items) {\n  continue;\n}\nfor (const key in record) {\n  visit();\n}\n',
    },
    {
      name: '`in` inside a for initialiser gets parentheses',
      given: [
        {
          kind: 'for',
          init: { kind: 'variable', declare: 'let', name: 'has', init: b.binary('in', b.str('a'), b.id('o')) },
          body: [],
        },
      ],
      want: "for (let has = ('a' in o); ;) {}\n",
    },
    {
      name: 'for await',
      given: [
        b.fn(
          'f',
          [],
          [{ kind: 'forOf', declare: 'const', name: 'chunk', iterable: b.id('stream'), body: [], await: true }],
          { async: true },
        ),
      ],
      want: 'async function f() {\n  for await (const chunk of stream) {\n  }\n}\n',
    },
    {
      name: 'return and throw',
      given: inFunction([b.throwStmt(b.newExpr(b.id('Error'), [b.str('bad')])), b.ret()]),
      want: "function f() {\n  throw new Error('bad');\n  return;\n}\n",
    },
    {
      name: 'try, catch and finally',
      given: [
        {
          kind: 'try',
          body: [call('work')],
          catchParam: 'error',
          catchBody: [call('log')],
          finallyBody: [call('done')],
        },
        { kind: 'try', body: [call('work')], catchBody: [] },
      ],
      want: 'try {\n  work();\n} catch (error) {\n  log();\n} finally {\n  done();\n}\ntry {\n  work();\n} catch {}\n',
    },
    { name: 'a block statement', given: [{ kind: 'block', body: [call('inner')] }], want: '{\n  inner();\n}\n' },
    {
      name: 'a string statement in a block gets parentheses',
      given: inFunction([b.exprStmt(b.str('not a directive'))]),
      want: "function f() {\n  ('not a directive');\n}\n",
    },
  ]);
});

describe('blank lines and comments', () => {
  runTable([
    {
      name: 'at most one blank line, none at the ends',
      given: [b.blank, call('a'), b.blank, b.blank, call('b'), b.blank],
      want: 'a();\n\nb();\n',
    },
    {
      name: 'no blank line at the start or end of a block',
      given: inFunction([b.blank, call('a'), b.blank]),
      want: 'function f() {\n  a();\n}\n',
    },
    {
      name: 'a header comment, then a blank line',
      given: [
        { kind: 'comment', doc: ['Generated from spec/openapi.yaml; do not edit.', '', 'Second paragraph.'] },
        b.blank,
        call('a'),
      ],
      want: '/**\n * Generated from spec/openapi.yaml; do not edit.\n *\n * Second paragraph.\n */\n\na();\n',
    },
    {
      name: 'a one-line doc stays one line; `*/` is escaped',
      given: [{ kind: 'comment', doc: ['Ends with */ here.  '] }],
      want: '/** Ends with *\\/ here. */\n',
    },
    {
      name: 'line breaks inside an entry become doc lines',
      given: [b.constDecl('x', b.num(1), { doc: ['first\nsecond\r\nthird'] })],
      want: '/**\n * first\n * second\n * third\n */\nconst x = 1;\n',
    },
    {
      name: 'comments inside blocks follow the indentation',
      given: inFunction([{ kind: 'comment', doc: ['a', 'b'] }, call('a')]),
      want: 'function f() {\n  /**\n   * a\n   * b\n   */\n  a();\n}\n',
    },
    { name: 'an empty module is empty', given: [b.blank], want: '' },
  ]);
});
