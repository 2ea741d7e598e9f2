import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import type { RenderedFile } from './model.js';

/**
 * Compiles src/*.ts into dist/*.js and dist/*.d.ts in memory, so that the generated package works
 * for plain Node ESM and TypeScript consumers with no build step of theirs. The compile also
 * type-checks the output under the strictest flags: a type error here is a generator bug.
 */
export function compileFiles(files: readonly RenderedFile[]): RenderedFile[] {
  const sources = new Map(
    files
      .filter((file) => file.path.startsWith('src/') && file.path.endsWith('.ts'))
      .map((file) => [virtual(file.path), file.contents]),
  );
  const emitted: RenderedFile[] = [];
  const host = memoryHost(sources, (fileName, contents) => emitted.push({ path: relative(fileName), contents }));
  const program = ts.createProgram({ rootNames: [...sources.keys()].sort(), options: COMPILER_OPTIONS, host });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0)
    throw new Error(`the generated code does not compile:\n${ts.formatDiagnostics(diagnostics, diagnosticHost)}`);
  program.emit();
  return emitted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A folder that exists nowhere, so that no file on disk near the output can leak into the compile. */
const ROOT = path.resolve('/__cloudflare_billing_codegen__');

const require = createRequire(import.meta.url);
const OPENAPI_FETCH_TYPES = path.join(path.dirname(require.resolve('openapi-fetch/package.json')), 'dist/index.d.mts');

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  verbatimModuleSyntax: true,
  declaration: true,
  rootDir: path.join(ROOT, 'src'),
  outDir: path.join(ROOT, 'dist'),
  newLine: ts.NewLineKind.LineFeed,
  // The runtime's types come from the generator's own openapi-fetch, wherever the output goes.
  paths: { 'openapi-fetch': [OPENAPI_FETCH_TYPES] },
  skipLibCheck: true,
};

function virtual(relativePath: string): string {
  return path.join(ROOT, relativePath);
}

function relative(fileName: string): string {
  return path.relative(ROOT, fileName).split(path.sep).join('/');
}

function memoryHost(
  sources: ReadonlyMap<string, string>,
  write: (fileName: string, contents: string) => void,
): ts.CompilerHost {
  const disk = ts.createCompilerHost(COMPILER_OPTIONS);
  return {
    ...disk,
    fileExists: (fileName) => sources.has(fileName) || (!fileName.startsWith(ROOT) && disk.fileExists(fileName)),
    readFile: (fileName) => sources.get(fileName) ?? (fileName.startsWith(ROOT) ? undefined : disk.readFile(fileName)),
    getSourceFile: (fileName, languageVersion) => {
      const text = sources.get(fileName);
      if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
      return disk.getSourceFile(fileName, languageVersion);
    },
    writeFile: (fileName, contents) => write(fileName, contents),
    getCurrentDirectory: () => ROOT,
    directoryExists: (dir) => dir.startsWith(ROOT) || (disk.directoryExists?.(dir) ?? true),
  };
}

const diagnosticHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => ROOT,
  getNewLine: () => '\n',
};
