import type { Module, Stmt } from '../emit/ast.js';
import { printModule } from '../emit/print.js';
import type { RenderedFile } from '../model/index.js';
import type { RenderContext } from './context.js';
import { header } from './header.js';
import { namedTypeDeclaration } from './named-types.js';
import { declaredChecks, spaced } from './unit.js';

/**
 * `dist/schemas.js` and its `.d.ts`: the named schemas several units use (or none does), each as a
 * type, and the check functions several units share (one function for identical schemas). It imports nothing of the units, so the two never import each other.
 */
export function renderSharedSchemas(ctx: RenderContext): RenderedFile[] {
  const { schemas } = ctx.plan.shared;
  const checks = declaredChecks('', ctx, './runtime/index.js');
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
