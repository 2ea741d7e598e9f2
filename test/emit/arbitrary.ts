/**
 * Random modules over the whole AST vocabulary, weighted towards what the client generator
 * emits: validator functions with nested ifs and long `&&`/`||` conditions, descriptor objects
 * behind `/* @__PURE__ *\/` calls, interfaces with documented optional readonly members, long
 * unions of string literals, long import lists, overloaded exported functions, arrows with
 * object bodies, long strings. sanitize.ts then makes each one a valid program.
 */
import fc from 'fast-check';
import type {
  BinaryOperator,
  Doc,
  Expr,
  Getter,
  If,
  ImportSpecifier,
  MethodDefinition,
  Module,
  ObjectMember,
  Param,
  Stmt,
  TypeMember,
  TypeNode,
  TypeParam,
} from '../../generator/emit/ast.js';
import { sanitize } from './sanitize.js';

const NAMES = [
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
const MEMBER_NAMES = [...NAMES, 'default', 'class', 'length', 'isArray', 'new', 'keys', 'map', 'filter'];
const TYPE_NAMES = [
  'T',
  'Foo',
  'ValidationIssue',
  'Record',
  'Array',
  'Promise',
  'ns.Type',
  'ListUserBillingHistoryResponse',
];
const KEYS = [
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

const name = fc.constantFrom(...NAMES);
const memberName = fc.constantFrom(...MEMBER_NAMES);
const typeName = fc.constantFrom(...TYPE_NAMES);
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }));

const shortText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('must be object', 'type', '/code', "must have required property 'code'", ''),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('a\u2028b', '\ud800', 'tab\there', 'quote"and\'', "'''\"", '\\d+', '${x}`') },
);
const longText = fc.string({ minLength: 60, maxLength: 160, unit: fc.constantFrom('a', 'b', ' ', '-', 'é') });
const text = fc.oneof({ weight: 5, arbitrary: shortText }, { weight: 1, arbitrary: longText });

const jsdoc: fc.Arbitrary<Doc> = fc.oneof(
  fc.constantFrom(['The id.'], ['Line one.', '', 'Line two.', '@deprecated'], ['Ends with */ here'], ['a\nb\r\nc  ']),
  fc.array(shortText, { minLength: 1, maxLength: 3 }),
);
const optionalDoc = fc.option(jsdoc, { freq: 3, nil: undefined });

const BINARY_OPERATORS: BinaryOperator[] = [
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
type Loose<T> = T extends unknown ? { [K in keyof T]?: T[K] | undefined } : never;

/** Objects with `undefined` values dropped, for optional fields under exactOptionalPropertyTypes. */
function compact<T>(value: Loose<T>): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** One depth budget shared by expressions, statements and types: the first alternative of each is a leaf. */
const DEPTH = { maxDepth: 3, depthSize: 'small', depthIdentifier: 'ast', withCrossShrink: true } as const;

interface Tie {
  expr: Expr;
  stmt: Stmt;
  type: TypeNode;
}

const maybe = <T>(arbitrary: fc.Arbitrary<T>, freq = 3): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { freq, nil: undefined });

