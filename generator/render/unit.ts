import type { Module, Stmt } from '../emit/ast.js';
import { arr, constDecl, id, importFrom, litType, obj, prop, str, typeRef } from '../emit/build.js';
import { printModule } from '../emit/print.js';
import type { Namespace, Operation, RenderedFile, Schema, Unit } from '../model/index.js';
import { operationCheckNames } from '../plan/checks.js';
import { directRefs, operationSchemas } from '../plan/references.js';
import { CheckModule } from '../schema/check.js';
import type { RenderContext } from './context.js';
import { DEPRECATION, ENCODERS, STYLED_QUERY, descriptor, extrasOf, paramCheckOf, styledQuery } from './descriptor.js';
import { header } from './header.js';
import { namedTypeDeclaration } from './named-types.js';
import { namespaceInterfaces } from './namespaces.js';
import { type OperationShape, operationShape } from './operation-shapes.js';

export const RUNTIME = '../runtime/index.js';
export const SHARED = '../schemas.js';

/**
 * One unit: a top-level namespace of the client, as `dist/units/<file>.js` and its `.d.ts`. It
 * holds the types of its operations and of the schemas only it uses, their checks, the operation
 * descriptors, and the resources the client is built from.
 */
export function renderUnit(unit: Unit, ctx: RenderContext): RenderedFile[] {
  const module = unitModule(unit, ctx);
  const stem = `dist/units/${unit.file}`;
  return [
    { path: `${stem}.js`, contents: printModule(module, 'js') },
    { path: `${stem}.d.ts`, contents: printModule(module, 'dts') },
  ];
}

export function unitModule(unit: Unit, ctx: RenderContext): Module {
  const shapes = new Map(
    unit.operations.map((operation) => [operation.descriptorName, operationShape(operation, ctx)]),
  );
  const namespaces = ctx.namespacesUnder(unit.namespace);
  const checks = unitChecks(unit, ctx);
  const types = [
    ...unit.schemas.map((named) => namedTypeDeclaration(named, ctx)),
    ...[...shapes.values()].flatMap((shape) => shape.declarations),
    ...namespaceInterfaces(namespaces, shapes, ctx),
  ];
  const body: Stmt[] = [
    header(
      ctx.model,
      `The \`${unit.namespace}\` part of the ${ctx.model.title} client: its types, checks and operations.`,
    ),
    ...imports(unit, checks, ctx),
    ...spaced(types),
    ...spaced(checks.statements()),
    ...spaced(unit.operations.map((operation) => descriptorDeclaration(operation, ctx))),
    ...spaced(resources(namespaces, unit, ctx)),
  ];
  return { body };
}

/** The check functions this unit declares; each may check several roots (see CheckPlan). */
function unitChecks(unit: Unit, ctx: RenderContext): CheckModule {
  return declaredChecks(unit.file, ctx, RUNTIME);
}

export function declaredChecks(home: string, ctx: RenderContext, helpersFrom: string): CheckModule {
  const checks = new CheckModule({ functionOf: (target) => ctx.checkOfSchema(target), helpersFrom });
  for (const { name, schema, direction } of ctx.plan.checks.declared.get(home) ?? [])
    checks.add(name, schema, { direction });
  return checks;
}

