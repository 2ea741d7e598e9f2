/**
 * `test ? a : b` and `A extends B ? C : D` (Prettier's print/ternary-old.js, its default): the
 * branches break onto `? ` and `: ` lines, aligned two columns in, and a chain of conditionals
 * in the alternates stays flat, one level.
 */
import type { ConditionalType, Conditional } from './ast.js';
import { align, group, ifBreak, indent, line, softline, type Doc } from './doc.js';
import type { Printer } from './printer.js';

type Ternary = Conditional | ConditionalType;

const testKeys = (node: Ternary): readonly string[] => (node.kind === 'conditional' ? ['test'] : ['check', 'extends']);

export function printTernary(p: Printer, node: Ternary): Doc {
  const isExpression = node.kind === 'conditional';
  const parentKind = p.kind(1);
  const isParentTest = parentKind === node.kind && testKeys(node).includes(p.key);
  const forceNoIndent = parentKind === node.kind && !isParentTest;
  const thenIsTernary = node.then.kind === node.kind;
  const part: Doc[] = [
    line,
    '? ',
    thenIsTernary ? ifBreak('', '(') : '',
    align(2, p.print(node.then, 'then')),
    thenIsTernary ? ifBreak('', ')') : '',
    line,
    ': ',
    align(2, p.print(node.else, 'else')),
  ];
  const parts = parentKind !== node.kind || p.key === 'else' || isParentTest ? part : align(0, part);
  const breakClosingParen = isExpression && parentKind === 'member';
  const shouldExtraIndent = isExpression && shouldExtraIndentForConditional(p);
  const doc: Doc[] = [
    printTest(p, node),
    forceNoIndent ? parts : indent(parts),
    breakClosingParen && !shouldExtraIndent ? softline : '',
  ];
  // Only the outermost conditional of a chain (or one that is a test) forms a group.
  const result = parentKind === node.kind && !isParentTest ? doc : group(doc);
  return isParentTest || shouldExtraIndent ? group([indent([softline, result]), softline]) : result;
}

function printTest(p: Printer, node: Ternary): Doc {
  const printed =
    node.kind === 'conditional'
      ? p.print(node.test, 'test')
      : [p.print(node.check, 'check'), ' ', 'extends', ' ', p.print(node.extends, 'extends')];
  // A test of a conditional in an alternate aligns under its `: `.
  return p.kind(1) === node.kind && p.key === 'else' ? align(2, printed) : printed;
}

const ASSIGNMENT_LIKE: Readonly<Record<string, string>> = {
  assign: 'value',
  variable: 'init',
  return: 'value',
  throw: 'value',
  unary: 'operand',
  typeof: 'operand',
  await: 'operand',
};

/**
 * `const x = (a ? b : c).d()`: a conditional at the head of a member chain on the right of an
 * assignment (or return, unary, await) gets an extra indent.
 */
function shouldExtraIndentForConditional(p: Printer): boolean {
  let childKey = p.key;
  let depth = 1;
  let moved = false;
  for (;;) {
    const kind = p.kind(depth);
    const continuesChain =
      (kind === 'nonNull' && childKey === 'expr') ||
      (kind === 'call' && childKey === 'callee') ||
      ((kind === 'member' || kind === 'element') && childKey === 'object');
    if (!continuesChain) break;
    childKey = p.frame(depth)!.key;
    depth++;
    moved = true;
  }
  const kind = p.kind(depth);
  if ((kind === 'new' && childKey === 'callee') || (kind === 'as' && childKey === 'expr')) {
    childKey = p.frame(depth)!.key;
    depth++;
    moved = true;
  }
  if (!moved) return false;
  return ASSIGNMENT_LIKE[p.kind(depth)] === childKey;
}
