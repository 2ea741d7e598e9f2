import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { ApiModel } from '../../../generator/model.js';
import { renderValidators } from '../../../generator/render/validators.js';
import { validatorOf, type GeneratedValidator } from './differential.js';
import { specFromFile } from './model.js';

/**
 * The one place that drives the generator's validator renderer for the validator tests: the rest
 * of test/validators/support (oracle, targets, arbitraries, comparison) knows only the spec
 * document and the generated module's exports.
 */
const OUT = fileURLToPath(new URL('../__out__/', import.meta.url));
const RUNTIME = fileURLToPath(new URL('../../../generator/runtime/validation.ts', import.meta.url));

export type { GeneratedValidator };

/** Folders this process has written: rendering again to the same bytes needs no second write. */
const written = new Set<string>();

export interface GeneratedModule {
  readonly folder: string;
  readonly source: string;
  readonly exports: Readonly<Record<string, unknown>>;
  readonly validator: (typeName: string) => GeneratedValidator;
}

/** The validators the generator renders for a spec file, imported: what `validators.ts` of its package holds. */
export async function renderedValidators(specFile: string, label: string): Promise<GeneratedModule> {
  return loadGenerated((await specFromFile(specFile)).model, label);
}

/**
 * Renders the validators of `model` into test/validators/__out__/<label>-<hash>/ beside a
 * models.ts of placeholder types and a runtime/validation.ts that re-exports the runtime itself
 * (so the module under test is the one in generator/runtime), then imports them. The hash in the
 * folder name keeps a changed rendering from being served by the module cache.
 */
export async function loadGenerated(model: ApiModel, label: string): Promise<GeneratedModule> {
  const { contents } = renderValidators(model);
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 12);
  const folder = path.join(OUT, `${label}-${hash}`);
  if (!written.has(folder)) {
    await mkdir(path.join(folder, 'runtime'), { recursive: true });
    const runtime = path.relative(path.join(folder, 'runtime'), RUNTIME).split(path.sep).join('/');
    await writeAtomically(
      path.join(folder, 'runtime', 'validation.ts'),
      `export * from '${runtime.replace(/\.ts$/, '.js')}';\n`,
    );
    await writeAtomically(path.join(folder, 'models.ts'), placeholderModels(model));
    await writeAtomically(path.join(folder, 'validators.ts'), contents);
    written.add(folder);
  }
  const exports = (await import(pathToFileURL(path.join(folder, 'validators.ts')).href)) as Record<string, unknown>;
  return { folder, source: contents, exports, validator: (typeName) => validatorOf(exports, typeName) };
}

/** Another test process may be importing the same file: it sees the old bytes or the new, never half. */
async function writeAtomically(file: string, contents: string): Promise<void> {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

export function typeNamesOf(model: ApiModel): string[] {
  return [
    ...model.schemas.map((schema) => schema.typeName),
    ...model.operations.flatMap((operation) => [`${operation.typeName}Params`, `${operation.typeName}Response`]),
  ];
}

function placeholderModels(model: ApiModel): string {
  return typeNamesOf(model)
    .map((name) => `export type ${name} = unknown;\n`)
    .join('');
}
