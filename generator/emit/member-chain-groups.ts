/**
 * How Prettier cuts a member chain (`a.b(x).c.d(y)`) into groups (print/member-chain.js), as a
 * pure function of the AST: the chain printer lays the groups out, and assignment layout asks
 * whether a call would print as a (long) member chain without printing it.
 */
import type { Call, Expr } from './ast.js';
import { isMemberish } from './predicates.js';

/** The chain's nodes from its head (`a`) outward: calls, member accesses and `!`. */
export function chainNodes(call: Call): Expr[] {
  const nodes: Expr[] = [call];
  let node: Expr = call.callee;
  for (;;) {
    nodes.unshift(node);
    if (node.kind === 'call' && (isMemberish(node.callee) || node.callee.kind === 'call')) node = node.callee;
    else if (node.kind === 'member' || node.kind === 'element') node = node.object;
    else if (node.kind === 'nonNull') node = node.expr;
    else return nodes;
  }
}

const isNumericIndex = (node: Expr): boolean => node.kind === 'element' && node.index.kind === 'number';

/**
 * Groups of consecutive nodes, as index ranges into `nodes`. The first group is the head plus
 * the calls, `!` and `[0]` right after it (and, for a non-call head, all but the last of the
 * member accesses that follow); each later group is member accesses followed by calls.
 */
export function groupChain(nodes: readonly Expr[]): number[][] {
  const first = [0];
  let index = 1;
  for (; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.kind === 'nonNull' || node.kind === 'call' || isNumericIndex(node)) first.push(index);
    else break;
  }
  if (nodes[0]!.kind !== 'call') {
    for (; index + 1 < nodes.length; index++) {
      if (isMemberish(nodes[index]!) && isMemberish(nodes[index + 1]!)) first.push(index);
      else break;
    }
  }
  const groups = [first];
  let current: number[] = [];
  let hasSeenCall = false;
  for (; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (hasSeenCall && isMemberish(node)) {
      if (isNumericIndex(node)) {
        current.push(index);
        continue;
      }
      groups.push(current);
      current = [];
      hasSeenCall = false;
    }
    if (node.kind === 'call') hasSeenCall = true;
    current.push(index);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Factories (`Object.keys`, `_.map`) keep their first call on the head's line. */
const isFactory = (name: string): boolean => /^[A-Z]|^[$_]+$/.test(name);

/** Whether the second group stays on the first line (`this.x.y()`, `Foo.bar()`, `z.a()` as a statement). */
export function shouldMergeFirstGroups(
  nodes: readonly Expr[],
  groups: readonly (readonly number[])[],
  isExpressionStatement: boolean,
): boolean {
  if (groups.length < 2) return false;
  const second = groups[1]![0];
  const hasComputed = second !== undefined && nodes[second]!.kind === 'element';
  const first = groups[0]!;
  if (first.length === 1) {
    const head = nodes[first[0]!]!;
    if (head.kind !== 'identifier') return false;
    return (
      head.name === 'this' || isFactory(head.name) || (isExpressionStatement && head.name.length <= 2) || hasComputed
    );
  }
  const last = nodes[first[first.length - 1]!]!;
  return last.kind === 'member' && (isFactory(last.name) || hasComputed);
}

/**
 * Whether a call prints as a labelled member chain: one with more groups than fit the short form.
 * Asked of calls that are not expression statements.
 */
export function isLongMemberChain(call: Call): boolean {
  if (!isMemberish(call.callee)) return false;
  const nodes = chainNodes(call);
  const groups = groupChain(nodes);
  const cutoff = shouldMergeFirstGroups(nodes, groups, false) ? 3 : 2;
  return groups.length > cutoff;
}
