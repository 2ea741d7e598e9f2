/**
 * Calls and `new` (Prettier's call-expression.js): a call on a member is a member chain
 * (print-member-chain.ts); otherwise callee, type arguments and arguments (call-arguments.ts).
 */
import type { Call, New } from './ast.js';
import { printArgDocs, printCallArguments } from './call-arguments.js';
import { group, join, type Doc } from './doc.js';
import { printMemberChain } from './print-member-chain.js';
import { printTypeArgs } from './print-params.js';
import { isMemberish } from './predicates.js';
import type { Printer } from './printer.js';

export function printCall(p: Printer, node: Call | New): Doc {
  if (node.kind === 'call' && isRequireCall(node)) {
    return [p.print(node.callee, 'callee'), '(', join(', ', printArgDocs(p, node)), ')'];
  }
  if (node.kind === 'call' && isMemberish(node.callee)) return printMemberChain(p, node);
  const contents: Doc[] = [
    node.kind === 'new' ? 'new ' : '',
    p.print(node.callee, 'callee'),
    node.kind === 'call' && node.optional === true ? '?.' : '',
    printTypeArgs(p, node.typeArgs, 'typeArgs'),
    printCallArguments(p, node),
  ];
  return node.callee.kind === 'call' ? group(contents) : contents;
}

/** `require('x')` and `require(['a'], ...)` stay on one line, as CommonJS and AMD imports. */
function isRequireCall(node: Call): boolean {
  if (node.optional === true || node.callee.kind !== 'identifier' || node.callee.name !== 'require') return false;
  const [first] = node.args;
  return (node.args.length === 1 && first!.kind === 'string') || node.args.length > 1;
}
