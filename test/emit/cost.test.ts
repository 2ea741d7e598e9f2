import { describe, expect, it } from 'vitest';
import type { Expr, Stmt } from '../../generator/emit/ast.js';
import * as b from '../../generator/emit/build.js';
import { layout } from '../../generator/emit/layout.js';
import { printModule } from '../../generator/emit/print.js';
import { printNode } from '../../generator/emit/print-node.js';
import { Printer } from '../../generator/emit/printer.js';

/** How many node prints one statement takes: a hugged argument must not re-print its subtree. */
function printsFor(statement: Stmt): number {
  let prints = 0;
  const printer = new Printer(false, (p, args) => {
    prints += 1;
    return printNode(p, args);
  });
  printer.within({ body: [statement] }, 'root', () => layout(printer.print(statement, 'body'), 120), 'module');
  return prints;
}

const nested = (depth: number, wrap: (inner: Expr, level: number) => Expr): Stmt => {
  let expr: Expr = b.call(b.id('leaf'), [b.str('x')]);
  for (let level = 0; level < depth; level++) expr = wrap(expr, level);
  return b.exprStmt(expr);
};

const shapes: Record<string, (inner: Expr, level: number) => Expr> = {
  'callbacks with block bodies': (inner, level) =>
    b.call(b.id(`f${level}`), [b.id('a'), b.arrow([b.param('x')], [b.exprStmt(inner)])]),
  'callbacks with expression bodies': (inner, level) => b.call(b.id(`g${level}`), [b.arrow([b.param('y')], inner)]),
  'objects as last arguments': (inner, level) =>
    b.call(b.id(`h${level}`), [b.str('k'), b.obj([b.prop('v', inner), b.prop('w', b.str('some text'))])]),
  'curried callbacks': (inner, level) =>
    b.call(b.id(`c${level}`), [b.arrow([b.param('a')], b.arrow([b.param('b')], inner))]),
};

describe('printing cost', () => {
  it.each(Object.entries(shapes))('grows linearly with nesting: %s', (_, wrap) => {
    // Twice the depth, about twice the prints; re-printing per level would square them or worse.
    expect(printsFor(nested(16, wrap))).toBeLessThanOrEqual(2.5 * printsFor(nested(8, wrap)));
  });

  it('prints a chain of thousands of conditions without exhausting the stack', () => {
    const checks = Array.from({ length: 5000 }, (_, index) => b.eq(b.id('value'), b.str(`state-${index}`)));
    const printed = printModule({ body: [b.fn('isState', [], [b.ret(b.or(...checks))])] }, 'js');
    expect(printed).toContain("value === 'state-4999'");
  });
});