/** A valid parameter list: a rest parameter only last, never optional and defaulted at once. */
function params(
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

const typeParams = (type: fc.Arbitrary<TypeNode>): fc.Arbitrary<TypeParam[] | undefined> =>
  maybe(
    fc.array(
      fc
        .record({ name: fc.constantFrom('T', 'U', 'K'), constraint: maybe(type), default: maybe(type) })
        .map((value) => compact<TypeParam>(value)),
      { minLength: 1, maxLength: 2 },
    ),
    4,
  );

function typeArbitraries(tie: fc.LetrecTypedTie<Tie>): fc.Arbitrary<TypeNode> {
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
  const extendsType = fc.oneof(
    type,
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

function objectMembers(tie: fc.LetrecTypedTie<Tie>): fc.Arbitrary<ObjectMember> {
  const expr = tie('expr');
  const body = fc.array(tie('stmt'), { maxLength: 3 });
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .record({ key, value: expr, doc: maybe(jsdoc, 8) })
        .map((value) => compact<ObjectMember>({ kind: 'property', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ key: expr, value: expr })
        .map((value): ObjectMember => ({ kind: 'property', ...value, computed: true })),
    },
    { weight: 2, arbitrary: name.map((member): ObjectMember => ({ kind: 'shorthand', name: member })) },
    { weight: 1, arbitrary: expr.map((inner): ObjectMember => ({ kind: 'spreadAssignment', expr: inner })) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          name: key,
          params: params(tie('type'), expr),
          returns: maybe(tie('type')),
          body,
          async: fc.boolean(),
        })
        .map((value) => compact<ObjectMember>({ kind: 'method', ...value, async: value.async || undefined })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ name: key, returns: maybe(tie('type')), body })
        .map((value) => compact<ObjectMember>({ kind: 'getter', ...value })),
    },
  );
}

function exprArbitrary(tie: fc.LetrecTypedTie<Tie>): fc.Arbitrary<Expr> {
  const expr = tie('expr');
  const type = tie('type');
  const args = fc.array(
    fc.oneof(
      { weight: 8, arbitrary: expr },
      { weight: 1, arbitrary: expr.map((inner): Expr => ({ kind: 'spread', expr: inner })) },
    ),
    { maxLength: 4 },
  );
  const leaf = fc.oneof(
    { weight: 8, arbitrary: name.map((id): Expr => ({ kind: 'identifier', name: id })) },
    { weight: 1, arbitrary: fc.constant<Expr>({ kind: 'identifier', name: 'this' }) },
    { weight: 5, arbitrary: text.map((value): Expr => ({ kind: 'string', value })) },
    {
      weight: 3,
      arbitrary: fc
        .oneof(fc.nat(1000), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }))
        .map((value): Expr => ({ kind: 'number', value })),
    },
    { weight: 1, arbitrary: fc.boolean().map((value): Expr => ({ kind: 'boolean', value })) },
    { weight: 1, arbitrary: fc.constant<Expr>({ kind: 'null' }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Expr>(
        { kind: 'regexp', source: '^\\d+$', flags: 'u' },
        { kind: 'regexp', source: '[a-z/]+', flags: 'gi' },
        { kind: 'regexp', source: 'a\\/b', flags: '' },
      ),
    },
  );
  return fc.oneof(
    DEPTH,
    { weight: 12, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: fc
        .array(
          fc.oneof(
            expr,
            expr.map((inner): Expr => ({ kind: 'spread', expr: inner })),
          ),
          { maxLength: 5 },
        )
        .map((items): Expr => ({ kind: 'array', items })),
    },
    {
      weight: 2,
      arbitrary: fc
        .array(
          fc.nat(99999).map((value): Expr => ({ kind: 'number', value })),
          { minLength: 1, maxLength: 40 },
        )
        .map((items): Expr => ({ kind: 'array', items })),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({ members: fc.array(objectMembers(tie), { maxLength: 5 }), multiline: fc.boolean() })
        .map((value) => compact<Expr>({ kind: 'object', ...value, multiline: value.multiline || undefined })),
    },
    {
      weight: 4,
      arbitrary: fc.record({ object: expr, name: memberName, optional: fc.boolean() }).map((value) =>
        compact<Expr>({
          kind: 'member',
          ...value,
          optional: value.optional && value.name.length % 3 === 0 ? true : undefined,
        }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.record({ object: expr, index: expr }).map((value): Expr => ({ kind: 'element', ...value })),
    },
    {
      weight: 6,
      arbitrary: fc
        .record({ callee: expr, args, typeArgs: maybe(fc.array(type, { minLength: 1, maxLength: 2 }), 8) })
        .map((value) => compact<Expr>({ kind: 'call', ...value })),
    },
    { weight: 1, arbitrary: fc.record({ callee: expr, args }).map((value): Expr => ({ kind: 'new', ...value })) },
    {
      weight: 8,
      arbitrary: fc
        .record({ operator: fc.constantFrom(...BINARY_OPERATORS), left: expr, right: expr })
        .map((value): Expr => ({ kind: 'binary', ...value })),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({ operator: fc.constantFrom('&&', '||'), operands: fc.array(expr, { minLength: 3, maxLength: 6 }) })
        .map(({ operator, operands }) =>
          operands.slice(1).reduce<Expr>((left, right) => ({ kind: 'binary', operator, left, right }), operands[0]!),
        ),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({ operator: fc.constantFrom('!', '-', '+', '~', 'void'), operand: expr })
        .map((value) => ({ kind: 'unary', ...value }) as Expr),
    },
    { weight: 2, arbitrary: expr.map((operand): Expr => ({ kind: 'typeof', operand })) },
    {
      weight: 2,
      arbitrary: fc
        .record({ test: expr, then: expr, else: expr })
        .map((value): Expr => ({ kind: 'conditional', ...value })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({
          params: params(type, expr),
          body: fc.oneof(expr, fc.array(tie('stmt'), { maxLength: 3 })),
          async: fc.boolean(),
          returns: maybe(type),
          typeParams: typeParams(type),
        })
        .map((value) => compact<Expr>({ kind: 'arrow', ...value, async: value.async || undefined })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          name: maybe(name),
          params: params(type, expr),
          body: fc.array(tie('stmt'), { maxLength: 3 }),
          async: fc.boolean(),
          returns: maybe(type),
        })
        .map((value) => compact<Expr>({ kind: 'functionExpr', ...value, async: value.async || undefined })),
    },
    { weight: 2, arbitrary: fc.record({ expr, type }).map((value): Expr => ({ kind: 'as', ...value })) },
    { weight: 1, arbitrary: expr.map((inner): Expr => ({ kind: 'nonNull', expr: inner })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ operator: fc.constantFrom('=', '+=', '||=', '??='), target: expr, value: expr })
        .map((value) => ({ kind: 'assign', ...value }) as Expr),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ operator: fc.constantFrom('++', '--'), operand: expr, prefix: fc.boolean() })
        .map((value) => compact<Expr>({ kind: 'update', ...value, prefix: value.prefix || undefined } as Expr)),
    },
    { weight: 1, arbitrary: expr.map((operand): Expr => ({ kind: 'await', operand })) },
  );
}

