/**
 * The arguments of a call or `new` (Prettier's call-arguments.js): on one line, or the last (or
 * first) argument hugged — an object, array or function that breaks while the call stays on
 * its line — or every argument on its own line.
 */
import type { Call, Expr, New } from './ast.js';
import {
  breakParent,
  conditionalGroup,
  group,
  ifBreak,
  indent,
  join,
  line,
  softline,
  willBreak,
  type Doc,
} from './doc.js';
import { ArgExpansionBailout } from './print-params.js';
import { estreeType, isSimpleCallArgument, isSimpleType } from './predicates.js';
import type { Printer } from './printer.js';

export const printArgDocs = (p: Printer, node: Call | New): Doc[] => node.args.map((arg) => p.print(arg, 'args'));

/** `(a, b)` of the current call or `new`. */
export function printCallArguments(p: Printer, node: Call | New): Doc {
  const { args } = node;
  if (args.length === 0) return '()';
  const argDocs = printArgDocs(p, node);
  if (isReactHookCallWithDepsArray(args)) return ['(', join(', ', argDocs), ')'];
  const printed = argDocs.map((doc, index) => (index < argDocs.length - 1 ? [doc, ',', line] : doc));
  if (isFunctionCompositionArguments(args)) return allArgsBrokenOut(printed);
  if (shouldExpandFirstArg(args)) return printHugged(p, argDocs, printed, 'first');
  if (shouldExpandLastArg(args)) return printHugged(p, argDocs, printed, 'last');
  const contents: Doc = ['(', indent([softline, ...printed]), ifBreak(','), softline, ')'];
  if (isLongCurriedCall(p)) return contents;
  return group(contents, { shouldBreak: printed.some(willBreak) });
}

function allArgsBrokenOut(printed: readonly Doc[]): Doc {
  return group(['(', indent([line, ...printed]), ifBreak(','), line, ')'], { shouldBreak: true });
}

/** `(first, ...others)` or `(...others, last)`, the hugged argument as given. */
function withHugged(which: 'first' | 'last', arg: Doc, others: readonly Doc[]): Doc {
  return which === 'first' ? ['(', arg, ', ', ...others, ')'] : ['(', ...others, arg, ')'];
}

/** The arguments with the first or last printed expanded, as alternatives from flat to all broken. */
function printHugged(p: Printer, argDocs: readonly Doc[], printed: readonly Doc[], which: 'first' | 'last'): Doc {
  const node = p.node as Call | New;
  const index = which === 'first' ? 0 : printed.length - 1;
  const others = printed.filter((_, position) => position !== index);
  if (others.some(willBreak)) return allArgsBrokenOut(printed);
  const arg = node.args[index]!;
  let expanded: Doc;
  try {
    // Only functions print differently when hugged; anything else is its plain doc again.
    expanded = isFunction(arg) ? p.print(arg, 'args', which === 'first' ? EXPAND_FIRST : EXPAND_LAST) : argDocs[index]!;
  } catch (error) {
    if (error instanceof ArgExpansionBailout) return allArgsBrokenOut(printed);
    throw error;
  }
  const broken = withHugged(which, group(expanded, { shouldBreak: true }), others);
  if (willBreak(expanded)) return [breakParent, conditionalGroup([broken, allArgsBrokenOut(printed)])];
  return conditionalGroup([withHugged(which, expanded, others), broken, allArgsBrokenOut(printed)]);
}

const EXPAND_FIRST = { expandFirstArg: true } as const;
const EXPAND_LAST = { expandLastArg: true } as const;

/** `connect(a, b, c)(d)`: the inner call's arguments break before the outer call's. */
function isLongCurriedCall(p: Printer): boolean {
  const node = p.node as Expr;
  const parent = p.parent<Expr>(1);
  return (
    p.key === 'callee' &&
    node.kind === 'call' &&
    parent?.kind === 'call' &&
    parent.args.length > 0 &&
    node.args.length > parent.args.length
  );
}

const isFunction = (expr: Expr): boolean => expr.kind === 'arrow' || expr.kind === 'functionExpr';

