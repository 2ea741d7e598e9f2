/**
 * Member chains (`a.b(x).c(y)`, Prettier's member-chain.js): on one line if it fits and is
 * simple, else one `.call()` per line. Also the lookups `.name`, `?.name` and `[index]`.
 */
import type { Call, ElementAccess, Expr, Member } from './ast.js';
import {
  breakParent,
  conditionalGroup,
  group,
  hardline,
  indent,
  join,
  memberChainLabel,
  softline,
  willBreak,
  type Doc,
} from './doc.js';
import { chainNodes, groupChain, shouldMergeFirstGroups } from './member-chain-groups.js';
import { memberName } from './names.js';
import { printCallArguments } from './call-arguments.js';
import { printTypeArgs } from './print-params.js';
import { isSimpleCallArgument } from './predicates.js';
import type { Printer } from './printer.js';

/** `.name`, `?.name`, `[index]`, `?.[index]` of the current member node. */
export function printMemberLookup(p: Printer, node: Member | ElementAccess): Doc {
  const optional = node.optional === true ? '?.' : '';
  if (node.kind === 'member') return [node.optional === true ? '?.' : '.', memberName(node.name)];
  const index = p.print(node.index, 'index');
  if (node.index.kind === 'number') return [optional, '[', index, ']'];
  return group([optional, '[', indent([softline, index]), softline, ']']);
}

/** The key under which a link holds the next link inward. */
const innerKey = (node: Expr): string =>
  node.kind === 'call' ? 'callee' : node.kind === 'nonNull' ? 'expr' : 'object';

function printLink(p: Printer, node: Expr): Doc {
  switch (node.kind) {
    case 'call':
      return [
        node.optional === true ? '?.' : '',
        printTypeArgs(p, node.typeArgs, 'typeArgs'),
        printCallArguments(p, node),
      ];
    case 'nonNull':
      return '!';
    default:
      return printMemberLookup(p, node as Member | ElementAccess);
  }
}

/** Prints every link with the path at that link, walking from the root call (the current node) in. */
function printLinks(p: Printer, nodes: readonly Expr[]): Doc[] {
  const printed: Doc[] = new Array<Doc>(nodes.length);
  let entered = 0;
  try {
    for (let index = nodes.length - 1; index >= 1; index--) {
      const node = nodes[index]!;
      printed[index] = printLink(p, node);
      if (index === 1) {
        printed[0] = p.print(nodes[0]!, innerKey(node));
      } else {
        p.enter(nodes[index - 1]!, innerKey(node));
        entered++;
      }
    }
  } finally {
    for (; entered > 0; entered--) p.leave();
  }
  return printed;
}

const isFunction = (expr: Expr): boolean => expr.kind === 'arrow' || expr.kind === 'functionExpr';

export function printMemberChain(p: Printer, call: Call): Doc {
  const nodes = chainNodes(call);
  const printed = printLinks(p, nodes);
  const groups = groupChain(nodes);
  const isExpressionStatement = p.kind(1) === 'expression';
  const shouldMerge = shouldMergeFirstGroups(nodes, groups, isExpressionStatement);
  const printedGroups: Doc[] = groups.map((indices) => indices.map((index) => printed[index]!));
  const oneLine = printedGroups;
  const cutoff = shouldMerge ? 3 : 2;
  if (groups.length <= cutoff) return isLongCurriedCallee(p, call) ? oneLine : group(oneLine);
  const rest = printedGroups.slice(shouldMerge ? 2 : 1);
  const expanded: Doc = [
    printedGroups[0]!,
    shouldMerge ? printedGroups[1]! : '',
    indent([hardline, join(hardline, rest)]),
  ];
  const calls = nodes.filter((node): node is Call => node.kind === 'call');
  const lastGroupWillBreakAndOtherCallsHaveFunctionArguments =
    nodes[nodes.length - 1]!.kind === 'call' &&
    willBreak(printedGroups[printedGroups.length - 1]!) &&
    calls.slice(0, -1).some((node) => node.args.some(isFunction));
  if (
    (calls.length > 2 && calls.some((node) => node.args.some((arg) => !isSimpleCallArgument(arg)))) ||
    printedGroups.slice(0, -1).some(willBreak) ||
    lastGroupWillBreakAndOtherCallsHaveFunctionArguments
  ) {
    return memberChainLabel(group(expanded));
  }
  return memberChainLabel([willBreak(oneLine) ? breakParent : '', conditionalGroup([oneLine, expanded])]);
}

function isLongCurriedCallee(p: Printer, call: Call): boolean {
  const parent = p.parent<Expr>();
  return (
    p.key === 'callee' && parent?.kind === 'call' && parent.args.length > 0 && call.args.length > parent.args.length
  );
}