function stmtArbitrary(tie: fc.LetrecTypedTie<Tie>): fc.Arbitrary<Stmt> {
  const expr = tie('expr');
  const stmts = fc.array(tie('stmt'), { maxLength: 4 });
  const variable = fc
    .record({
      declare: fc.constantFrom<'const' | 'let'>('const', 'let'),
      name,
      type: maybe(tie('type')),
      init: maybe(expr, 8),
    })
    .map((value) => compact<Stmt>({ kind: 'variable', ...value }));
  const leaf = fc.constantFrom<Stmt>(
    { kind: 'break' },
    { kind: 'continue' },
    { kind: 'blank' },
    { kind: 'expression', expr: { kind: 'identifier', name: 'x' } },
  );
  return fc.oneof(
    DEPTH,
    { weight: 1, arbitrary: leaf },
    {
      weight: 6,
      arbitrary: fc
        .record({
          test: expr,
          then: stmts,
          else: maybe(
            fc.oneof(
              stmts,
              fc.record({ test: expr, then: stmts }).map(({ test, then }): If => ({ kind: 'if', test, then })),
            ),
          ),
          bare: fc.boolean(),
        })
        .map((value) => compact<Stmt>({ kind: 'if', ...value, bare: value.bare || undefined } as Stmt)),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({ test: expr, value: expr })
        .map(({ test, value }): Stmt => ({ kind: 'if', test, then: [{ kind: 'return', value }], bare: true })),
    },
    { weight: 3, arbitrary: expr.map((inner): Stmt => ({ kind: 'expression', expr: inner })) },
    { weight: 3, arbitrary: variable },
    { weight: 2, arbitrary: maybe(expr).map((value) => compact<Stmt>({ kind: 'return', value })) },
    { weight: 1, arbitrary: expr.map((value): Stmt => ({ kind: 'throw', value })) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          init: maybe(variable as fc.Arbitrary<Stmt & { kind: 'variable' }>),
          test: maybe(expr),
          update: maybe(expr),
          body: stmts,
        })
        .map((value) => compact<Stmt>({ kind: 'for', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          declare: fc.constantFrom<'const' | 'let'>('const', 'let'),
          name,
          iterable: expr,
          body: stmts,
          await: fc.boolean(),
        })
        .map((value) => compact<Stmt>({ kind: 'forOf', ...value, await: value.await || undefined })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ declare: fc.constantFrom<'const' | 'let'>('const', 'let'), name, object: expr, body: stmts })
        .map((value): Stmt => ({ kind: 'forIn', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc.record({ test: expr, body: stmts }).map((value): Stmt => ({ kind: 'while', ...value })),
    },
    { weight: 1, arbitrary: stmts.map((body): Stmt => ({ kind: 'block', body })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ body: stmts, catchParam: maybe(name), catchBody: maybe(stmts, 1), finallyBody: maybe(stmts) })
        .map((value) => compact<Stmt>({ kind: 'try', ...value })),
    },
    { weight: 1, arbitrary: jsdoc.map((doc): Stmt => ({ kind: 'comment', doc })) },
  );
}

