/** Random statements, weighted towards ifs that return and long conditions. */
import fc from 'fast-check';
import type { Tie } from './common.js';
import type { If, Stmt } from '../../../generator/emit/ast.js';
import { DEPTH, compact, jsdoc, maybe, name } from './common.js';

export function stmtArbitrary(tie: fc.LetrecTypedTie<Tie>): fc.Arbitrary<Stmt> {
  const expr = tie('expr');
  const stmts = fc.array(tie('stmt'), { maxLength: 4 });
  const variable = fc
    .record({
      declare: fc.constantFrom<'const' | 'let'>('const', 'let'),
      name,
      type: maybe(tie('type')),
      init: maybe(expr, 8),
    })
    .map((value) => compact<Stmt>({ kind: 'variable', ...value }));
  const leaf = fc.constantFrom<Stmt>(
    { kind: 'break' },
    { kind: 'continue' },
    { kind: 'blank' },
    { kind: 'expression', expr: { kind: 'identifier', name: 'x' } },
  );
  return fc.oneof(
    DEPTH,
    { weight: 1, arbitrary: leaf },
    {
      weight: 6,
      arbitrary: fc
        .record({
          test: expr,
          then: stmts,
          else: maybe(
            fc.oneof(
              stmts,
              fc.record({ test: expr, then: stmts }).map(({ test, then }): If => ({ kind: 'if', test, then })),
            ),
          ),
          bare: fc.boolean(),
        })
        .map((value) => compact<Stmt>({ kind: 'if', ...value, bare: value.bare || undefined } as Stmt)),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({ test: expr, value: expr })
        .map(({ test, value }): Stmt => ({ kind: 'if', test, then: [{ kind: 'return', value }], bare: true })),
    },
    { weight: 3, arbitrary: expr.map((inner): Stmt => ({ kind: 'expression', expr: inner })) },
    { weight: 3, arbitrary: variable },
    { weight: 2, arbitrary: maybe(expr).map((value) => compact<Stmt>({ kind: 'return', value })) },
    { weight: 1, arbitrary: expr.map((value): Stmt => ({ kind: 'throw', value })) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          init: maybe(variable as fc.Arbitrary<Stmt & { kind: 'variable' }>),
          test: maybe(expr),
          update: maybe(expr),
          body: stmts,
        })
        .map((value) => compact<Stmt>({ kind: 'for', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          declare: fc.constantFrom<'const' | 'let'>('const', 'let'),
          name,
          iterable: expr,
          body: stmts,
          await: fc.boolean(),
        })
        .map((value) => compact<Stmt>({ kind: 'forOf', ...value, await: value.await || undefined })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ declare: fc.constantFrom<'const' | 'let'>('const', 'let'), name, object: expr, body: stmts })
        .map((value): Stmt => ({ kind: 'forIn', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc.record({ test: expr, body: stmts }).map((value): Stmt => ({ kind: 'while', ...value })),
    },
    { weight: 1, arbitrary: stmts.map((body): Stmt => ({ kind: 'block', body })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ body: stmts, catchParam: maybe(name), catchBody: maybe(stmts, 1), finallyBody: maybe(stmts) })
        .map((value) => compact<Stmt>({ kind: 'try', ...value })),
    },
    { weight: 1, arbitrary: jsdoc.map((doc): Stmt => ({ kind: 'comment', doc })) },
  );
}
