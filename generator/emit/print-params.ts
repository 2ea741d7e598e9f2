/**
 * Parameter lists, type parameter lists and return types, shared by functions, arrows, methods
 * and function types (Prettier's function-parameters.js and type-parameters.js).
 */
import type { Param, TypeNode, TypeParam, VariableDeclaration } from './ast.js';
import { group, ifBreak, indent, join, line, removeLines, softline, willBreak, type Doc } from './doc.js';
import { isObjectType } from './predicates.js';
import type { Printer } from './printer.js';
import { shouldHugType } from './type-predicates.js';

/**
 * Thrown when a hugged last argument's parameters cannot be kept on one line; the call then
 * breaks all its arguments instead (Prettier's ArgExpansionBailout).
 */
export class ArgExpansionBailout extends Error {}

/** `function f(options: { ... })`: a lone parameter typed by an object literal hugs the parentheses. */
export function shouldHugTheOnlyParameter(params: readonly Param[]): boolean {
  const [param] = params;
  return (
    params.length === 1 &&
    param!.default === undefined &&
    param!.rest !== true &&
    param!.type !== undefined &&
    isObjectType(param!.type)
  );
}

/** Prints each parameter of the current node (key `params`). */
export const printParamDocs = (p: Printer, params: readonly Param[]): Doc[] =>
  params.map((param) => p.print(param, 'params', {}, 'param'));

/**
 * `(a: A, b: B)`, breaking one parameter per line with a trailing comma. With `expand` (the
 * parameters of a hugged last argument) it must stay on one line or bail out.
 */
export function printParams(
  params: readonly Param[],
  paramDocs: readonly Doc[],
  typeParamsDoc: Doc,
  expand: boolean,
): Doc {
  if (params.length === 0) return [typeParamsDoc, '(', ')'];
  const hug = shouldHugTheOnlyParameter(params);
  const printed: Doc[] = [];
  paramDocs.forEach((doc, index) => {
    printed.push(doc);
    if (index < paramDocs.length - 1) printed.push(',', hug ? ' ' : line);
  });
  if (expand) {
    if (willBreak(typeParamsDoc) || willBreak(printed)) throw new ArgExpansionBailout();
    return group([removeLines(typeParamsDoc), '(', removeLines(printed), ')']);
  }
  if (hug) return [typeParamsDoc, '(', ...printed, ')'];
  const hasRest = params[params.length - 1]!.rest === true;
  return [typeParamsDoc, '(', indent([softline, ...printed]), hasRest ? '' : ifBreak(','), softline, ')'];
}

/** `: R` after a parameter list; nothing without a return type. */
export const printReturnType = (p: Printer, returns: TypeNode | undefined, key = 'returns'): Doc =>
  returns === undefined ? '' : [': ', p.print(returns, key)];

/** Whether the parameters get their own group, so the return type breaks first. */
export function shouldGroupParameters(
  params: readonly Param[],
  typeParams: readonly TypeParam[] | undefined,
  returns: TypeNode | undefined,
  returnTypeDoc: Doc,
): boolean {
  if (returns === undefined) return false;
  if (typeParams !== undefined) {
    if (typeParams.length > 1) return false;
    const [only] = typeParams;
    if (only !== undefined && (only.constraint !== undefined || only.default !== undefined)) return false;
  }
  return params.length === 1 && (isObjectType(returns) || willBreak(returnTypeDoc));
}

/** `<T, U extends V = W>` on a declaration; `forArrow`: a lone unconstrained `<T,>` keeps its comma. */
export function printTypeParams(p: Printer, typeParams: readonly TypeParam[] | undefined, forArrow = false): Doc {
  if (typeParams === undefined || typeParams.length === 0) return '';
  const printed = typeParams.map((param) => p.print(param, 'typeParams', {}, 'typeParam'));
  const forceComma = forArrow && typeParams.length === 1 && typeParams[0]!.constraint === undefined;
  return group(['<', indent([softline, join([',', line], printed)]), forceComma ? ',' : ifBreak(','), softline, '>']);
}

/** `<A, B>` type arguments of the current node (a reference, call or `new`) under `key`. */
export function printTypeArgs(p: Printer, args: readonly TypeNode[] | undefined, key: string): Doc {
  if (args === undefined || args.length === 0) return '';
  const printed = args.map((arg) => p.print(arg, key));
  const [only] = args;
  if (args.length === 1 && shouldHugType(only!) && !isArrowVariableAnnotation(p, only!)) {
    return ['<', printed[0]!, '>'];
  }
  return group(['<', indent([softline, join([',', line], printed)]), softline, '>']);
}

/** `const f: Fn<A> = () => ...`: type arguments of a variable's annotation never hug then. */
function isArrowVariableAnnotation(p: Printer, only: TypeNode): boolean {
  if (p.kind() !== 'typeReference' || p.kind(1) !== 'variable' || p.key !== 'type') return false;
  return !isObjectType(only) && (p.parent<VariableDeclaration>()!.init?.kind ?? '') === 'arrow';
}
