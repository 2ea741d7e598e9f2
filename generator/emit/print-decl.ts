/**
 * Declarations and module syntax (Prettier's module.js, function.js, variable-declaration.js,
 * type-alias.js, class.js): imports and exports with their specifier lists, functions with
 * their overloads, variables, type aliases, interfaces and classes.
 */
import type {
  ClassDeclaration,
  ExportFrom,
  FunctionDeclaration,
  ImportDeclaration,
  ImportSpecifier,
  InterfaceDeclaration,
  Param,
  Stmt,
  TypeNode,
  TypeParam,
  VariableDeclaration,
} from './ast.js';
import { withDoc } from './comments.js';
import { group, hardline, ifBreak, indent, join, line, type Doc } from './doc.js';
import { printString } from './literals.js';
import { bindingName, memberName, typeBindingName } from './names.js';
import { printAssignment } from './print-assign.js';
import { printFunctionBody } from './print-function.js';
import { printMethod } from './print-object.js';
import {
  printParamDocs,
  printParams,
  printReturnType,
  printTypeParams,
  shouldGroupParameters,
} from './print-params.js';
import { printInterfaceBody } from './print-type-members.js';
import type { Printer } from './printer.js';

const exportPrefix = (exported: boolean | undefined): string => (exported === true ? 'export ' : '');

export function printDeclaration(p: Printer, node: Stmt): Doc {
  switch (node.kind) {
    case 'import':
      return printImport(node);
    case 'exportFrom':
      return printExportFrom(node);
    case 'exportNames':
      return ['export', node.typeOnly === true ? ' type' : '', ' ', printSpecifiers(node.names, 'export'), ';'];
    case 'function':
      return printFunctionDeclaration(p, node);
    case 'variable':
      return withDoc(node.doc, [exportPrefix(node.exported), printVariable(p, node)]);
    case 'typeAlias':
      return withDoc(node.doc, [
        exportPrefix(node.exported),
        printAssignment(p, ['type ', typeBindingName(node.name), printTypeParams(p, node.typeParams)], ' =', {
          node: node.type,
          key: 'type',
        }),
        ';',
      ]);
    case 'interface':
      return withDoc(node.doc, [exportPrefix(node.exported), printInterface(p, node)]);
    case 'class':
      return withDoc(node.doc, [exportPrefix(node.exported), printClass(p, node)]);
    default:
      throw new Error(`emit: ${node.kind} is not a declaration`);
  }
}

type SpecifierRole = 'import' | 'export' | 'reexport';

/**
 * `name`, `name as alias`, `type name`. Which side is a local binding depends on the role: the
 * alias of an import, the name of a local export, neither of a re-export.
 */
function printSpecifier(specifier: ImportSpecifier, role: SpecifierRole): Doc {
  const { name, alias } = specifier;
  const typeOnly = specifier.typeOnly === true ? 'type ' : '';
  if (alias === undefined || alias === name) {
    return [typeOnly, role === 'reexport' ? memberName(name) : bindingName(name)];
  }
  const left = role === 'export' ? bindingName(name) : memberName(name);
  const right = role === 'import' ? bindingName(alias) : memberName(alias);
  return [typeOnly, left, ' as ', right];
}

/** `{ a, b as c }`: one specifier never breaks; several break one per line. */
function printSpecifiers(names: readonly ImportSpecifier[], role: SpecifierRole): Doc {
  if (names.length === 0) return '{}';
  const printed = names.map((specifier) => printSpecifier(specifier, role));
  if (printed.length === 1) return ['{ ', printed[0]!, ' }'];
  return group(['{', indent([line, join([',', line], printed)]), ifBreak(','), line, '}']);
}

function printImport(node: ImportDeclaration): Doc {
  const kind = node.typeOnly === true ? ' type' : '';
  const source = printString(node.from);
  if (node.namespace !== undefined) {
    if (node.names !== undefined) throw new Error('emit: an import has either a namespace or names');
    return ['import', kind, ` * as ${bindingName(node.namespace)} from `, source, ';'];
  }
  if (node.names === undefined) return ['import ', source, ';'];
  return ['import', kind, ' ', printSpecifiers(node.names, 'import'), ' from ', source, ';'];
}

function printExportFrom(node: ExportFrom): Doc {
  const kind = node.typeOnly === true ? ' type' : '';
  const source = printString(node.from);
  if (node.names === undefined) {
    const alias = node.namespace === undefined ? '' : ` as ${memberName(node.namespace)}`;
    return ['export', kind, ` *${alias} from `, source, ';'];
  }
  return ['export', kind, ' ', printSpecifiers(node.names, 'reexport'), ' from ', source, ';'];
}

