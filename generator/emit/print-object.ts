/**
 * Object and array literals and object members (Prettier's object.js, array.js, property.js):
 * objects break all members or none, and stay broken when marked `multiline` (Prettier keeps
 * an object expanded when the source has a line break after `{`); arrays of objects or arrays
 * always break, arrays of numbers fill lines.
 */
import type { ArrayLiteral, Expr, Getter, MethodDefinition, ObjectLiteral, ObjectMember } from './ast.js';
import { withDoc } from './comments.js';
import { fill, group, ifBreak, indent, line, markedLine, softline, type Doc } from './doc.js';
import { printKey } from './literals.js';
import { bindingName } from './names.js';
import { printAssignment } from './print-assign.js';
import { isConciselyPrintedArray } from './call-arguments.js';
import { printFunctionBody } from './print-function.js';
import { printParamDocs, printParams, printReturnType, shouldGroupParameters } from './print-params.js';
import type { Printer } from './printer.js';

export function printObject(p: Printer, node: ObjectLiteral): Doc {
  if (node.members.length === 0) return '{}';
  const parts: Doc[] = node.members.map((member, index) => {
    const printed = p.print(member, 'members');
    return index === 0 ? printed : [',', line, printed];
  });
  return group(['{', indent([node.multiline === true ? line : markedLine(node), ...parts]), ifBreak(','), line, '}'], {
    shouldBreak: node.multiline === true || p.expanded.has(node),
  });
}

/** A property key as written before `:`: a name, a quoted string, a number, or `[expression]`. */
export function printPropertyKey(p: Printer, key: string | Expr, computed: boolean | undefined): Doc {
  if (computed === true)
    return ['[', p.print(typeof key === 'string' ? { kind: 'string', value: key } : key, 'key'), ']'];
  if (typeof key === 'string') return printKey(key, p.javascript);
  if (key.kind !== 'number') throw new Error(`emit: a ${key.kind} key must be computed`);
  return p.print(key, 'key');
}

export function printObjectMember(p: Printer, member: ObjectMember): Doc {
  switch (member.kind) {
    case 'property':
      return withDoc(
        member.doc,
        printAssignment(p, printPropertyKey(p, member.key, member.computed), ':', { node: member.value, key: 'value' }),
      );
    case 'shorthand':
      return bindingName(member.name);
    case 'spreadAssignment':
      return ['...', p.print(member.expr, 'expr')];
    case 'method':
    case 'getter':
      return withDoc(member.doc, printMethod(p, member));
  }
}

/** `name(a) { ... }`, `async name() { ... }`, `get name() { ... }`. */
export function printMethod(p: Printer, member: MethodDefinition | Getter, signatureOnly = false): Doc {
  const params = member.kind === 'method' ? member.params : [];
  const returnsDoc = printReturnType(p, member.returns);
  const paramsDoc = printParams(params, printParamDocs(p, params), '', false);
  const grouped = shouldGroupParameters(params, undefined, member.returns, returnsDoc);
  return [
    member.kind === 'getter' ? 'get ' : member.async === true && !signatureOnly ? 'async ' : '',
    printKey(member.name, p.javascript),
    group([grouped ? group(paramsDoc) : paramsDoc, returnsDoc]),
    signatureOnly ? ';' : [' ', printFunctionBody(p, member.body)],
  ];
}

export function printArray(p: Printer, node: ArrayLiteral): Doc {
  if (node.items.length === 0) return '[]';
  const id = Symbol('array');
  const concise = isConciselyPrintedArray(node);
  const trailingComma = concise ? ifBreak(',', '', id) : ifBreak(',');
  const items = concise ? printConcisely(p, node, trailingComma) : [printItems(p, node), trailingComma];
  return group(['[', indent([softline, items]), softline, ']'], { shouldBreak: shouldBreakArray(node), id });
}

/** Two or more objects (or arrays), each with more than one member: one per line. */
function shouldBreakArray(node: ArrayLiteral): boolean {
  return (
    node.items.length > 1 &&
    node.items.every((item, index) => {
      const next = node.items[index + 1];
      if (item.kind === 'object') return (next === undefined || next.kind === 'object') && item.members.length > 1;
      if (item.kind === 'array') return (next === undefined || next.kind === 'array') && item.items.length > 1;
      return false;
    })
  );
}

function printItems(p: Printer, node: ArrayLiteral): Doc[] {
  const parts: Doc[] = [];
  node.items.forEach((item, index) => {
    parts.push(group(p.print(item, 'items')));
    if (index < node.items.length - 1) parts.push([',', line, '']);
  });
  return parts;
}

function printConcisely(p: Printer, node: ArrayLiteral, trailingComma: Doc): Doc {
  const parts: Doc[] = [];
  node.items.forEach((item, index) => {
    const isLast = index === node.items.length - 1;
    parts.push([p.print(item, 'items'), isLast ? trailingComma : ',']);
    if (!isLast) parts.push(line);
  });
  return fill(parts);
}
