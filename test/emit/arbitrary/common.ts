/** Building blocks the AST arbitraries share: names, texts, docs, parameters, the depth budget. */
import fc from 'fast-check';
import type { BinaryOperator, Doc, Expr, Param, Stmt, TypeNode, TypeParam } from '../../../generator/emit/ast.js';

export const NAMES = [
  'a',
  'b',
  'x',
  'id',
  'value',
  'errors',
  'path',
  'obj',
  'Foo',
  'Object',
  '_',
  '$',
  'isResponseInfo',
  'checkInvoicePagination',
  'validateListUserBillingHistoryResponse',
  'aVeryLongIdentifierNameThatTakesUpQuiteSomeRoomOnTheLine',
];
export const MEMBER_NAMES = [...NAMES, 'default', 'class', 'length', 'isArray', 'new', 'keys', 'map', 'filter'];
export const TYPE_NAMES = [
  'T',
  'Foo',
  'ValidationIssue',
  'Record',
  'Array',
  'Promise',
  'ns.Type',
  'ListUserBillingHistoryResponse',
];
export const KEYS = [
  'a',
  'id',
  'type',
  'name',
  'x-y',
  '1',
  '1.5',
  '01',
  'with space',
  "it's",
  'caf\u00e9',
  '',
  'default',
  'requiredPropertyName',
];

export const name = fc.constantFrom(...NAMES);
export const memberName = fc.constantFrom(...MEMBER_NAMES);
export const typeName = fc.constantFrom(...TYPE_NAMES);
export const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }));

export const shortText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('must be object', 'type', '/code', "must have required property 'code'", ''),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('a\u2028b', '\ud800', 'tab\there', 'quote"and\'', "'''\"", '\\d+', '${x}`') },
);
export const longText = fc.string({ minLength: 60, maxLength: 160, unit: fc.constantFrom('a', 'b', ' ', '-', 'é') });
export const text = fc.oneof({ weight: 5, arbitrary: shortText }, { weight: 1, arbitrary: longText });

export const jsdoc: fc.Arbitrary<Doc> = fc.oneof(
  fc.constantFrom(['The id.'], ['Line one.', '', 'Line two.', '@deprecated'], ['Ends with */ here'], ['a\nb\r\nc  ']),
  fc.array(shortText, { minLength: 1, maxLength: 3 }),
);
export const optionalDoc = fc.option(jsdoc, { freq: 3, nil: undefined });

export const BINARY_OPERATORS: BinaryOperator[] = [
  '||',
  '&&',
  '??',
  '===',
  '!==',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '**',
  '&',
  '|',
  '^',
  '<<',
  '>>',
  '>>>',
  'in',
  'instanceof',
];

/** A node type with every field optional and undefined allowed: what `compact` accepts. */
export type Loose<T> = T extends unknown ? { [K in keyof T]?: T[K] | undefined } : never;

/** Objects with `undefined` values dropped, for optional fields under exactOptionalPropertyTypes. */
export function compact<T>(value: Loose<T>): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** One depth budget shared by expressions, statements and types: the first alternative of each is a leaf. */
export const DEPTH = { maxDepth: 3, depthSize: 'small', depthIdentifier: 'ast', withCrossShrink: true } as const;

export interface Tie {
  expr: Expr;
  stmt: Stmt;
  type: TypeNode;
}

export const maybe = <T>(arbitrary: fc.Arbitrary<T>, freq = 3): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { freq, nil: undefined });

/** A valid parameter list: a rest parameter only last, never optional and defaulted at once. */
export function params(
  type: fc.Arbitrary<TypeNode>,
  expr: fc.Arbitrary<Expr> | undefined,
  maxLength = 3,
): fc.Arbitrary<Param[]> {
  const param = fc
    .record({
      name,
      type: maybe(type, 1),
      flavour: fc.constantFrom('plain', 'plain', 'optional', 'default', 'rest'),
      fallback: expr === undefined ? fc.constant(undefined) : expr,
    })
    .map(({ name: paramName, type: paramType, flavour, fallback }) => {
      const base = compact<Param>({ name: paramName, type: paramType });
      if (flavour === 'optional') return { ...base, optional: true };
      if (flavour === 'default' && fallback !== undefined) return { ...base, default: fallback };
      return flavour === 'rest' ? { ...base, rest: true } : base;
    });
  return fc
    .array(param, { maxLength })
    .map((list) => list.filter((item, index) => item.rest !== true || index === list.length - 1));
}

export const typeParams = (type: fc.Arbitrary<TypeNode>): fc.Arbitrary<TypeParam[] | undefined> =>
  maybe(
    fc.array(
      fc
        .record({ name: fc.constantFrom('T', 'U', 'K'), constraint: maybe(type), default: maybe(type) })
        .map((value) => compact<TypeParam>(value)),
      { minLength: 1, maxLength: 2 },
    ),
    4,
  );