/** `pipe(map((x) => x), filter((x) => x))`: several callbacks always get a line each. */
function isFunctionCompositionArguments(args: readonly Expr[]): boolean {
  if (args.length <= 1) return false;
  let count = 0;
  for (const arg of args) {
    if (isFunction(arg)) {
      count += 1;
      if (count > 1) return true;
    } else {
      const call = arg.kind === 'nonNull' ? arg.expr : arg;
      if (call.kind === 'call' && call.args.some(isFunction)) return true;
    }
  }
  return false;
}

/** `useEffect(() => { ... }, [deps])`: a callback without parameters, then an array. */
function isHookWithDeps(fn: Expr | undefined, deps: Expr | undefined): boolean {
  return fn?.kind === 'arrow' && fn.params.length === 0 && Array.isArray(fn.body) && deps?.kind === 'array';
}

function isReactHookCallWithDepsArray(args: readonly Expr[]): boolean {
  if (args.length === 2) return isHookWithDeps(args[0], args[1]);
  return args.length === 3 && args[0]!.kind === 'identifier' && isHookWithDeps(args[1], args[2]);
}

/** Prettier's couldExpandArg: an argument that can break inside while the call stays put. */
export function couldExpandArg(arg: Expr, arrowChainRecursion = false): boolean {
  switch (arg.kind) {
    case 'object':
      return arg.members.length > 0;
    case 'array':
      return arg.items.length > 0;
    case 'as':
      return couldExpandArg(arg.expr);
    case 'functionExpr':
      return true;
    case 'arrow': {
      if (Array.isArray(arg.body)) return true;
      const body = arg.body as Expr;
      if (body.kind === 'object' || body.kind === 'array') return true;
      if (body.kind === 'arrow' && couldExpandArg(body, true)) return true;
      if (arrowChainRecursion) return false;
      const inner = body.kind === 'nonNull' ? body.expr : body;
      return body.kind === 'conditional' || inner.kind === 'call';
    }
    default:
      return false;
  }
}

const hasLeadingComment = (expr: Expr): boolean => expr.kind === 'call' && expr.pure === true;

function shouldExpandLastArg(args: readonly Expr[]): boolean {
  const last = args[args.length - 1]!;
  const penultimate = args[args.length - 2];
  return (
    !hasLeadingComment(last) &&
    couldExpandArg(last) &&
    (penultimate === undefined || estreeType(penultimate) !== estreeType(last)) &&
    (args.length !== 2 || penultimate!.kind !== 'arrow' || last.kind !== 'array') &&
    !(args.length > 1 && isConciselyPrintedArray(last))
  );
}

function shouldExpandFirstArg(args: readonly Expr[]): boolean {
  if (args.length !== 2) return false;
  const [first, second] = args as [Expr, Expr];
  return (
    !hasLeadingComment(first) &&
    (first.kind === 'functionExpr' || (first.kind === 'arrow' && Array.isArray(first.body))) &&
    second.kind !== 'functionExpr' &&
    second.kind !== 'arrow' &&
    second.kind !== 'conditional' &&
    isHopefullyShortCallArgument(second) &&
    !couldExpandArg(second)
  );
}

function isHopefullyShortCallArgument(node: Expr): boolean {
  if (node.kind === 'as') {
    let type = node.type;
    if (type.kind === 'arrayType') type = type.element.kind === 'arrayType' ? type.element.element : type.element;
    if (type.kind === 'typeReference' && type.args?.length === 1) type = type.args[0]!;
    return isSimpleType(type) && isSimpleCallArgument(node.expr, 1);
  }
  if ((node.kind === 'call' || node.kind === 'new') && node.args.length > 1) return false;
  if (node.kind === 'binary') return isSimpleCallArgument(node.left, 1) && isSimpleCallArgument(node.right, 1);
  return node.kind === 'regexp' || isSimpleCallArgument(node);
}

/** `[1, 2, -3]`: numbers fill lines instead of taking one each. */
export function isConciselyPrintedArray(expr: Expr): boolean {
  return (
    expr.kind === 'array' &&
    expr.items.length > 0 &&
    expr.items.every(
      (item) =>
        item.kind === 'number' ||
        (item.kind === 'unary' && (item.operator === '-' || item.operator === '+') && item.operand.kind === 'number'),
    )
  );
}
