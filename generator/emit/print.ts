/**
 * Prints a module as formatted TypeScript, JavaScript or a declaration file: the bytes Prettier
 * 3 would print with `{ singleQuote: true, printWidth: 120 }` (parser `typescript` for ts and
 * dts, `babel` for js), without running Prettier.
 *
 * Top-level statements are laid out one at a time: they are separated by hard line breaks at
 * column 0, where no layout decision looks past a line break, so each statement's layout is
 * independent of the others. That keeps only one statement's doc alive at a time, however large
 * the module.
 */
import type { Module, PrintMode, Stmt } from './ast.js';
import { declarationsOf } from './dts.js';
import { eraseStatement } from './erase.js';
import { Layout } from './layout.js';
import { activePrintCache } from './print-cache.js';
import { printNode } from './print-node.js';
import { Printer } from './printer.js';
import { PRINT_WIDTH } from './width.js';

export { PRINT_WIDTH };
export { PrintCache } from './print-cache.js';

/** A statement as a mode sees it: itself, erased to JavaScript, or its declarations. */
const VIEWS: Readonly<Record<PrintMode, (statement: Stmt) => readonly Stmt[]>> = {
  ts: (statement) => [statement],
  js: eraseStatement,
  dts: declarationsOf,
};

export function printModule(module: Module, mode: PrintMode): string {
  const view = VIEWS[mode];
  const cache = activePrintCache();
  const printer = new Printer(mode === 'js', printNode);
  const layout = new Layout(PRINT_WIDTH);
  const parts: string[] = [];
  let blankBefore = false;
  printer.within(
    module,
    'root',
    () => {
      for (const original of module.body) {
        for (const statement of view(original)) {
          // At most one blank line between statements, none before the first or after the last.
          if (statement.kind === 'blank') {
            blankBefore = parts.length > 0;
            continue;
          }
          if (parts.length > 0) parts.push(blankBefore ? '\n\n' : '\n');
          parts.push(
            cache === undefined
              ? layoutStatement(printer, layout, statement)
              : cache.text(`${mode}\u0000${JSON.stringify(statement)}`, () =>
                  layoutStatement(printer, layout, statement),
                ),
          );
          blankBefore = false;
        }
      }
    },
    'module',
  );
  return parts.length === 0 ? '' : parts.join('') + '\n';
}

/**
 * Prettier keeps an object literal, object type or mapped type expanded when its text has a
 * line break after `{`, and an expanded object changes choices around it (whether a call's
 * arguments break, whether a parameter list is grouped). So the printer does what Prettier does
 * when it reads our output: lay the statement out, then print it again with every object that
 * broke now forced to break, until no new object breaks. Forcing only adds breaks, so this
 * ends, in practice after one extra layout at most; a statement whose objects all fit or are
 * `multiline` is laid out once.
 */
function layoutStatement(printer: Printer, layout: Layout, statement: Stmt): string {
  for (;;) {
    const newlyExpanded: object[] = [];
    const text = layout.run(printer.print(statement, 'body'), (node) => {
      if (!printer.expanded.has(node)) newlyExpanded.push(node);
    });
    if (newlyExpanded.length === 0) return text;
    printer.expand(newlyExpanded);
  }
}
