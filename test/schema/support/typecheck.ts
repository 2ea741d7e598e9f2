import ts from 'typescript';

/** The flags the generated package is held to, plus the unused-code checks that catch dead output. */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noFallthroughCasesInSwitch: true,
  verbatimModuleSyntax: true,
  noEmit: true,
  skipLibCheck: true,
};

/** Type-checks in-memory files (`{ 'validators.ts': ... }`); returns the diagnostics as text. */
export function typecheck(files: Readonly<Record<string, string>>): string[] {
  const root = '/virtual/';
  const host = ts.createCompilerHost(STRICT_OPTIONS);
  const original = {
    getSourceFile: host.getSourceFile,
    fileExists: host.fileExists,
    readFile: host.readFile,
    directoryExists: host.directoryExists?.bind(host),
  };
  const local = (fileName: string): string | undefined =>
    fileName.startsWith(root) ? files[fileName.slice(root.length)] : undefined;
  host.getSourceFile = (fileName, language, onError, create) => {
    const text = local(fileName);
    return text !== undefined
      ? ts.createSourceFile(fileName, text, language)
      : original.getSourceFile(fileName, language, onError, create);
  };
  host.fileExists = (fileName) =>
    local(fileName) !== undefined || (!fileName.startsWith(root) && original.fileExists(fileName));
  host.readFile = (fileName) => local(fileName) ?? original.readFile(fileName);
  host.directoryExists = (name) => name.startsWith(root.slice(0, -1)) || (original.directoryExists?.(name) ?? true);
  const program = ts.createProgram({
    rootNames: Object.keys(files).map((name) => root + name),
    options: STRICT_OPTIONS,
    host,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName.slice(root.length)}(${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}): `
      : '';
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  });
}
