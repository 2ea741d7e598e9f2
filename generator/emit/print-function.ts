/**
 * Arrow functions and function expressions (Prettier's arrow-function.js and function.js),
 * including the forms they take as a hugged last argument: parameters kept on one line, the
 * body breaking instead.
 */
import type { Arrow, Expr, FunctionExpr, Param, Stmt, TypeNode, TypeParam } from './ast.js';
import { bindingName } from './names.js';
import {
  group,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  removeLines,
  softline,
  willBreak,
  type Doc,
} from './doc.js';
import {
  ArgExpansionBailout,
  printParamDocs,
  printParams,
  printReturnType,
  printTypeParams,
  shouldGroupParameters,
} from './print-params.js';
import { startsWith } from './predicates.js';
import { NO_ARGS, type PrintArgs, type Printer } from './printer.js';

interface FunctionLike {
  readonly params: readonly Param[];
  readonly typeParams?: readonly TypeParam[];
  readonly returns?: TypeNode;
}

/** A function's printed parts; kept from its plain printing to reuse when printed hugged. */
interface Pieces {
  readonly params: readonly Doc[];
  readonly typeParams: Doc;
  readonly returns: Doc;
}

const isExpanded = (args: PrintArgs): boolean => args.expandLastArg === true || args.expandFirstArg === true;

/**
 * A hugged argument is printed twice, plainly and expanded (Prettier's conditionalGroup); the
 * parts that do not depend on the expansion are kept from the plain printing, which comes
 * first, so nested hugged callbacks cost linear time instead of doubling per level.
 */
function reused<T>(p: Printer, key: object, args: PrintArgs, compute: () => T): T {
  if (isExpanded(args) && p.expansions.has(key)) return p.expansions.get(key) as T;
  const value = compute();
  // Only a call's argument is printed expanded after its plain printing.
  if (!isExpanded(args) && isCallArgument(p)) p.expansions.set(key, value);
  return value;
}

const isCallArgument = (p: Printer): boolean => p.key === 'args' && (p.kind(1) === 'call' || p.kind(1) === 'new');

function printPieces(p: Printer, node: FunctionLike & object, args: PrintArgs, forArrow: boolean): Pieces {
  return reused(p, node, args, () => ({
    params: printParamDocs(p, node.params),
    typeParams: printTypeParams(p, node.typeParams, forArrow),
    returns: printReturnType(p, node.returns),
  }));
}

/** `{ ... }` after a function head: the statements, or `{}` for none. */
export function printFunctionBody(p: Printer, body: readonly Stmt[]): Doc {
  return p.print(body, 'body', NO_ARGS, 'statements');
}

const isArrowBody = (body: Arrow['body']): body is Expr & { kind: 'arrow' } =>
  !Array.isArray(body) && (body as Expr).kind === 'arrow';

export function printArrow(p: Printer, node: Arrow, args: PrintArgs): Doc {
  const signatureDocs: Doc[] = [];
  let shouldBreakChain = false;
  const shouldPrintAsChain = args.expandLastArg !== true && isArrowBody(node.body);
  let bodyDoc: Doc = '';
  let functionBody: Arrow['body'] = node.body;
  // Down the chain `a => b => c`, each arrow printed with the path at it.
  let arrow = node;
  let entered = 0;
  try {
    for (;;) {
      signatureDocs.push(printArrowSignature(p, arrow, args));
      if (shouldPrintAsChain) {
        shouldBreakChain ||=
          (arrow.returns !== undefined && arrow.params.length > 0) ||
          arrow.typeParams !== undefined ||
          arrow.params.some((param) => param.default !== undefined || param.rest === true);
      }
      if (shouldPrintAsChain && isArrowBody(arrow.body)) {
        p.enter(arrow.body, 'body');
        entered++;
        arrow = arrow.body;
        continue;
      }
      bodyDoc = printArrowBodyDoc(p, arrow, args);
      functionBody = arrow.body;
      break;
    }
  } finally {
    for (; entered > 0; entered--) p.leave();
  }
  return assembleArrow(p, args, { signatureDocs, shouldBreakChain, shouldPrintAsChain, bodyDoc, functionBody });
}

/** An arrow's body, printed with the arguments: a hugged curried arrow hugs its inner arrow. */
function printArrowBodyDoc(p: Printer, arrow: Arrow, args: PrintArgs): Doc {
  const { body } = arrow;
  if (Array.isArray(body)) return reused(p, body, args, () => printFunctionBody(p, body as readonly Stmt[]));
  if (isArrowBody(body)) return p.print(body, 'body', args);
  return reused(p, body as Expr, args, () => p.print(body as Expr, 'body', args));
}

interface ArrowParts {
  readonly signatureDocs: readonly Doc[];
  readonly shouldBreakChain: boolean;
  readonly shouldPrintAsChain: boolean;
  readonly bodyDoc: Doc;
  readonly functionBody: Arrow['body'];
}