interface Signature {
  readonly typeParams?: readonly TypeParam[];
  readonly params: readonly Param[];
  readonly returns?: TypeNode;
}

/** `function name<T>(a: A): R` */
function printFunctionHead(p: Printer, node: FunctionDeclaration, signature: Signature): Doc {
  const returnsDoc = printReturnType(p, signature.returns);
  const paramsDoc = printParams(signature.params, printParamDocs(p, signature.params), '', false);
  const grouped = shouldGroupParameters(signature.params, signature.typeParams, signature.returns, returnsDoc);
  return [
    node.async === true && node.ambient !== true ? 'async ' : '',
    'function',
    node.generator === true && node.ambient !== true ? '*' : '',
    ' ',
    bindingName(node.name),
    printTypeParams(p, signature.typeParams),
    group([grouped ? group(paramsDoc) : paramsDoc, returnsDoc]),
  ];
}

/** Overloads first, each a declaration of its own, then the implementation (or `declare function`). */
function printFunctionDeclaration(p: Printer, node: FunctionDeclaration): Doc {
  const prefix = [exportPrefix(node.exported), node.ambient === true ? 'declare ' : ''];
  const overloads = (node.overloads ?? []).map((overload) =>
    p.within(
      overload,
      'overloads',
      () => withDoc(overload.doc, [prefix, printFunctionHead(p, node, overload), ';']),
      'overload',
    ),
  );
  const body = node.ambient === true ? ';' : [' ', printFunctionBody(p, node.body)];
  const implementation = withDoc(node.doc, [prefix, printFunctionHead(p, node, node), body]);
  return overloads.length === 0 ? implementation : join(hardline, [...overloads, implementation]);
}

export function printVariable(p: Printer, node: VariableDeclaration): Doc {
  const name = bindingName(node.name);
  const left: Doc = node.type === undefined ? name : [name, ': ', p.print(node.type, 'type')];
  const init = node.init === undefined ? undefined : { node: node.init, key: 'init' };
  const inForHead = p.kind(1) === 'for' && p.key === 'init';
  return group([
    node.ambient === true ? 'declare ' : '',
    node.declare,
    ' ',
    printAssignment(p, left, ' =', init),
    inForHead ? '' : ';',
  ]);
}

function printInterface(p: Printer, node: InterfaceDeclaration): Doc {
  const head: Doc[] = [' ', typeBindingName(node.name), printTypeParams(p, node.typeParams)];
  const heritage = node.extends ?? [];
  for (const type of heritage) {
    if (type.kind !== 'typeReference') throw new Error('emit: an interface extends type references only');
  }
  const printed = heritage.map((type) => p.print(type, 'extends'));
  const isQualified =
    heritage.length === 1 &&
    heritage[0]!.kind === 'typeReference' &&
    heritage[0]!.name.includes('.') &&
    heritage[0]!.args === undefined;
  let parts: Doc;
  if (heritage.length === 0) parts = head;
  else if (heritage.length > 1) {
    parts = group([...head, indent([line, 'extends', group(indent([line, join([',', line], printed)]))])]);
  } else if (isQualified) parts = group([...head, indent([line, group(['extends ', printed[0]!])])]);
  else parts = [...head, ' extends ', printed[0]!];
  return ['interface', parts, ' ', printInterfaceBody(p, node)];
}

function printClass(p: Printer, node: ClassDeclaration): Doc {
  const head: Doc[] = [' ', typeBindingName(node.name)];
  const body = printClassBody(p, node);
  const prefix = [node.ambient === true ? 'declare ' : '', 'class'];
  if (node.extends === undefined) return [...prefix, head, ' ', body];
  const superClass = p.print(node.extends, 'extends');
  const isMember = node.extends.kind === 'member' || node.extends.kind === 'element';
  if (!isMember) return [...prefix, head, ' extends ', superClass, ' ', body];
  const id = Symbol('heritageGroup');
  return [
    ...prefix,
    group([...head, indent([line, group(['extends ', superClass])])], { id }),
    node.members.length > 0 ? ifBreak(hardline, ' ', id) : ' ',
    body,
  ];
}

function printClassBody(p: Printer, node: ClassDeclaration): Doc {
  if (node.members.length === 0) return '{}';
  const members = node.members.map((member) =>
    p.within(member, 'members', () => withDoc(member.doc, printMethod(p, member, node.ambient === true))),
  );
  return ['{', indent([hardline, join(hardline, members)]), hardline, '}'];
}
