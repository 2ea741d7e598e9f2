/**
 * Object types, interface bodies and their members (Prettier's class-body.js for
 * TSTypeLiteral/TSInterfaceBody, and the member printers): a type literal is a group whose
 * members end in `;` but the last (which gets one only when broken); an interface always puts
 * one member per line.
 */
import type { InterfaceDeclaration, ObjectType, Param, TypeMember } from './ast.js';
import { withDoc } from './comments.js';
import { group, hardline, ifBreak, indent, line, markedLine, softline, type Doc } from './doc.js';
import { printKey, printString } from './literals.js';
import { bindingName } from './names.js';
import {
  printParamDocs,
  printParams,
  printReturnType,
  printTypeParams,
  shouldGroupParameters,
  shouldHugTheOnlyParameter,
} from './print-params.js';
import type { Printer } from './printer.js';

export function printObjectType(p: Printer, node: ObjectType): Doc {
  if (node.members.length === 0) return '{}';
  const parts: Doc[] = [];
  node.members.forEach((member, index) => {
    const isLast = index === node.members.length - 1;
    parts.push(printMemberAt(p, member, isLast ? ifBreak(';') : ';'));
    if (!isLast) parts.push(line);
  });
  const content: Doc = ['{', indent([node.multiline === true ? line : markedLine(node), ...parts]), line, '}'];
  const shouldBreak = node.multiline === true || p.expanded.has(node);
  return isHuggedParameterType(p) ? content : group(content, { shouldBreak });
}

/** `function f(options: { ... })`: the object type of a hugged lone parameter adds no group. */
function isHuggedParameterType(p: Printer): boolean {
  if (p.kind(1) !== 'param' || p.key !== 'type' || p.keyAt(1) !== 'params') return false;
  const owner = p.parent<{ params?: readonly Param[] }>(2);
  return owner?.params !== undefined && shouldHugTheOnlyParameter(owner.params);
}

export function printInterfaceBody(p: Printer, node: InterfaceDeclaration): Doc {
  if (node.members.length === 0) return '{}';
  const parts: Doc[] = [];
  node.members.forEach((member, index) => {
    if (index > 0) parts.push(hardline);
    parts.push(printMemberAt(p, member, ';'));
  });
  return ['{', indent([hardline, parts]), hardline, '}'];
}

const printMemberAt = (p: Printer, member: TypeMember, semicolon: Doc): Doc =>
  p.within(member, 'members', () => withDoc(member.doc, [printTypeMember(p, member), semicolon]));

function printTypeMember(p: Printer, member: TypeMember): Doc {
  switch (member.kind) {
    case 'propertySignature':
      return group([
        member.readonly === true ? 'readonly ' : '',
        printKey(member.name, member.numeric === true),
        member.optional === true ? '?' : '',
        ': ',
        p.print(member.type, 'type'),
      ]);
    case 'indexSignature':
      return group([
        member.readonly === true ? 'readonly ' : '',
        '[',
        group([indent([softline, bindingName(member.keyName), ': ', p.print(member.keyType, 'keyType')]), softline]),
        ']',
        ': ',
        p.print(member.type, 'type'),
      ]);
    case 'methodSignature':
    case 'callSignature':
      return printSignature(p, member);
  }
}

/** `name?<T>(a: A): R` and `(a: A): R`. */
function printSignature(p: Printer, member: TypeMember & { kind: 'methodSignature' | 'callSignature' }): Doc {
  const paramsDoc = printParams(
    member.params,
    printParamDocs(p, member.params),
    printTypeParams(p, member.typeParams),
    false,
  );
  const returnsDoc = printReturnType(p, member.returns);
  const grouped = shouldGroupParameters(member.params, member.typeParams, member.returns, returnsDoc);
  const params = grouped ? group(paramsDoc) : paramsDoc;
  if (member.kind === 'callSignature') return group([params, returnsDoc]);
  // An unquoted `new(...)` would declare a constructor, so Prettier keeps that name quoted.
  const name = member.name === 'new' ? printString('new') : printKey(member.name, false);
  return group([name, member.optional === true ? '?' : '', params, group(returnsDoc)]);
}
