import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadAssets } from '../../../generator/assets.js';
import type { SpecIssue } from '../../../generator/model/index.js';
import { generate } from '../../../generator/pipeline.js';
import { ROOT } from '../../support/cli.js';

/**
 * The one place the validator tests drive the generator: the whole pipeline, as `npm run generate`
 * runs it, writes a package into a fresh temporary folder, and its `dist/validators.js` (which
 * imports `dist/units/*.js`, `dist/schemas.js` and `dist/runtime/`) is imported as a user would.
 * Everything else in test/validators/support knows only the spec document and those exports.
 */
export type ValidatorExports = Readonly<Record<string, unknown>>;

export interface GeneratedPackage {
  /** The package folder (`<tmp>/package`). */
  readonly folder: string;
  /** `<folder>/dist/validators.js`. */
  readonly validatorsFile: string;
  readonly warnings: readonly SpecIssue[];
}

const created: string[] = [];

/** Removes every package this process generated (modules already imported stay loaded). */
export function removeGeneratedPackages(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** Generates `specFile` (relative to the project root) into a new temporary folder; see removeGeneratedPackages. */
export async function generatePackage(specFile: string): Promise<GeneratedPackage> {
  const spec = path.resolve(ROOT, specFile);
  const temporary = await mkdtemp(path.join(tmpdir(), 'validators-'));
  created.push(temporary);
  const folder = path.join(temporary, 'package');
  const generation = await generate({ spec, displayName: specFile, out: folder, strict: false }, await loadAssets());
  for (const file of generation.files) {
    const target = path.join(folder, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
  return { folder, validatorsFile: path.join(folder, 'dist', 'validators.js'), warnings: generation.model.warnings };
}

/** The exports of a generated package's `dist/validators.js`. */
export async function importValidators(pkg: GeneratedPackage): Promise<ValidatorExports> {
  return (await import(pathToFileURL(pkg.validatorsFile).href)) as ValidatorExports;
}

/** Generates `specFile` and imports its validators. */
export async function generatedValidators(specFile: string): Promise<ValidatorExports> {
  return importValidators(await generatePackage(specFile));
}
