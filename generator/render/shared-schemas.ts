import type { Module, Stmt } from '../emit/ast.js';
import { printModule } from '../emit/print.js';
import type { RenderedFile } from '../model/index.js';
import { CheckModule } from '../schema/check.js';
import type { RenderContext } from './context.js';
import { checkName } from './descriptor.js';
import { header } from './header.js';
import { namedTypeDeclaration } from './named-types.js';
import { spaced } from './unit.js';

/**
 * `dist/schemas.js` and its `.d.ts`: the named schemas several units use (or none does), each as a
 * type and a check. It imports nothing of the units, so the two never import each other.
 */
export function renderSharedSchemas(ctx: RenderContext): RenderedFile[] {
  const { schemas } = ctx.plan.shared;
  const checks = new CheckModule({
    functionOf: (target) => checkName(ctx.named(target)?.typeName ?? target),
    helpersFrom: './runtime/index.js',
  });
  for (const named of schemas) checks.add(checkName(named.typeName), named.schema, { direction: 'json' });
  const body: Stmt[] = [
    header(
      ctx.model,
      `The schemas of ${ctx.model.title} that several parts of the client share: their types and checks.`,
    ),
    ...spaced(schemas.map((named) => namedTypeDeclaration(named, ctx))),
    ...spaced(checks.statements()),
  ];
  const module: Module = { body };
  return [
    { path: 'dist/schemas.js', contents: printModule(module, 'js') },
    { path: 'dist/schemas.d.ts', contents: printModule(module, 'dts') },
  ];
}
