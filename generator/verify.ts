import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The flags a careful consumer compiles with: the generated declarations must pass them all. */
const STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  skipLibCheck: false,
  noEmit: true,
};

/** The package failed the type check: a generator bug, reported with the compiler's words. */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
}

/**
 * `--verify`: type-checks the package in `outDir` as a consumer would, importing every entry point,
 * under the strictest flags and with `skipLibCheck` off, so every declaration file is checked.
 * TypeScript is loaded only here: the generator itself never needs it.
 */
export async function verifyOutput(outDir: string): Promise<void> {
  const ts = (await import('typescript')).default;
  const app = await mkdtemp(path.join(tmpdir(), 'codegen-verify-'));
  try {
    await symlink(path.resolve(outDir), path.join(app, 'package'), 'dir');
    const entry = path.join(app, 'app.mts');
    await writeFile(
      entry,
      [
        "import * as client from './package/dist/index.js';",
        "import * as validators from './package/dist/validators.js';",
        "import type * as types from './package/dist/types.js';",
        "import * as shakable from './package/dist/tree-shakable.js';",
        'export { client, validators, shakable };',
        'export type { types };',
        '',
      ].join('\n'),
    );
    const program = ts.createProgram([entry], {
      ...STRICT,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      // The package's one dependency is types-only (openapi-fetch, for `raw`): the generator's own
      // copy stands in, wherever the output folder is.
      paths: { 'openapi-fetch': [openapiFetchTypes()] },
    });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    if (diagnostics.length > 0) {
      const host = {
        getCanonicalFileName: (name: string) => name,
        getCurrentDirectory: () => app,
        getNewLine: () => '\n',
      };
      throw new VerifyError(`the generated package does not type-check:\n${ts.formatDiagnostics(diagnostics, host)}`);
    }
  } finally {
    await rm(app, { recursive: true, force: true });
  }
}

function openapiFetchTypes(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('openapi-fetch/package.json')), 'dist/index.d.mts');
}