const tie = fc.letrec<Tie>((recurse) => ({
  expr: exprArbitrary(recurse),
  stmt: stmtArbitrary(recurse),
  type: typeArbitraries(recurse),
}));

const specifiers: fc.Arbitrary<ImportSpecifier[]> = fc.array(
  fc
    .record({ name, alias: maybe(name, 4), typeOnly: fc.boolean() })
    .map((value) => compact<ImportSpecifier>({ ...value, typeOnly: value.typeOnly || undefined })),
  { maxLength: 14 },
);

function declarationArbitrary(): fc.Arbitrary<Stmt> {
  const { expr, stmt, type } = tie;
  const body = fc.array(stmt, { maxLength: 6 });
  const overload = fc
    .record({ params: params(type, expr), returns: type, doc: optionalDoc, typeParams: typeParams(type) })
    .map((value) => compact(value));
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .record({
          from: fc.constantFrom('./models.js', './runtime/validation.js', "it's.js"),
          names: maybe(specifiers, 8),
          namespace: maybe(name, 8),
          typeOnly: fc.boolean(),
        })
        .map((value) =>
          compact<Stmt>({
            kind: 'import',
            ...value,
            typeOnly: value.typeOnly || undefined,
            namespace: value.names === undefined ? value.namespace : undefined,
          }),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          from: fc.constantFrom('./a.js', './types.js'),
          names: maybe(specifiers),
          namespace: maybe(name),
          typeOnly: fc.boolean(),
        })
        .map((value) =>
          compact<Stmt>({
            kind: 'exportFrom',
            ...value,
            typeOnly: value.typeOnly || undefined,
            namespace: value.names === undefined ? value.namespace : undefined,
          }),
        ),
    },
    { weight: 1, arbitrary: specifiers.map((names): Stmt => ({ kind: 'exportNames', names })) },
    {
      weight: 6,
      arbitrary: fc
        .record({
          name,
          params: params(type, expr, 4),
          body,
          returns: maybe(type, 8),
          exported: fc.boolean(),
          async: fc.boolean(),
          doc: optionalDoc,
          typeParams: typeParams(type),
          overloads: maybe(fc.array(overload, { minLength: 1, maxLength: 3 }), 4),
        })
        .map((value) =>
          compact<Stmt>({
            kind: 'function',
            ...value,
            exported: value.exported || undefined,
            async: value.async || undefined,
          }),
        ),
    },
    {
      weight: 5,
      arbitrary: fc
        .record({
          declare: fc.constantFrom<'const' | 'let'>('const', 'let'),
          name,
          type: maybe(type, 1),
          init: expr,
          exported: fc.boolean(),
          doc: optionalDoc,
        })
        .map((value) => compact<Stmt>({ kind: 'variable', ...value, exported: value.exported || undefined })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({
          name,
          init: fc
            .record({
              callee: fc.constantFrom<Expr>(
                { kind: 'identifier', name: 'object' },
                { kind: 'member', object: { kind: 'identifier', name: 'v' }, name: 'union' },
              ),
              args: fc.array(expr, { minLength: 1, maxLength: 2 }),
            })
            .map((call): Expr => ({ kind: 'call', ...call, pure: true })),
          doc: optionalDoc,
        })
        .map((value) =>
          compact<Stmt>({
            kind: 'variable',
            declare: 'const',
            exported: true,
            type: { kind: 'typeReference', name: 'Schema' },
            ...value,
          }),
        ),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({ name, typeParams: typeParams(type), type, exported: fc.boolean(), doc: optionalDoc })
        .map((value) => compact<Stmt>({ kind: 'typeAlias', ...value, exported: value.exported || undefined })),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({
          name,
          typeParams: typeParams(type),
          extends: maybe(
            fc.array(
              fc
                .record({ name: typeName, args: maybe(fc.array(type, { minLength: 1, maxLength: 2 })) })
                .map((value) => compact<TypeNode>({ kind: 'typeReference', ...value })),
              { minLength: 1, maxLength: 3 },
            ),
          ),
          members: fc.array(typeMemberWithDoc(type), { maxLength: 6 }),
          exported: fc.boolean(),
          doc: optionalDoc,
        })
        .map((value) => compact<Stmt>({ kind: 'interface', ...value, exported: value.exported || undefined })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          name,
          extends: maybe(
            fc.constantFrom<Expr>(
              { kind: 'identifier', name: 'Error' },
              { kind: 'member', object: { kind: 'identifier', name: 'ns' }, name: 'Base' },
            ),
          ),
          members: fc.array(classMember(), { maxLength: 3 }),
          exported: fc.boolean(),
          doc: optionalDoc,
        })
        .map((value) => compact<Stmt>({ kind: 'class', ...value, exported: value.exported || undefined })),
    },
    { weight: 6, arbitrary: stmt },
  );
}

