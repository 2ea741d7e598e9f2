import type { Module, Stmt, TypeNode } from '../emit/ast.js';
import { call, constDecl, id, importFrom, kw, param, str, typeRef } from '../emit/build.js';
import { printModule } from '../emit/print.js';
import { cachedText } from '../emit/print-cache.js';
import type { RenderedFile } from '../model/index.js';
import { append } from '../util/collections.js';
import type { RenderContext } from './context.js';
import { takesNothing } from './descriptor.js';
import { header } from './header.js';
import { schemaLabel } from './named-types.js';
import { spaced } from './unit.js';

/** One validated type: where its check lives, and how the docs name it. */
interface Target {
  readonly typeName: string;
  /** The module that defines the type and its check, relative to dist/. */
  readonly from: string;
  readonly what: string;
}

/**
 * `dist/validators.js` (the `./validators` subpath): for every schema, and every operation's params
 * and response body, `isX` (a type guard), `validateX` (every problem, each with a JSON pointer) and
 * `assertX`, each a runtime wrapper around the one generated check. Plain code, no eval: it runs
 * under a strict Content Security Policy.
 */
export function renderValidators(ctx: RenderContext): RenderedFile[] {
  const targets = validationTargets(ctx);
  // Everything the module is made from, as text: thousands of statements printed from a few
  // strings each, so `--watch` reuses the printed module while these are the same.
  const inputs = JSON.stringify([
    ctx.model.title,
    ctx.model.sourceName,
    targets.map((target) => {
      const check = ctx.checkOf(target.typeName);
      return [target.typeName, target.from, target.what, check, ctx.checkHome(check)];
    }),
  ]);
  let module: Module | undefined;
  const build = (): Module => (module ??= validatorsModule(ctx, targets));
  return [
    {
      path: 'dist/validators.js',
      contents: cachedText(`validators.js\u0000${inputs}`, () => printModule(build(), 'js')),
    },
    {
      path: 'dist/validators.d.ts',
      contents: cachedText(`validators.d.ts\u0000${inputs}`, () => printModule(build(), 'dts')),
    },
  ];
}

function validatorsModule(ctx: RenderContext, targets: readonly Target[]): Module {
  const byModule = new Map<string, Target[]>();
  for (const target of targets) append(byModule, target.from, target);
  const imports: Stmt[] = [
    importFrom('./runtime/index.js', ['assertion', 'guard', 'validator']),
    importFrom('./runtime/index.js', ['ValidationResult'], true),
  ];
  // One function may check several types (identical schemas): it is imported once, from its module.
  const checksByModule = new Map<string, Set<string>>();
  for (const target of targets) {
    const check = ctx.checkOf(target.typeName);
    const from = moduleOf(ctx.checkHome(check));
    checksByModule.set(from, (checksByModule.get(from) ?? new Set()).add(check));
  }
  const modules = [...new Set([...byModule.keys(), ...checksByModule.keys()])].sort();
  for (const from of modules) {
    const group = byModule.get(from) ?? [];
    if (group.length > 0) imports.push(importFrom(from, group.map((target) => target.typeName).sort(), true));
    const checks = checksByModule.get(from);
    if (checks !== undefined) imports.push(importFrom(from, [...checks].sort()));
  }
  const body: Stmt[] = [
    header(
      ctx.model,
      `Validators for ${ctx.model.title}.`,
      '',
      "For every schema, and every operation's params and response body: `isX` (a type guard), `validateX` (every",
      'problem, each with a JSON pointer) and `assertX` (throws a ValidationError). No eval: they run under a strict CSP.',
    ),
    ...imports,
    ...spaced(targets.flatMap((target) => wrappers(target, ctx.checkOf(target.typeName)))),
  ];
  return { body };
}

function validationTargets(ctx: RenderContext): Target[] {
  const { plan } = ctx;
  const targets: Target[] = plan.model.schemas.map((named) => {
    const home = plan.home.get(named.id) ?? '';
    return {
      typeName: named.typeName,
      from: moduleOf(home),
      what: schemaLabel(named),
    };
  });
  for (const unit of plan.units) {
    const from = moduleOf(unit.file);
    for (const operation of unit.operations) {
      const label = `\`${operation.method.toUpperCase()} ${operation.path}\``;
      if (!takesNothing(operation))
        for (const input of operation.inputs)
          targets.push({ typeName: input.typeName, from, what: `the params of ${label}` });
      if (operation.success.kind === 'json' && operation.success.schema !== undefined)
        targets.push({
          typeName: `${operation.typeName}Response`,
          from,
          what: `the ${operation.success.status} response body of ${label}`,
        });
    }
  }
  return targets;
}

/** A module of dist/, by its home: a unit's file stem, or '' for the shared schemas. */
function moduleOf(home: string): string {
  return home === '' ? './schemas.js' : `./units/${home}.js`;
}

function wrappers(target: Target, checkFunction: string): Stmt[] {
  const { typeName, what } = target;
  const check = id(checkFunction);
  const value = param('value', kw('unknown'));
  const fnType = (returns: TypeNode): TypeNode => ({ kind: 'functionType', params: [value], returns });
  const predicate = (asserts: boolean): TypeNode => ({
    kind: 'typePredicate',
    param: 'value',
    type: typeRef(typeName),
    asserts,
  });
  return [
    constDecl(`is${typeName}`, call(id('guard'), [check], { pure: true }), {
      type: fnType(predicate(false)),
      exported: true,
      doc: [`Whether \`value\` matches ${what}. Stops at the first problem.`],
    }),
    constDecl(`validate${typeName}`, call(id('validator'), [check], { pure: true }), {
      type: fnType(typeRef('ValidationResult', [typeRef(typeName)])),
      exported: true,
      doc: [`Checks \`value\` against ${what}; reports every problem, each with a JSON pointer.`],
    }),
    constDecl(`assert${typeName}`, call(id('assertion'), [check, str(typeName)], { pure: true }), {
      type: fnType(predicate(true)),
      exported: true,
      doc: [`Throws a ValidationError listing every problem unless \`value\` matches ${what}.`],
    }),
  ];
}
