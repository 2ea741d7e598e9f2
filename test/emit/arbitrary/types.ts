/** Random type nodes: every kind of type, weighted towards unions of string literals and object types. */
import fc from 'fast-check';
import type { Tie } from './common.js';
import type { TypeMember, TypeNode } from '../../../generator/emit/ast.js';
import {
  DEPTH,
  compact,
  key,
  maybe,
  memberName,
  name,
  optionalDoc,
  params,
  shortText,
  text,
  typeName,
  typeParams,
} from './common.js';

export function typeArbitraries(tie: fc.LetrecTypedTie<Tie>): fc.Arbitrary<TypeNode> {
  const type = tie('type');
  const member: fc.Arbitrary<TypeMember> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record({ name: key, type, optional: fc.boolean(), readonly: fc.boolean(), doc: optionalDoc })
        .map((value) => compact<TypeMember>({ kind: 'propertySignature', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ keyName: name, keyType: fc.constantFrom<TypeNode>({ kind: 'keywordType', name: 'string' }), type })
        .map((value) => ({ kind: 'indexSignature', ...value }) as TypeMember),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ name: memberName, params: params(type, undefined, 2), returns: type, optional: fc.boolean() })
        .map((value) => compact<TypeMember>({ kind: 'methodSignature', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ params: params(type, undefined, 2), returns: type })
        .map((value) => ({ kind: 'callSignature', ...value }) as TypeMember),
    },
  );
  return fc.oneof(
    DEPTH,
    {
      weight: 6,
      arbitrary: fc.constantFrom<TypeNode>(
        ...(['string', 'number', 'boolean', 'unknown', 'null', 'undefined', 'void', 'never'] as const).map((kw) => ({
          kind: 'keywordType' as const,
          name: kw,
        })),
      ),
    },
    {
      weight: 4,
      arbitrary: fc
        .oneof(text, fc.integer({ min: -5, max: 500 }), fc.boolean())
        .map((value): TypeNode => ({ kind: 'literalType', value })),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({ name: typeName, args: maybe(fc.array(type, { minLength: 1, maxLength: 3 })) })
        .map((value) => compact<TypeNode>({ kind: 'typeReference', ...value })),
    },
    {
      weight: 3,
      arbitrary: fc.array(type, { minLength: 2, maxLength: 12 }).map((types): TypeNode => ({ kind: 'union', types })),
    },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.string({ minLength: 3, maxLength: 20, unit: fc.constantFrom('a', 'b', '_', '-') }), {
          minLength: 2,
          maxLength: 14,
        })
        .map((values): TypeNode => ({ kind: 'union', types: values.map((value) => ({ kind: 'literalType', value })) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(type, { minLength: 2, maxLength: 4 })
        .map((types): TypeNode => ({ kind: 'intersection', types })),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({ element: type, readonly: fc.boolean() })
        .map((value) => compact<TypeNode>({ kind: 'arrayType', ...value, readonly: value.readonly || undefined })),
    },
    { weight: 1, arbitrary: tupleType(type) },
    {
      weight: 3,
      arbitrary: fc
        .record({ members: fc.array(member, { maxLength: 5 }), multiline: fc.boolean() })
        .map((value) => compact<TypeNode>({ kind: 'objectType', ...value, multiline: value.multiline || undefined })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ typeParams: typeParams(type), params: params(type, undefined, 3), returns: type })
        .map((value) => compact<TypeNode>({ kind: 'functionType', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ object: type, index: type })
        .map((value): TypeNode => ({ kind: 'indexedAccess', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('a', 'x.y', 'value').map((query): TypeNode => ({ kind: 'typeQuery', name: query })),
    },
    { weight: 1, arbitrary: type.map((inner): TypeNode => ({ kind: 'keyof', type: inner })) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          param: fc.constantFrom('K', 'P'),
          constraint: type,
          type,
          readonly: fc.boolean(),
          optional: fc.constantFrom<boolean | '-'>(true, false, '-'),
        })
        .map((value) =>
          compact<TypeNode>({
            kind: 'mappedType',
            ...value,
            readonly: value.readonly || undefined,
            optional: value.optional || undefined,
          }),
        ),
    },
    { weight: 1, arbitrary: conditionalType(type) },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(type, shortText), { maxLength: 2 }).chain((pairs) =>
        shortText.map((first): TypeNode => ({
          kind: 'templateLiteralType',
          texts: [first, ...pairs.map(([, part]) => part)],
          types: pairs.map(([inner]) => inner),
        })),
      ),
    },
  );
}

function tupleType(type: fc.Arbitrary<TypeNode>): fc.Arbitrary<TypeNode> {
  return fc
    .record({
      types: fc.array(type, { maxLength: 4 }),
      named: fc.boolean(),
      optionalTail: fc.boolean(),
      rest: fc.boolean(),
      readonly: fc.boolean(),
    })
    .map(({ types, named, optionalTail, rest, readonly }) => {
      const elements = types.map((element, index) => {
        const isLast = index === types.length - 1;
        return compact({
          type: isLast && rest ? ({ kind: 'arrayType', element } as TypeNode) : element,
          name: named ? `m${index}` : undefined,
          optional: isLast && optionalTail && !rest ? true : undefined,
          rest: isLast && rest ? true : undefined,
        });
      });
      return compact<TypeNode>({ kind: 'tupleType', elements, readonly: readonly || undefined });
    });
}

function conditionalType(type: fc.Arbitrary<TypeNode>): fc.Arbitrary<TypeNode> {
  // TypeScript misreads `infer R extends <T>() => ...`: constraints here are plain types.
  const plain = fc.constantFrom<TypeNode>(
    { kind: 'keywordType', name: 'string' },
    { kind: 'typeReference', name: 'Foo' },
  );
  const inferred = fc
    .record({ name: fc.constantFrom('R', 'I'), constraint: maybe(plain) })
    .map((value) => compact<TypeNode>({ kind: 'inferType', ...value }));
  // Nor can a generic function type stand here: TypeScript reads a conditional type in its type
  // parameters as the end of the `extends` clause (`'>' expected`), and Prettier's own output of
  // the parenthesised form drops the parentheses and does not parse again either.
  const extendsType = fc.oneof(
    type.map((extended): TypeNode => {
      if (extended.kind !== 'functionType' || extended.typeParams === undefined) return extended;
      const { typeParams: _dropped, ...plainFunction } = extended;
      return plainFunction;
    }),
    inferred,
    fc.tuple(typeName, inferred).map(([ref, infer]): TypeNode => ({ kind: 'typeReference', name: ref, args: [infer] })),
  );
  // A long union as the checked type starts with a line break, and in a tuple Prettier keeps
  // the blank line that makes and adds one more each time: no fixed point to compare with.
  const check = type.map((checked): TypeNode =>
    checked.kind === 'union' ? { kind: 'typeReference', name: 'T' } : checked,
  );
  return fc
    .record({ check, extends: extendsType, then: type, else: type })
    .map((value): TypeNode => ({ kind: 'conditionalType', ...value }));
}
