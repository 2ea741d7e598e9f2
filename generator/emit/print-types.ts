/**
 * Type nodes (Prettier's union-type.js, intersection-type.js, mapped-type.js, tuple printing and
 * the small TypeScript cases). Object types and their members are in print-type-members.ts.
 */
import type {
  IntersectionType,
  MappedType,
  TemplateLiteralType,
  TupleElement,
  TupleType,
  TypeNode,
  TypeParam,
  UnionType,
} from './ast.js';
import { align, group, ifBreak, indent, indentIfBreak, join, line, markedLine, softline, type Doc } from './doc.js';
import { layout } from './layout.js';
import { printNumber, printString, printTemplateText } from './literals.js';
import { dottedName, referenceName, typeBindingName } from './names.js';
import { typeNeedsParentheses } from './type-parens.js';
import { printParamDocs, printParams, printTypeArgs, printTypeParams, shouldGroupParameters } from './print-params.js';
import { printTernary } from './print-ternary.js';
import { printObjectType } from './print-type-members.js';
import { isObjectType } from './predicates.js';
import type { PrintArgs, Printer } from './printer.js';
import { shouldHugUnionType } from './type-predicates.js';

export function printType(p: Printer, node: TypeNode, args: PrintArgs): Doc {
  const doc = printBareType(p, node, args);
  return typeNeedsParentheses(p) ? ['(', doc, ')'] : doc;
}

function printBareType(p: Printer, node: TypeNode, args: PrintArgs): Doc {
  switch (node.kind) {
    case 'keywordType':
      return node.name;
    case 'literalType':
      return printLiteralType(node.value);
    case 'typeReference':
      return [dottedName(node.name), printTypeArgs(p, node.args, 'args')];
    case 'union':
      return printUnion(p, node, args);
    case 'intersection':
      return printIntersection(p, node);
    case 'arrayType':
      return [node.readonly === true ? 'readonly ' : '', p.print(node.element, 'element'), '[]'];
    case 'tupleType':
      return [node.readonly === true ? 'readonly ' : '', printTuple(p, node)];
    case 'objectType':
      return printObjectType(p, node);
    case 'functionType':
      return printFunctionType(p, node);
    case 'indexedAccess':
      return [p.print(node.object, 'object'), '[', p.print(node.index, 'index'), ']'];
    case 'typeQuery':
      return ['typeof ', dottedName(node.name)];
    case 'typePredicate':
      return [node.asserts === true ? 'asserts ' : '', referenceName(node.param), ' is ', p.print(node.type, 'type')];
    case 'keyof':
      return ['keyof ', p.print(node.type, 'type')];
    case 'mappedType':
      return printMappedType(p, node);
    case 'conditionalType':
      return printTernary(p, node);
    case 'inferType':
      return ['infer ', printTypeParamParts(p, node.name, node.constraint, undefined)];
    case 'templateLiteralType':
      return printTemplateLiteralType(p, node);
  }
}

function printLiteralType(value: string | number | boolean): Doc {
  if (typeof value === 'string') return printString(value);
  if (typeof value === 'boolean') return String(value);
  return value < 0 || Object.is(value, -0) ? ['-', printNumber(-value)] : printNumber(value);
}

/** `T extends C = D` (a type parameter); also the `infer T extends C` of a conditional type. */
export function printTypeParamParts(
  p: Printer,
  name: string,
  constraint: TypeNode | undefined,
  fallback: TypeNode | undefined,
): Doc {
  const parts: Doc[] = [typeBindingName(name)];
  if (constraint !== undefined) {
    const id = Symbol('constraint');
    parts.push(' extends', group(indent(line), { id }), indentIfBreak(p.print(constraint, 'constraint'), id));
  }
  if (fallback !== undefined) {
    const id = Symbol('default');
    parts.push(' =', group(indent(line), { id }), indentIfBreak(p.print(fallback, 'default'), id));
  }
  return group(parts);
}

export const printTypeParam = (p: Printer, param: TypeParam): Doc =>
  printTypeParamParts(p, param.name, param.constraint, param.default);

function printUnion(p: Printer, node: UnionType, args: PrintArgs): Doc {
  const printedTypes = node.types.map((type) => p.print(type, 'types'));
  if (shouldHugUnionType(node)) return join(' | ', printedTypes);
  const printed = group(printedTypes.map((doc, index) => [index === 0 ? ifBreak('| ') : [line, '| '], align(2, doc)]));
  if (typeNeedsParentheses(p)) return group([indent([softline, printed]), softline]);
  if (isMultipleTupleTypeElement(p))
    return group([indent([ifBreak(['(', softline]), printed]), softline, ifBreak(')')]);
  if (args.assignmentLayout === 'break-after-operator' || !shouldIndentUnion(p)) return printed;
  return group(indent([softline, printed]));
}

