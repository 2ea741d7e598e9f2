/** Questions Prettier's layout rules ask about type nodes. */
import type { Param, TypeMember, TypeNode, UnionType } from './ast.js';
import { isSimpleType } from './predicates.js';

/** `Foo | null`, `{ a: string } | void`: a union Prettier keeps on one line (shouldHugUnionType). */
export function shouldHugUnionType(union: UnionType): boolean {
  const objectType = union.types.find((type) => type.kind === 'objectType' || type.kind === 'typeReference');
  if (objectType === undefined) return false;
  return union.types.every(
    (type) => type === objectType || (type.kind === 'keywordType' && (type.name === 'void' || type.name === 'null')),
  );
}

/** Prettier's shouldHugType: a type argument printed inline, without a group that could break. */
export function shouldHugType(type: TypeNode): boolean {
  if (isSimpleType(type) || type.kind === 'objectType' || type.kind === 'mappedType') return true;
  return type.kind === 'union' && shouldHugUnionType(type);
}

/**
 * Whether a printed type is sure to span lines: an object type that is `multiline` or holds a
 * JSDoc, or an object or mapped type an earlier layout expanded (`expanded`).
 */
export function typeWillBreak(type: TypeNode, expanded: ReadonlySet<object>): boolean {
  if (childTypes(type).some((child) => typeWillBreak(child, expanded))) return true;
  if (type.kind === 'mappedType') return expanded.has(type);
  if (type.kind !== 'objectType' || type.members.length === 0) return false;
  return type.multiline === true || expanded.has(type) || type.members.some((member) => member.doc !== undefined);
}

const paramTypes = (params: readonly Param[]): TypeNode[] =>
  params.flatMap((param) => (param.type === undefined ? [] : [param.type]));

function memberTypes(member: TypeMember): TypeNode[] {
  switch (member.kind) {
    case 'propertySignature':
      return [member.type];
    case 'indexSignature':
      return [member.keyType, member.type];
    default:
      return [...paramTypes(member.params), member.returns];
  }
}

/** The type nodes directly inside a type node. */
export function childTypes(type: TypeNode): TypeNode[] {
  switch (type.kind) {
    case 'typeReference':
      return [...(type.args ?? [])];
    case 'union':
    case 'intersection':
      return [...type.types];
    case 'arrayType':
      return [type.element];
    case 'tupleType':
      return type.elements.map((element) => element.type);
    case 'objectType':
      return type.members.flatMap(memberTypes);
    case 'functionType':
      return [...paramTypes(type.params), type.returns];
    case 'indexedAccess':
      return [type.object, type.index];
    case 'typePredicate':
    case 'keyof':
      return [type.type];
    case 'mappedType':
      return [type.constraint, type.type];
    case 'conditionalType':
      return [type.check, type.extends, type.then, type.else];
    case 'inferType':
      return type.constraint === undefined ? [] : [type.constraint];
    case 'templateLiteralType':
      return [...type.types];
    default:
      return [];
  }
}
