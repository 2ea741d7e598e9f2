/**
 * Statements and blocks (Prettier's statement-sequence.js, block.js, if-statement.js, clause.js,
 * the loops, return and try): one statement per line, at most one blank line between two and
 * none at the start or end of a block.
 */
import type { Expr, For, If, Stmt } from './ast.js';
import { printDocComment } from './comments.js';
import { group, hardline, ifBreak, indent, line, softline, type Doc } from './doc.js';
import { bindingName } from './names.js';
import type { Printer } from './printer.js';

/** The statements of the current node (a block or the module), separated by line breaks. */
export function printStatements(p: Printer, statements: readonly Stmt[], key: string): Doc[] {
  const parts: Doc[] = [];
  let blankBefore = false;
  for (const statement of statements) {
    if (statement.kind === 'blank') {
      blankBefore = parts.length > 0;
      continue;
    }
    if (parts.length > 0) parts.push(blankBefore ? [hardline, hardline] : hardline);
    parts.push(p.print(statement, key));
    blankBefore = false;
  }
  return parts;
}

/** Blocks that print as `{}` when empty; others (if, try, for-of, bare blocks) keep a line break. */
const COMPACT_EMPTY_BLOCK_OWNERS = new Set(['arrow', 'functionExpr', 'function', 'method', 'getter', 'for', 'while']);

/** `{ statements }` for the statement list that is the current node. */
export function printBlock(p: Printer, statements: readonly Stmt[]): Doc {
  const body = printStatements(p, statements, 'body');
  if (body.length > 0) return ['{', indent([hardline, body]), hardline, '}'];
  const owner = p.kind(1);
  const isCompact =
    COMPACT_EMPTY_BLOCK_OWNERS.has(owner) ||
    (owner === 'try' && p.key === 'catchBody' && p.parent<Stmt & { kind: 'try' }>()!.finallyBody === undefined);
  return isCompact ? '{}' : ['{', hardline, '}'];
}

const printBody = (p: Printer, statements: readonly Stmt[], key: string): Doc =>
  p.print(statements, key, {}, 'statements');

export function printStatement(p: Printer, node: Stmt): Doc {
  switch (node.kind) {
    case 'if':
      return printIf(p, node);
    case 'for':
      return printFor(p, node);
    case 'forOf':
    case 'forIn':
      return group([
        'for',
        node.kind === 'forOf' && node.await === true ? ' await' : '',
        ` (${node.declare} ${bindingName(node.name)} ${node.kind === 'forOf' ? 'of' : 'in'} `,
        p.print(node.kind === 'forOf' ? node.iterable : node.object, node.kind === 'forOf' ? 'iterable' : 'object'),
        ') ',
        printBody(p, node.body, 'body'),
      ]);
    case 'while':
      return group(['while (', printCondition(p, node.test), ') ', printBody(p, node.body, 'body')]);
    case 'return':
    case 'throw':
      return [node.kind, node.value === undefined ? '' : [' ', printReturnArgument(p, node.value)], ';'];
    case 'expression':
      return [p.print(node.expr, 'expr'), ';'];
    case 'block':
      return printBody(p, node.body, 'body');
    case 'break':
    case 'continue':
      return `${node.kind};`;
    case 'try':
      return printTry(p, node);
    case 'comment':
      return printDocComment(node.doc);
    default:
      throw new Error(`emit: ${node.kind} is not a statement printStatement handles`);
  }
}

/** `if (` and `while (` conditions: indented inside the parentheses unless `!(a && b)`. */
function printCondition(p: Printer, test: Expr): Doc {
  const printed = p.print(test, 'test');
  let inner = test;
  if (inner.kind === 'unary' && inner.operator === '!') {
    inner = inner.operand;
    if (inner.kind === 'unary' && inner.operator === '!') inner = inner.operand;
    if (inner.kind === 'binary' && (inner.operator === '&&' || inner.operator === '||' || inner.operator === '??')) {
      return printed;
    }
  }
  return group([indent([softline, printed]), softline]);
}

/** Statements that cannot stand as the unbraced body of an `if` (declarations), or say nothing alone. */
const NOT_BARE = new Set([
  'blank',
  'comment',
  'variable',
  'function',
  'class',
  'typeAlias',
  'interface',
  'import',
  'exportFrom',
  'exportNames',
]);

function printIf(p: Printer, node: If): Doc {
  const [only] = node.then;
  const bare = node.bare === true && node.else === undefined && node.then.length === 1 && !NOT_BARE.has(only!.kind);
  // A bare block statement is still a block: it follows `)` on the same line.
  const consequent = !bare
    ? [' ', printBody(p, node.then, 'then')]
    : only!.kind === 'block'
      ? [' ', p.print(only!, 'then')]
      : indent([line, p.print(only!, 'then')]);
  const opening = group(['if (', printCondition(p, node.test), ')', consequent]);
  if (node.else === undefined) return opening;
  const alternate = Array.isArray(node.else)
    ? printBody(p, node.else as readonly Stmt[], 'else')
    : p.print(node.else as If, 'else');
  return [opening, ' else', group([' ', alternate])];
}

function printFor(p: Printer, node: For): Doc {
  const body = printBody(p, node.body, 'body');
  if (node.init === undefined && node.test === undefined && node.update === undefined) {
    return group(['for (;;) ', body]);
  }
  return group([
    'for (',
    group([
      indent([
        softline,
        node.init === undefined ? '' : p.print(node.init, 'init'),
        ';',
        line,
        node.test === undefined ? '' : p.print(node.test, 'test'),
        ';',
        node.update === undefined ? '' : [line, p.print(node.update, 'update')],
      ]),
      softline,
    ]),
    ') ',
    body,
  ]);
}

/** `return (` ... `)`: a breaking binary expression gets parentheses of its own. */
function printReturnArgument(p: Printer, value: Expr): Doc {
  const printed = p.print(value, 'value');
  if (value.kind !== 'binary') return printed;
  return group([ifBreak('('), indent([softline, printed]), softline, ifBreak(')')]);
}

function printTry(p: Printer, node: Stmt & { kind: 'try' }): Doc {
  if (node.catchBody === undefined && node.finallyBody === undefined) {
    throw new Error('emit: a try statement needs a catch or a finally');
  }
  const handler =
    node.catchBody === undefined
      ? ''
      : [
          ' catch ',
          node.catchParam === undefined ? '' : `(${bindingName(node.catchParam)}) `,
          printBody(p, node.catchBody, 'catchBody'),
        ];
  const finalizer = node.finallyBody === undefined ? '' : [' finally ', printBody(p, node.finallyBody, 'finallyBody')];
  return ['try ', printBody(p, node.body, 'body'), handler, finalizer];
}
