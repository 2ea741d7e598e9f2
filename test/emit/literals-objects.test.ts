import { describe } from 'vitest';
import type { Expr, Stmt } from '../../generator/emit/ast.js';
import * as b from '../../generator/emit/build.js';
import { runTable } from './table.js';

const long = (name: string): Expr => b.id(`${name}WithAVeryLongNameThatNeedsRoom`);
const constOf = (init: Expr, name = 'result'): Stmt[] => [b.constDecl(name, init)];

describe('literals', () => {
  runTable([
    { name: 'single quotes by default', given: b.str('plain'), want: "('plain');\n" },
    {
      name: 'double quotes when the text holds more single quotes',
      given: constOf(b.str("it's")),
      want: 'const result = "it\'s";\n',
    },
    {
      name: 'escapes for the enclosing quote only',
      given: constOf(b.str('a\'b"c')),
      want: "const result = 'a\\'b\"c';\n",
    },
    {
      name: 'line terminators, controls, lone surrogates and wide characters as escapes',
      given: constOf(b.str('a\nb\u2028c\u0001d\ud800e\u{1f600}f\u4e2dg\u00e9')),
      want: "const result = 'a\\nb\\u2028c\\u0001d\\ud800e\\u{1f600}f\\u4e2dgé';\n",
    },
    {
      name: 'numbers as Prettier normalises them',
      given: b.arr([b.num(1e21), b.num(1.5e-7), b.num(0.1), b.num(-2), b.num(5e-324)]),
      want: '[1e21, 1.5e-7, 0.1, -2, 5e-324];\n',
    },
    { name: 'booleans and null', given: b.arr([b.bool(true), b.bool(false), b.nul]), want: '[true, false, null];\n' },
    {
      name: 'regular expression flags sorted',
      given: constOf({ kind: 'regexp', source: '^a\\/b$', flags: 'ug' }),
      want: 'const result = /^a\\/b$/gu;\n',
    },
  ]);
});

describe('object literals', () => {
  runTable([
    { name: 'empty', given: constOf(b.obj([])), want: 'const result = {};\n' },
    {
      name: 'short stays on one line',
      given: constOf(b.obj([b.prop('a', b.num(1)), { kind: 'shorthand', name: 'value' }])),
      want: 'const result = { a: 1, value };\n',
    },
    {
      name: 'multiline stays expanded',
      given: constOf(b.obj([b.prop('a', b.num(1))], true)),
      want: 'const result = {\n  a: 1,\n};\n',
    },
    {
      name: 'keys quoted only when needed; reserved words stay bare',
      given: constOf(
        b.obj([
          b.prop('default', b.num(1)),
          b.prop('x-y', b.num(2)),
          b.prop('1', b.num(3)),
          b.prop('caf\u00e9', b.num(4)),
        ]),
      ),
      want: "const result = { default: 1, 'x-y': 2, '1': 3, 'caf\\u00e9': 4 };\n",
    },
    {
      name: 'numeric keys unquoted for JavaScript',
      mode: 'js',
      given: constOf(b.obj([b.prop('1', b.num(3)), b.prop('1.5', b.num(4)), b.prop('01', b.num(5))])),
      want: "const result = { 1: 3, 1.5: 4, '01': 5 };\n",
    },
    {
      name: 'documented members break the object',
      given: constOf(
        b.obj([b.prop('id', b.str('x'), ['The id.']), b.prop('name', b.str('y'), ['The name.', 'Second line.'])]),
      ),
      want: "const result = {\n  /** The id. */\n  id: 'x',\n  /**\n   * The name.\n   * Second line.\n   */\n  name: 'y',\n};\n",
    },
    {
      name: 'spread, computed key, method and getter',
      given: constOf(
        b.obj([
          { kind: 'spreadAssignment', expr: b.id('base') },
          { kind: 'property', key: b.id('key'), computed: true, value: b.num(1) },
          {
            kind: 'method',
            name: 'run',
            params: [b.param('x', b.kw('string'))],
            returns: b.kw('void'),
            body: [],
            async: true,
          },
          { kind: 'getter', name: 'size', returns: b.kw('number'), body: [b.ret(b.num(1))] },
        ]),
      ),
      want: 'const result = {\n  ...base,\n  [key]: 1,\n  async run(x: string): void {},\n  get size(): number {\n    return 1;\n  },\n};\n',
    },
    {
      name: 'a long object breaks one member per line',
      given: constOf(
        b.obj([b.prop('first', long('value')), b.prop('second', long('other')), b.prop('third', long('more'))]),
      ),
      want: 'const result = {\n  first: valueWithAVeryLongNameThatNeedsRoom,\n  second: otherWithAVeryLongNameThatNeedsRoom,\n  third: moreWithAVeryLongNameThatNeedsRoom,\n};\n',
    },
    {
      name: 'an object starting a statement gets parentheses',
      given: b.member(b.obj([b.prop('a', b.num(1))]), 'a'),
      want: '({ a: 1 }).a;\n',
    },
  ]);
});

describe('array literals', () => {
  runTable([
    { name: 'empty', given: constOf(b.arr([])), want: 'const result = [];\n' },
    {
      name: 'numbers fill lines',
      given: constOf(b.arr(Array.from({ length: 40 }, (_, index) => b.num(index * 1001)))),
      want: 'const result = [\n  0, 1001, 2002, 3003, 4004, 5005, 6006, 7007, 8008, 9009, 10010, 11011, 12012, 13013, 14014, 15015, 16016, 17017,\n  18018, 19019, 20020, 21021, 22022, 23023, 24024, 25025, 26026, 27027, 28028, 29029, 30030, 31031, 32032, 33033, 34034,\n  35035, 36036, 37037, 38038, 39039,\n];\n',
    },
    {
      name: 'objects with several members, one per line',
      given: constOf(
        b.arr([
          b.obj([b.prop('a', b.num(1)), b.prop('b', b.num(2))]),
          b.obj([b.prop('a', b.num(3)), b.prop('b', b.num(4))]),
        ]),
      ),
      want: 'const result = [\n  { a: 1, b: 2 },\n  { a: 3, b: 4 },\n];\n',
    },
    {
      name: 'other items one per line when too long',
      given: constOf(b.arr([long('first'), long('second'), long('third'), { kind: 'spread', expr: b.id('rest') }])),
      want: 'const result = [\n  firstWithAVeryLongNameThatNeedsRoom,\n  secondWithAVeryLongNameThatNeedsRoom,\n  thirdWithAVeryLongNameThatNeedsRoom,\n  ...rest,\n];\n',
    },
  ]);
});
