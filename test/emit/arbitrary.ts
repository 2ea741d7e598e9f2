/**
 * Random modules over the whole AST vocabulary, weighted towards what the client generator
 * emits: validator functions with nested ifs and long `&&`/`||` conditions, descriptor objects
 * behind `/* @__PURE__ *\/` calls, interfaces with documented optional readonly members, long
 * unions of string literals, long import lists, overloaded exported functions, arrows with
 * object bodies, long strings. sanitize.ts then makes each one a valid program.
 */
import fc from 'fast-check';
import type { Tie } from './arbitrary/common.js';
import type {
  Expr,
  Getter,
  ImportSpecifier,
  MethodDefinition,
  Module,
  Stmt,
  TypeMember,
  TypeNode,
} from '../../generator/emit/ast.js';
import { sanitize } from './sanitize.js';
import { exprArbitrary } from './arbitrary/expressions.js';
import { stmtArbitrary } from './arbitrary/statements.js';
import { typeArbitraries } from './arbitrary/types.js';
import {
  compact,
  jsdoc,
  key,
  maybe,
  memberName,
  name,
  optionalDoc,
  params,
  typeName,
  typeParams,
} from './arbitrary/common.js';

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
