import { transformSync } from 'esbuild';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { PrintMode } from '../../generator/emit/ast.js';
import { printModule } from '../../generator/emit/print.js';
import { moduleArbitrary } from './arbitrary.js';
import { prettierFormat } from './oracle.js';

const RUNS = Number(process.env.EMIT_PROPERTY_RUNS ?? 120);

function syntaxErrors(text: string, mode: PrintMode): string[] {
  if (mode === 'js') {
    try {
      transformSync(text, { loader: 'js', format: 'esm' });
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  }
  const file = ts.createSourceFile(
    mode === 'dts' ? 'x.d.ts' : 'x.ts',
    text,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TS,
  );
  const { parseDiagnostics } = file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] };
  return parseDiagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('printModule on random modules', () => {
  it.each<PrintMode>(['ts', 'js', 'dts'])(
    'prints in %s mode exactly what Prettier prints, as valid syntax',
    async (mode) => {
      await fc.assert(
        fc.asyncProperty(moduleArbitrary, async (module) => {
          const printed = printModule(module, mode);
          expect(printed).toBe(await prettierFormat(printed, mode));
          expect(syntaxErrors(printed, mode)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
