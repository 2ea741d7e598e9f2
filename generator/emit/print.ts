/**
 * Prints a module as formatted TypeScript, JavaScript or a declaration file: the bytes Prettier
 * 3 would print with `{ singleQuote: true, printWidth: 120 }` (parser `typescript` for ts and
 * dts, `babel` for js), without running Prettier.
 */
import type { Module, PrintMode } from './ast.js';
import { toDeclarations } from './dts.js';
import { eraseTypes } from './erase.js';
import { layout } from './layout.js';
import { printNode } from './print-node.js';
import { Printer } from './printer.js';

export const PRINT_WIDTH = 120;

export function printModule(module: Module, mode: PrintMode): string {
  const view = mode === 'js' ? eraseTypes(module) : mode === 'dts' ? toDeclarations(module) : module;
  const printer = new Printer(mode === 'js', printNode);
  return layout(printer.print(view, 'root', {}, 'module'), PRINT_WIDTH);
}
