import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CLIENT_OPTIONS, RUNTIME_EXPORTS } from '../../generator/reserved-names.js';

const RUNTIME_INDEX = path.resolve(import.meta.dirname, '../../generator/runtime/index.ts');

/** The runtime's public module, as the type checker sees it. */
function runtimeExports(): ts.Symbol[] {
  const program = ts.createProgram([RUNTIME_INDEX], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(RUNTIME_INDEX);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error('runtime/index.ts did not compile');
  return checker
    .getExportsOfModule(symbol)
    .map((entry) => (entry.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(entry) : entry));
}

describe('reserved names', () => {
  it('list exactly what the runtime exports, plus the types module', () => {
    const exported = runtimeExports().map((entry) => entry.name);
    expect([...exported, 'components', 'operations', 'paths'].sort()).toEqual([...RUNTIME_EXPORTS].sort());
  });

  it('list exactly the options of BaseClientOptions', () => {
    const options = runtimeExports().find((entry) => entry.name === 'BaseClientOptions');
    const members = [...(options?.members?.keys() ?? [])].map(String);
    expect(members.sort()).toEqual([...CLIENT_OPTIONS].sort());
  });
});
