import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RUNTIME_EXPORTS } from '../../generator/reserved-names.js';

const RUNTIME_INDEX = path.resolve(import.meta.dirname, '../../generator/runtime/index.ts');

describe('reserved names', () => {
  it('list exactly what the runtime exports, plus the types module', () => {
    const program = ts.createProgram([RUNTIME_INDEX], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(RUNTIME_INDEX);
    const symbol = source && checker.getSymbolAtLocation(source);
    const exported = symbol ? checker.getExportsOfModule(symbol).map((entry) => entry.name) : [];
    expect([...exported, 'components', 'operations', 'paths'].sort()).toEqual([...RUNTIME_EXPORTS].sort());
  });
});
