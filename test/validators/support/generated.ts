import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ApiModel } from '../../../generator/model.js';
import { renderValidators } from '../../../generator/render/validators.js';
import type { ValidationResult } from '../../../generator/runtime/validation.js';

const OUT = fileURLToPath(new URL('../__out__/', import.meta.url));
const RUNTIME = readFileSync(new URL('../../../generator/runtime/validation.ts', import.meta.url), 'utf8');

/** The three functions generated for one type. */
export interface GeneratedValidator {
  readonly is: (value: unknown) => boolean;
  readonly validate: (value: unknown) => ValidationResult<unknown>;
  readonly assert: (value: unknown) => void;
}

export interface GeneratedModule {
  readonly folder: string;
  readonly source: string;
  readonly validator: (typeName: string) => GeneratedValidator;
}

/**
 * Renders the validators of `model` into test/validators/__out__/<label>-<hash>/ beside a
 * models.ts of placeholder types and a copy of the runtime, then imports them. The hash in the
 * folder name keeps a changed rendering from being served by the module cache.
 */
export async function loadGenerated(model: ApiModel, label: string): Promise<GeneratedModule> {
  const { contents } = renderValidators(model);
  const hash = createHash('sha256').update(contents).update(RUNTIME).digest('hex').slice(0, 12);
  const folder = path.join(OUT, `${label}-${hash}`);
  await mkdir(path.join(folder, 'runtime'), { recursive: true });
  await writeFile(path.join(folder, 'validators.ts'), contents);
  await writeFile(path.join(folder, 'models.ts'), placeholderModels(model));
  await writeFile(path.join(folder, 'runtime', 'validation.ts'), RUNTIME);
  const exports = (await import(pathToFileURL(path.join(folder, 'validators.ts')).href)) as Record<string, unknown>;
  return { folder, source: contents, validator: (typeName) => pick(exports, typeName) };
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

function pick(exports: Record<string, unknown>, typeName: string): GeneratedValidator {
  const fn = (prefix: string): ((value: unknown) => never) => {
    const found = exports[`${prefix}${typeName}`];
    if (typeof found !== 'function') throw new Error(`the generated module has no ${prefix}${typeName}`);
    return found as (value: unknown) => never;
  };
  return { is: fn('is'), validate: fn('validate'), assert: fn('assert') };
}
