/**
 * Table tests: a given AST, the text wanted in one mode. Every `want` is also checked against
 * Prettier (formatting it changes nothing), so a table entry cannot encode a layout Prettier
 * would not print.
 */
import { expect, it } from 'vitest';
import type { Expr, Module, PrintMode, Stmt } from '../../generator/emit/ast.js';
import { printModule } from '../../generator/emit/print.js';
import { prettierFormat } from './oracle.js';

export interface Case {
  readonly name: string;
  readonly given: Module | readonly Stmt[] | Expr;
  readonly want: string;
  readonly mode?: PrintMode;
}

const isExpr = (given: Case['given']): given is Expr => !Array.isArray(given) && 'kind' in given;

/** A module from a case: statements as they are, an expression as an expression statement. */
export function moduleOf(given: Case['given']): Module {
  if (isExpr(given)) return { body: [{ kind: 'expression', expr: given }] };
  return Array.isArray(given) ? { body: given as readonly Stmt[] } : (given as Module);
}

export function runTable(cases: readonly Case[]): void {
  it.each(cases)('$name', async ({ given, want, mode = 'ts' }) => {
    expect(printModule(moduleOf(given), mode)).toBe(want);
    expect(await prettierFormat(want, mode)).toBe(want);
  });
}