function assembleArrow(p: Printer, args: PrintArgs, parts: ArrowParts): Doc {
  const { shouldPrintAsChain, functionBody } = parts;
  const body = Array.isArray(functionBody) ? undefined : (functionBody as Expr);
  // Bodies that start with a bracket stay on the arrow's line; a conditional gets parentheses instead.
  const shouldPutBodyOnSameLine =
    body === undefined ||
    body.kind === 'array' ||
    body.kind === 'object' ||
    body.kind === 'arrow' ||
    (!parts.shouldBreakChain && shouldAddParensIfNotBreak(body));
  const isCallee = p.key === 'callee' && (p.kind(1) === 'call' || p.kind(1) === 'new');
  const chainGroupId = Symbol('arrow-chain');
  const signaturesDoc = printSignatures(p, args, parts.signatureDocs, parts.shouldBreakChain);
  const indentSignatures = shouldPrintAsChain && (isCallee || args.assignmentLayout !== undefined);
  const shouldBreakSignatures =
    indentSignatures && (args.assignmentLayout === 'chain-tail-arrow-chain' || (isCallee && !shouldPutBodyOnSameLine));
  const bodyDoc = printArrowBody(args, parts.bodyDoc, body, shouldPutBodyOnSameLine);
  return group([
    group(indentSignatures ? indent([softline, signaturesDoc]) : signaturesDoc, {
      shouldBreak: shouldBreakSignatures,
      id: chainGroupId,
    }),
    ' =>',
    shouldPrintAsChain ? indentIfBreak(bodyDoc, chainGroupId) : group(bodyDoc),
    shouldPrintAsChain && isCallee ? ifBreak(softline, '', chainGroupId) : '',
  ]);
}

/** `a ? b : c` as a body prints as `(a ? b : c)` when flat, to tell `=>` from `>=`. */
const shouldAddParensIfNotBreak = (body: Expr): boolean =>
  body.kind === 'conditional' && !startsWith(body, (node) => node.kind === 'object');

function printArrowSignature(p: Printer, arrow: Arrow, args: PrintArgs): Doc {
  const pieces = printPieces(p, arrow, args, true);
  const expand = isExpanded(args);
  let returnsDoc = pieces.returns;
  if (expand) {
    if (willBreak(returnsDoc)) throw new ArgExpansionBailout();
    returnsDoc = group(removeLines(returnsDoc));
  }
  return [
    arrow.async === true ? 'async ' : '',
    group([printParams(arrow.params, pieces.params, pieces.typeParams, expand), returnsDoc]),
  ];
}

/** The `a => b => c` heads of an arrow chain. */
function printSignatures(p: Printer, args: PrintArgs, signatureDocs: readonly Doc[], shouldBreak: boolean): Doc {
  if (signatureDocs.length === 1) return signatureDocs[0]!;
  const parentKind = p.kind(1);
  const isCallLikeParent = parentKind === 'call' || parentKind === 'new';
  if ((p.key !== 'callee' && isCallLikeParent) || parentKind === 'binary') {
    return group([signatureDocs[0]!, ' =>', indent([line, join([' =>', line], signatureDocs.slice(1))])], {
      shouldBreak,
    });
  }
  if ((p.key === 'callee' && isCallLikeParent) || args.assignmentLayout !== undefined) {
    return group(join([' =>', line], signatureDocs), { shouldBreak });
  }
  return group(indent(join([' =>', line], signatureDocs)), { shouldBreak });
}

function printArrowBody(args: PrintArgs, bodyDoc: Doc, body: Expr | undefined, sameLine: boolean): Doc {
  const trailingComma = args.expandLastArg === true ? ifBreak(',') : '';
  const trailingSpace = args.expandLastArg === true ? softline : '';
  if (sameLine && body !== undefined && shouldAddParensIfNotBreak(body)) {
    return [
      ' ',
      group([ifBreak('', '('), indent([softline, bodyDoc]), ifBreak('', ')'), trailingComma, trailingSpace]),
    ];
  }
  return sameLine ? [' ', bodyDoc] : [indent([line, bodyDoc]), trailingComma, trailingSpace];
}

export function printFunctionExpr(p: Printer, node: FunctionExpr, args: PrintArgs): Doc {
  const parent = p.parent<Expr>();
  const expand =
    args.expandLastArg === true &&
    parent?.kind === 'call' &&
    (parent.args.length > 1 ||
      node.params.every((param) => param.type === undefined && param.default === undefined && param.rest !== true));
  const pieces = printPieces(p, node, args, false);
  const paramsDoc = printParams(node.params, pieces.params, '', expand);
  const grouped = shouldGroupParameters(node.params, undefined, node.returns, pieces.returns);
  return [
    node.async === true ? 'async ' : '',
    'function',
    node.generator === true ? '*' : '',
    ' ',
    node.name === undefined ? '' : bindingName(node.name),
    group([grouped ? group(paramsDoc) : paramsDoc, pieces.returns]),
    ' ',
    reused(p, node.body, args, () => printFunctionBody(p, node.body)),
  ];
}
