/**
 * Where parentheses go around types: where Prettier's needs-parentheses.js puts them, which is
 * where an operator type (union, function, conditional, keyof) would otherwise bind wrongly.
 */
import type { TypeNode } from './ast.js';
import type { Printer } from './printer.js';

/** Whether the type being printed needs parentheses around it. */
export const typeNeedsParentheses = (p: Printer): boolean => typeNeedsParens(p, p.node as TypeNode);

function typeNeedsParens(p: Printer, node: TypeNode): boolean {
  const parentKind = p.kind(1);
  const key = p.key;
  switch (node.kind) {
    case 'functionType':
      if (parentKind === 'arrow' && key === 'returns') return true;
      return compositeTypeNeedsParens(p, node);
    case 'conditionalType':
      if (key === 'extends' && parentKind === 'conditionalType') return true;
      if (key === 'constraint' && (parentKind === 'typeParam' || parentKind === 'inferType')) return true;
      return compositeTypeNeedsParens(p, node);
    case 'union':
    case 'intersection':
      return parentKind === 'union' || parentKind === 'intersection' || typeOperandNeedsParens(p);
    case 'inferType':
      if (node.constraint !== undefined && (parentKind === 'union' || parentKind === 'intersection')) return true;
      return typeOperandNeedsParens(p);
    case 'keyof':
      return typeOperandNeedsParens(p);
    case 'arrayType':
      return node.readonly === true && typeOperandNeedsParens(p);
    case 'tupleType':
      return node.readonly === true && typeOperandNeedsParens(p);
    case 'typeQuery':
      return (key === 'object' && parentKind === 'indexedAccess') || (key === 'element' && parentKind === 'arrayType');
    default:
      return false;
  }
}

/** Function and conditional types: where they would capture what follows or be captured. */
function compositeTypeNeedsParens(p: Printer, node: TypeNode): boolean {
  const parentKind = p.kind(1);
  if (p.key === 'check' && parentKind === 'conditionalType') return true;
  if (node.kind === 'functionType' && p.key === 'extends' && parentKind === 'conditionalType') {
    const returns = node.returns;
    const inner = returns.kind === 'typePredicate' ? returns.type : returns;
    if (inner.kind === 'inferType' && inner.constraint !== undefined) return true;
  }
  if (parentKind === 'union' || parentKind === 'intersection') return true;
  return typeOperandNeedsParens(p);
}

/** Positions that bind tighter than any operator type: `(A | B)[]`, `(A | B)['k']`, `keyof (A | B)`. */
function typeOperandNeedsParens(p: Printer): boolean {
  const parentKind = p.kind(1);
  return (
    (parentKind === 'arrayType' && p.key === 'element') ||
    (parentKind === 'tupleElement' && isOptionalOrRestElement(p)) ||
    (parentKind === 'indexedAccess' && p.key === 'object') ||
    parentKind === 'keyof'
  );
}

/** An optional (`T?`) or unnamed rest (`...T`) tuple member: TypeScript's TSOptionalType / TSRestType. */
function isOptionalOrRestElement(p: Printer): boolean {
  const element = p.parent<{ optional?: boolean; rest?: boolean; name?: string }>()!;
  return element.name === undefined && (element.optional === true || element.rest === true);
}
