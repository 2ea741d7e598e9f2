import { describe, expect, it } from 'vitest';
import type { Json } from '../../generator/model.js';
import { _, CodeWriter, docBlock, ident, jsdoc, Names, prop, str } from '../../generator/render/codegen.js';

describe('str turns any JSON value into a literal', () => {
  it.each([
    ['a string', 'a"b\\c', '"a\\"b\\\\c"'],
    ['line separators, which JSON allows raw and JavaScript strings once did not', '\u2028\u2029', '"\\u2028\\u2029"'],
    ['a number', 1e21, '1e+21'],
    ['null', null, 'null'],
    ['an array', [1, 'x', { a: true }], '[1,"x",{"a":true}]'],
  ] as const)('%s', (_name, value, want) => {
    expect(str(value).toString()).toBe(want);
  });

  it('goes through JSON.parse when an object has a __proto__ key, which an object literal would turn into a prototype', () => {
    const value = JSON.parse('{"a":[{"__proto__":{"x":1}}]}') as Json;
    expect(str(value).toString()).toBe('JSON.parse("{\\"a\\":[{\\"__proto__\\":{\\"x\\":1}}]}")');
  });

  it('refuses numbers that have no JSON literal', () => {
    expect(() => str(Number.NaN)).toThrow(/no literal/);
    expect(() => str(Number.POSITIVE_INFINITY)).toThrow(/no literal/);
  });
});

describe('the _ template tag', () => {
  it('splices code as is and quotes plain values', () => {
    const name = ident('value');
    expect(_`if (${name} === ${'a"b'}) return ${false};`.toString()).toBe('if (value === "a\\"b") return false;');
  });

  it('cannot be fooled by a string that looks like code', () => {
    expect(_`x = ${'1; process.exit(1)'};`.toString()).toBe('x = "1; process.exit(1)";');
  });
});

describe('ident accepts identifiers only', () => {
  it.each(['a-b', 'class', '', '1a', 'a b', '*/', '__proto__.x'])('rejects %j', (name) => {
    expect(() => ident(name)).toThrow(/not an identifier/);
  });

  it.each(['a', '_a1', '$x', 'isBillingHistory'])('accepts %j', (name) => {
    expect(ident(name).toString()).toBe(name);
  });
});

describe('prop writes a member access', () => {
  it.each([
    ['id', 'o.id'],
    ['default', 'o.default'],
    ['a-b', 'o["a-b"]'],
    ['*/', 'o["*/"]'],
    ['\u2028', 'o["\\u2028"]'],
    ['', 'o[""]'],
  ])('%j -> %s', (name, want) => {
    expect(prop(ident('o'), name).toString()).toBe(want);
  });
});

describe('comments', () => {
  it('jsdoc escapes a comment closer and joins lines', () => {
    expect(jsdoc('a */ b\nc\u2028d').toString()).toBe('/** a *\\/ b c d */');
  });

  it('docBlock writes one line per line of text', () => {
    expect(docBlock(['one */', '', 'two']).map(String)).toEqual(['/**', ' * one *\\/', ' *', ' * two', ' */']);
  });
});

describe('Names gives each local a readable name no one else has', () => {
  it('camel-cases a spec name', () => {
    expect(new Names().fresh('occurred_at').toString()).toBe('occurredAt');
  });

  it('numbers a name already taken here or in the module', () => {
    const module = new Names(['codePointLength']);
    const locals = new Names(['value'], module);
    expect([locals.fresh('value'), locals.fresh('value'), locals.fresh('codePointLength')].map(String)).toEqual([
      'value2',
      'value3',
      'codePointLength2',
    ]);
  });

  it('falls back to a plain name for a hint with no letters, and never returns a reserved word', () => {
    const names = new Names();
    expect([names.fresh('*/'), names.fresh('default'), names.fresh('9lives')].map(String)).toEqual([
      'value',
      'default2',
      'value2',
    ]);
  });

  it('refuses to reserve the same name twice', () => {
    const names = new Names();
    names.reserve('isX');
    expect(() => names.reserve('isX')).toThrow(/used twice/);
  });
});

describe('CodeWriter', () => {
  it('indents blocks and if/else', () => {
    const w = new CodeWriter();
    w.block(_`function f()`, () =>
      w.ifElse(
        _`a`,
        () => w.line(_`b();`),
        () => w.line(_`c();`),
      ),
    );
    expect(w.toString()).toBe('function f() {\n  if (a) {\n    b();\n  } else {\n    c();\n  }\n}\n');
  });
});
