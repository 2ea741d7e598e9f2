/**
 * The generators timed against ours, each as the whole process a user runs: our CLI
 * (`generator/bin.mjs`, the bundled generator) and the rivals' own bins from node_modules.
 * A rival whose bin is missing is reported, not timed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const OPENAPI_TYPESCRIPT_CONFIG = 'bench/openapi-typescript.redocly.yaml';

export interface GeneratorCommand {
  readonly id: 'ours' | 'openapi-typescript' | 'hey-api' | 'orval';
  /** For tables: what runs and what it makes. */
  readonly name: string;
  readonly command: string;
  /** The arguments for a spec and a fresh output folder (which may not exist yet). */
  readonly args: (spec: string, outDir: string) => string[];
}

export const OURS: GeneratorCommand = {
  id: 'ours',
  name: 'ours: `node generator/bin.mjs` (JS + d.ts of types, validators, units, runtime)',
  command: process.execPath,
  args: (spec, outDir) => ['generator/bin.mjs', '--spec', spec, '--out', outDir],
};

export const OPENAPI_TYPESCRIPT: GeneratorCommand = {
  id: 'openapi-typescript',
  name: '`openapi-typescript` (one types .ts file)',
  command: 'node_modules/.bin/openapi-typescript',
  // Not the project's redocly.yaml (a strict lint openapi-typescript would otherwise apply).
  args: (spec, outDir) => [spec, '-o', path.join(outDir, 'types.ts'), '--redocly', OPENAPI_TYPESCRIPT_CONFIG],
};

export const HEY_API: GeneratorCommand = {
  id: 'hey-api',
  name: '`@hey-api/openapi-ts` (types + SDK + fetch client, default plugins)',
  command: 'node_modules/.bin/openapi-ts',
  // An absolute path: hey-api reads `dir/file.yaml` as a registry shorthand (organization/project).
  args: (spec, outDir) => ['-i', path.resolve(spec), '-o', outDir],
};

export const ORVAL: GeneratorCommand = {
  id: 'orval',
  name: '`orval --client fetch` (types + fetch functions, one file)',
  command: 'node_modules/.bin/orval',
  args: (spec, outDir) => ['--input', spec, '--output', path.join(outDir, 'api.ts'), '--client', 'fetch'],
};

export const RIVALS: readonly GeneratorCommand[] = [OPENAPI_TYPESCRIPT, HEY_API, ORVAL];

export function installed(command: GeneratorCommand): boolean {
  return command.command === process.execPath || existsSync(command.command);
}