function typeMemberWithDoc(type: fc.Arbitrary<TypeNode>): fc.Arbitrary<TypeMember> {
  return fc
    .record({ name: key, type, optional: fc.boolean(), readonly: fc.boolean(), doc: maybe(jsdoc, 1) })
    .map((value) =>
      compact<TypeMember>({
        kind: 'propertySignature',
        ...value,
        optional: value.optional || undefined,
        readonly: value.readonly || undefined,
      }),
    );
}

function classMember(): fc.Arbitrary<MethodDefinition | Getter> {
  const { expr, stmt, type } = tie;
  return fc.oneof(
    fc
      .record({
        name: memberName,
        params: params(type, expr),
        returns: maybe(type, 1),
        body: fc.array(stmt, { maxLength: 3 }),
        async: fc.boolean(),
        doc: optionalDoc,
      })
      .map((value) => compact({ kind: 'method' as const, ...value, async: value.async || undefined })),
    fc
      .record({ name: memberName, returns: maybe(type, 1), body: fc.array(stmt, { maxLength: 3 }), doc: optionalDoc })
      .map((value) => compact({ kind: 'getter' as const, ...value })),
  );
}

/** A random valid module (see sanitize.ts for what "valid" takes). */
export const rawModuleArbitrary: fc.Arbitrary<Module> = fc
  .array(declarationArbitrary(), { minLength: 1, maxLength: 8 })
  .map((body) => ({ body }));

export const moduleArbitrary: fc.Arbitrary<Module> = rawModuleArbitrary.map(sanitize);
