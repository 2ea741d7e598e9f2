import { describe, expect, it } from 'vitest';
import type { Module, PrintMode, Stmt } from '../../generator/emit/ast.js';
import * as b from '../../generator/emit/build.js';
import { printModule } from '../../generator/emit/print.js';

const exported = { exported: true } as const;

const cases: readonly { name: string; given: readonly Stmt[]; mode?: PrintMode; error: string }[] = [
  {
    name: 'an identifier that is not one',
    given: [b.exprStmt(b.id('not valid'))],
    error: '"not valid" is not a valid identifier',
  },
  {
    name: 'a reserved word as an identifier',
    given: [b.exprStmt(b.id('class'))],
    error: '"class" is not a valid identifier',
  },
  {
    name: 'a reserved word as a binding',
    given: [b.constDecl('default', b.num(1))],
    error: '"default" is not a valid binding name',
  },
  {
    name: 'eval as a parameter',
    given: [b.fn('f', [b.param('eval')], [])],
    error: '"eval" is not a valid binding name',
  },
  {
    name: 'a predefined type name for a type',
    given: [{ kind: 'typeAlias', name: 'string', type: b.kw('number') }],
    error: '"string" is not a valid type name',
  },
  {
    name: 'a member name with a dash',
    given: [b.exprStmt(b.member(b.id('a'), 'x-y'))],
    error: '"x-y" is not a valid member name',
  },
  {
    name: 'a dotted type name with a bad part',
    given: [{ kind: 'typeAlias', name: 'T', type: b.typeRef('ns.1x') }],
    error: '"ns.1x" is not a valid dotted name',
  },
  {
    name: 'a regular expression that does not parse',
    given: [b.exprStmt({ kind: 'regexp', source: '(', flags: '' })],
    error: 'is not a regular expression',
  },
  {
    name: 'a regular expression with an unescaped slash',
    given: [b.exprStmt({ kind: 'regexp', source: 'a/b', flags: '' })],
    error: 'must be written as /a\\/b/',
  },
  {
    name: 'a number without a literal',
    given: [b.exprStmt({ kind: 'number', value: Number.NaN })],
    error: 'is not a non-negative finite number',
  },
  {
    name: 'a parameter both optional and defaulted',
    given: [b.fn('f', [b.param('a', undefined, { optional: true, default: b.num(1) })], [])],
    error: 'cannot be both optional and defaulted',
  },
  { name: 'a try without catch or finally', given: [{ kind: 'try', body: [] }], error: 'needs a catch or a finally' },
  {
    name: 'dts: an exported function without a return type',
    mode: 'dts',
    given: [b.fn('f', [], [], exported)],
    error: 'exported function f has no return type',
  },
  {
    name: 'dts: an exported const without a type or literal',
    mode: 'dts',
    given: [b.constDecl('x', b.call(b.id('make')), exported)],
    error: 'exported const x needs a type',
  },
  {
    name: 'dts: an exported let with a literal but no type',
    mode: 'dts',
    given: [{ kind: 'variable', declare: 'let', name: 'x', init: b.num(1), exported: true }],
    error: 'exported let x needs a type',
  },
  {
    name: 'dts: a class method without a return type',
    mode: 'dts',
    given: [
      { kind: 'class', name: 'C', exported: true, members: [{ kind: 'method', name: 'm', params: [], body: [] }] },
    ],
    error: 'C.m has no return type',
  },
];

describe('printModule refuses what cannot be printed', () => {
  it.each(cases)('$name', ({ given, mode = 'ts', error }) => {
    const module: Module = { body: given };
    expect(() => printModule(module, mode)).toThrow(error);
  });

  it('leaves unexported functions without return types alone in dts', () => {
    expect(printModule({ body: [b.fn('f', [], [])] }, 'dts')).toBe('');
  });
});
