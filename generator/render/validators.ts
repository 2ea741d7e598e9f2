import type { Stmt, TypeNode } from '../emit/ast.js';
import { call, constDecl, id, importFrom, kw, param, str, typeRef } from '../emit/build.js';
import { printModule } from '../emit/print.js';
import type { RenderedFile } from '../model/index.js';
import { append } from '../util/collections.js';
import type { RenderContext } from './context.js';
import { checkName, takesNothing } from './descriptor.js';
import { header } from './header.js';
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
  const byModule = new Map<string, Target[]>();
  for (const target of targets) append(byModule, target.from, target);
  const imports: Stmt[] = [
    importFrom('./runtime/index.js', ['assertion', 'guard', 'validator']),
    importFrom('./runtime/index.js', ['ValidationResult'], true),
  ];
  for (const [from, group] of [...byModule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    imports.push(importFrom(from, group.map((target) => target.typeName).sort(), true));
    imports.push(importFrom(from, group.map((target) => checkName(target.typeName)).sort()));
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
    ...spaced(targets.flatMap(wrappers)),
  ];
  const module = { body };
  return [
    { path: 'dist/validators.js', contents: printModule(module, 'js') },
    { path: 'dist/validators.d.ts', contents: printModule(module, 'dts') },
  ];
}

function validationTargets(ctx: RenderContext): Target[] {
  const { plan } = ctx;
  const targets: Target[] = plan.model.schemas.map((named) => {
    const home = plan.home.get(named.id) ?? '';
    return {
      typeName: named.typeName,
      from: home === '' ? './schemas.js' : `./units/${home}.js`,
      what: `the \`${named.id}\` schema`,
    };
  });
  for (const unit of plan.units) {
    const from = `./units/${unit.file}.js`;
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

function wrappers(target: Target): Stmt[] {
  const { typeName, what } = target;
  const check = id(checkName(typeName));
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