/** Runtime helpers and types, then what the unit uses from the shared schemas. */
function imports(unit: Unit, checks: CheckModule, ctx: RenderContext): Stmt[] {
  const runtimeTypes = [
    'APIPromise',
    'OperationSpec',
    'PagePromise',
    'RequestOptions',
    'Resource',
    'ResponseCheckList',
  ];
  const encoders = new Set(
    unit.operations.flatMap((operation) => (operation.body?.media ?? []).map((media) => ENCODERS[media.kind])),
  );
  for (const operation of unit.operations) for (const name of extrasOf(operation)) encoders.add(name);
  if (unit.operations.some((operation) => operation.params.some(styledQuery))) encoders.add(STYLED_QUERY);
  if (unit.operations.some((operation) => operation.deprecated)) encoders.add(DEPRECATION);
  const statements: Stmt[] = [importFrom(RUNTIME, runtimeTypes, true)];
  if (encoders.size > 0) statements.push(importFrom(RUNTIME, [...encoders].sort()));
  const sharedIds = new Set(unit.sharedSchemas);
  const typeIds = new Set<string>();
  const roots: Schema[] = [...unit.schemas.map((named) => named.schema), ...unit.operations.flatMap(operationSchemas)];
  for (const root of roots) for (const target of directRefs(root)) if (sharedIds.has(target)) typeIds.add(target);
  const sharedTypes = [...typeIds].map((target) => ctx.named(target)!.typeName).sort();
  const own = new Set((ctx.plan.checks.declared.get(unit.file) ?? []).map((declared) => declared.name));
  const called = [
    ...[...checks.referencedSchemas].map((target) => ctx.checkOfSchema(target)),
    ...unit.operations.flatMap(operationCheckNames).map((name) => ctx.plan.checks.functionOf.get(name)!),
  ];
  const sharedChecks = [...new Set(called.filter((name) => !own.has(name)))].sort();
  for (const name of sharedChecks)
    if (ctx.checkHome(name) !== '') throw new Error(`render: ${unit.file} calls ${name} of another unit`);
  if (sharedTypes.length > 0) statements.push(importFrom(SHARED, sharedTypes, true));
  if (sharedChecks.length > 0) statements.push(importFrom(SHARED, sharedChecks));
  return statements;
}

function descriptorDeclaration(operation: Operation, ctx: RenderContext): Stmt {
  return {
    ...constDecl(operation.descriptorName, descriptor(operation, ctx.model.security), {
      type: typeRef('OperationSpec'),
    }),
  };
}

/**
 * Each namespace with methods as a resource (exported: the tree-shakable client takes them one by
 * one), the list of them all, and each operation with its response check for `validateResponses`.
 */
function resources(namespaces: readonly Namespace[], unit: Unit, ctx: RenderContext): Stmt[] {
  const withMethods = namespaces.filter((namespace) => namespace.resourceName !== undefined);
  const at = (namespace: Namespace) => prop('at', arr(namespace.path.map(str)));
  const methods = (namespace: Namespace) =>
    prop('methods', obj(namespace.methods.map(({ name, operation }) => prop(name, id(operation.descriptorName)))));
  const checks = (namespace: Namespace) =>
    namespace.methods.flatMap(({ name, operation }) => {
      const check = paramCheckOf(operation, ctx.checkOf);
      return check === undefined ? [] : [prop(name, check)];
    });
  const statements: Stmt[] = withMethods.map((namespace) =>
    constDecl(
      namespace.resourceName!,
      obj([
        at(namespace),
        methods(namespace),
        ...(checks(namespace).length > 0 ? [prop('checks', obj(checks(namespace)))] : []),
      ]),
      {
        type: typeRef('Resource', [
          {
            kind: 'tupleType',
            elements: namespace.path.map((segment) => ({ type: litType(segment) })),
            readonly: true,
          },
          typeRef(namespace.typeName),
        ]),
        exported: true,
        doc: [
          `The methods of \`client.${namespace.path.join('.')}\`, for \`createClient({ resources: [...] })\` from the tree-shakable entry.`,
        ],
      },
    ),
  );
  statements.push({
    ...constDecl('resources', arr(withMethods.map((namespace) => id(namespace.resourceName!))), {
      type: typeRef('ReadonlyArray', [typeRef('Resource')]),
    }),
    exported: true,
    internal: true,
  });
  // The lite factory's: the same methods without their parameter checks, which it then never bundles.
  statements.push({
    ...constDecl('liteResources', arr(withMethods.map((namespace) => obj([at(namespace), methods(namespace)]))), {
      type: typeRef('ReadonlyArray', [typeRef('Resource')]),
    }),
    exported: true,
    internal: true,
  });
  const checked = unit.operations.filter(
    (operation) => operation.success.kind === 'json' && operation.success.schema !== undefined,
  );
  statements.push({
    ...constDecl(
      'responseChecks',
      arr(
        checked.map((operation) =>
          arr([id(operation.descriptorName), id(ctx.checkOf(`${operation.typeName}Response`))]),
        ),
      ),
      {
        type: typeRef('ResponseCheckList'),
      },
    ),
    exported: true,
    internal: true,
  });
  return statements;
}

/** Declarations separated by one blank line, as a person would write them. */
export function spaced(statements: readonly Stmt[]): Stmt[] {
  return statements.flatMap((statement) => [{ kind: 'blank' } as Stmt, statement]);
}