const isMultipleTupleTypeElement = (p: Printer): boolean =>
  p.kind(1) === 'tupleType' && p.key === 'elements' && p.parent<TupleType>()!.elements.length > 1;

/** Where the parent already indents, a breaking union does not add a level. */
function shouldIndentUnion(p: Printer): boolean {
  const parentKind = p.kind(1);
  if (parentKind === 'tupleType' && p.key === 'elements') return false;
  if (parentKind === 'conditionalType' && (p.key === 'then' || p.key === 'else')) return false;
  return !(p.key === 'args' || p.key === 'typeArgs');
}

function printIntersection(p: Printer, node: IntersectionType): Doc {
  let wasIndented = false;
  return group(
    node.types.map((type, index) => {
      const doc = p.print(type, 'types');
      if (index === 0) return doc;
      const isObject = isObjectType(type);
      const previousIsObject = isObjectType(node.types[index - 1]!);
      if (previousIsObject && isObject) return [' & ', wasIndented ? indent(doc) : doc];
      // No object involved: break before each `&` operand.
      if (!previousIsObject && !isObject) return indent([' &', line, doc]);
      if (index > 1) wasIndented = true;
      return [' & ', index > 1 ? indent(doc) : doc];
    }),
  );
}

function printTuple(p: Printer, node: TupleType): Doc {
  if (node.elements.length === 0) return '[]';
  const parts: Doc[] = [];
  node.elements.forEach((element, index) => {
    parts.push(group(printTupleElement(p, element)));
    if (index < node.elements.length - 1) parts.push([',', line, '']);
  });
  return group(['[', indent([softline, parts, ifBreak(',')]), softline, ']']);
}

/** A plain element hangs from the tuple itself, as in TypeScript's AST; others have a node of their own. */
function printTupleElement(p: Printer, element: TupleElement): Doc {
  if (element.name === undefined && element.optional !== true && element.rest !== true) {
    return p.print(element.type, 'elements');
  }
  return p.within(element, 'elements', () => printWrappedTupleElement(p, element), 'tupleElement');
}

function printWrappedTupleElement(p: Printer, element: TupleElement): Doc {
  const type = p.print(element.type, 'type');
  const rest = element.rest === true ? '...' : '';
  if (element.name === undefined) return element.optional === true ? [type, '?'] : [rest, type];
  return [rest, typeBindingName(element.name), element.optional === true ? '?' : '', ': ', type];
}

function printFunctionType(p: Printer, node: TypeNode & { kind: 'functionType' }): Doc {
  const paramsDoc = printParams(
    node.params,
    printParamDocs(p, node.params),
    printTypeParams(p, node.typeParams),
    false,
  );
  const returnsDoc: Doc = [' ', ['=>', ' ', p.print(node.returns, 'returns')]];
  const grouped = shouldGroupParameters(node.params, node.typeParams, node.returns, returnsDoc);
  return group([grouped ? group(paramsDoc) : paramsDoc, returnsDoc]);
}

function printMappedType(p: Printer, node: MappedType): Doc {
  const optional = node.optional === '-' ? '-?' : node.optional === true ? '?' : '';
  const content: Doc = [
    '{',
    indent([
      markedLine(node),
      node.readonly === true ? 'readonly ' : '',
      group([
        '[',
        indent([softline, typeBindingName(node.param), ' in ', p.print(node.constraint, 'constraint')]),
        softline,
        ']',
      ]),
      optional,
      ': ',
      p.print(node.type, 'type'),
      ifBreak(';'),
    ]),
    line,
    '}',
  ];
  return group(content, { shouldBreak: p.expanded.has(node) });
}

/** `` `${A}-${B}` ``: each interpolation flat, unless it spans lines anyway. */
function printTemplateLiteralType(p: Printer, node: TemplateLiteralType): Doc {
  if (node.texts.length !== node.types.length + 1) {
    throw new Error('emit: a template literal type needs one more text than types');
  }
  const parts: Doc[] = ['`'];
  node.texts.forEach((text, index) => {
    parts.push(printTemplateText(text));
    const type = node.types[index];
    if (type === undefined) return;
    const doc = p.print(type, 'types');
    const flat = layout(doc, Number.POSITIVE_INFINITY);
    parts.push(group(['${', flat.includes('\n') ? doc : flat, '}']));
  });
  parts.push('`');
  return parts;
}
