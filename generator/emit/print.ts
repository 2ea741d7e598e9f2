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
import { PRINT_WIDTH } from './width.js';

export { PRINT_WIDTH };

/**
 * Prettier keeps an object literal, object type or mapped type expanded when its text has a
 * line break after `{`, and an expanded object changes choices around it (whether a call's
 * arguments break, whether a parameter list is grouped). So the printer does what Prettier does
 * when it reads our output: lay out, then print again with every object that broke now forced
 * to break, until no new object breaks. Forcing only adds breaks, so this ends, and in
 * practice after one extra layout at most; a module whose objects all fit or are `multiline`
 * is laid out once.
 */
export function printModule(module: Module, mode: PrintMode): string {
  const view = mode === 'js' ? eraseTypes(module) : mode === 'dts' ? toDeclarations(module) : module;
  let expanded = new Set<object>();
  for (;;) {
    const newlyExpanded: object[] = [];
    const printer = new Printer(mode === 'js', printNode, expanded);
    const text = layout(printer.print(view, 'root', {}, 'module'), PRINT_WIDTH, (node) => {
      if (!expanded.has(node)) newlyExpanded.push(node);
    });
    if (newlyExpanded.length === 0) return text;
    expanded = new Set([...expanded, ...newlyExpanded]);
  }
}
