import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { printModule } from '../../../generator/emit/print.js';
import type { Json } from '../../../generator/model/at.js';
import type { Schema } from '../../../generator/model/schema.js';
import { discriminatorTargets, namedTypeOf } from '../../../generator/schema/type.js';
import { STRICT_OPTIONS } from './typecheck.js';

/**
 * Our types against openapi-typescript's for the same component schemas: both generated into one
 * program, then assigned each way (`const x: Theirs = null as unknown as Ours;`) under the strict
 * flags. Returns the ids whose types are not mutually assignable, with the checker's words.
 */
export async function typeDisagreements(
  document: Json,
  schemas: ReadonlyMap<string, Schema>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const alias = new Map([...schemas.keys()].map((id, index) => [id, `T${index}`]));
  const targets = discriminatorTargets(schemas);
  const options = {
    typeName: (id: string) => alias.get(id) ?? 'unknown',
    direction: 'json' as const,
    named: (id: string) => schemas.get(id)!,
  };
  const ours = printModule(
    {
      body: [...schemas].map(
        ([id, schema]) =>
          ({
            kind: 'typeAlias',
            name: alias.get(id)!,
            type: namedTypeOf(id, schema, options, targets),
            exported: true,
          }) as const,
      ),
    },
    'ts',
  );
  // Two of openapi-typescript's defaults are opinions, not the schema: a bare `type: object` holds
  // no property (emptyObjectsUnknown), and a property with a `default` is always present
  // (defaultNonNullable). Our types say what the schema says.
  const settings = { silent: true, emptyObjectsUnknown: true, defaultNonNullable: false, cwd: pathToFileURL('/') };
  const theirs = astToString(await openapiTS(structuredClone(document) as never, settings));
  const lines = ['import type * as O from "./ours.js";', 'import type { components } from "./theirs.js";'];
  ids.forEach((id, index) => {
    const ourType = `O.${alias.get(id)}`;
    const theirType = `components['schemas'][${JSON.stringify(id)}]`;
    lines.push(
      `export const a${index}: ${theirType} = null as unknown as ${ourType};`,
      `export const b${index}: ${ourType} = null as unknown as ${theirType};`,
    );
  });
  const diagnostics = compile({ 'ours.ts': ours, 'theirs.ts': theirs, 'check.ts': lines.join('\n') });
  const found = new Map<string, string>();
  for (const { line, message } of diagnostics) {
    const id = ids[Math.floor((line - 2) / 2)];
    if (id === undefined) throw new Error(`the type oracle failed: ${message}`);
    if (!found.has(id)) found.set(id, message);
  }
  return found;
}

/** Errors in check.ts only (openapi-typescript's own output is not ours to judge), by line. */
function compile(files: Readonly<Record<string, string>>): { line: number; message: string }[] {
  const root = '/virtual/';
  const host = ts.createCompilerHost(STRICT_OPTIONS);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, language, onError, create) =>
    name.startsWith(root)
      ? ts.createSourceFile(name, files[name.slice(root.length)] ?? '', language)
      : getSourceFile(name, language, onError, create);
  const fileExists = host.fileExists;
  host.fileExists = (name) => (name.startsWith(root) ? files[name.slice(root.length)] !== undefined : fileExists(name));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => name.startsWith(root.slice(0, -1)) || (directoryExists?.(name) ?? true);
  // Without exactOptionalPropertyTypes: under it, `{ a: unknown } & { a?: T }` reads `a` as
  // `T | undefined`, and the same type no longer fits an inline copy of itself.
  const options = { ...STRICT_OPTIONS, noUnusedLocals: false, exactOptionalPropertyTypes: false };
  const program = ts.createProgram({ rootNames: [`${root}check.ts`], options, host });
  const check = program.getSourceFile(`${root}check.ts`)!;
  return ts.getPreEmitDiagnostics(program, check).map((diagnostic) => ({
    line: check.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line,
    message: ts
      .flattenDiagnosticMessageText(diagnostic.messageText, '\n')
      .split('\n')
      .slice(0, process.env.DEBUG_TYPES ? 20 : 3)
      .join(' / '),
  }));
}
