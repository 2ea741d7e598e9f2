/**
 * A consumer project type-checked as a strict user compiles: `source` copied in as `entry`
 * beside a generated package already in `project`, the package's one dependency (openapi-fetch)
 * and Node's types linked from this project's install, and tsc run under `strict`,
 * `noUncheckedIndexedAccess` and `exactOptionalPropertyTypes` with `skipLibCheck` off, so the
 * package's `.d.ts` files are checked too.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './cli.js';

const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

export interface TscResult {
  code: number;
  output: string;
}

export async function typecheckConsumer(
  project: string,
  source: string,
  entry: string,
  timeoutMs: number,
): Promise<TscResult> {
  await mkdir(path.join(project, 'node_modules/@types'), { recursive: true });
  await symlink(path.join(ROOT, 'node_modules/openapi-fetch'), path.join(project, 'node_modules/openapi-fetch'), 'dir');
  await symlink(path.join(ROOT, 'node_modules/@types/node'), path.join(project, 'node_modules/@types/node'), 'dir');
  await copyFile(source, path.join(project, entry));
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  await writeFile(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'node16',
        moduleResolution: 'node16',
        lib: ['ES2022', 'DOM'],
        types: ['node'],
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        noEmit: true,
      },
      include: [entry],
    }),
  );
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [TSC, '-p', 'tsconfig.json', '--pretty', 'false'],
      { cwd: project, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : Number(error.code), output: stdout + stderr }),
    ),
  );
}

/**
 * The same strict user, in process through the compiler API (no linked project): the messages
 * of every diagnostic of `entry` and what it imports, under the strict flags, with no ambient
 * types, so an import the package does not declare is an error.
 */
export function strictDiagnostics(entry: string): string[] {
  const program = ts.createProgram([entry], {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}
