import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAssets } from '../../generator/assets.js';
import type { ApiModel } from '../../generator/model.js';
import { renderModels } from '../../generator/render/models.js';
import { operationTypes } from '../../generator/render/operation-types.js';
import { renderTypes } from '../../generator/render/types.js';
import { renderValidators } from '../../generator/render/validators.js';
import { typeNamesOf } from './support/generated.js';
import { specFromFile, type SpecUnderTest } from './support/model.js';
import { typecheck } from './support/typecheck.js';

// Listed, never filtered: a missing fixture fails loudly (specFromFile cannot read it).
const SPECS = ['spec/openapi.yaml', 'test/fixtures/inventory.yaml', 'test/validators/fixtures/rich.yaml'];
const RUNTIME = readFileSync(new URL('../../generator/runtime/validation.ts', import.meta.url), 'utf8');

const specs = new Map<string, SpecUnderTest>();
beforeAll(async () => {
  for (const file of SPECS) specs.set(file, await specFromFile(file));
});

function modelOf(file: string): ApiModel {
  const spec = specs.get(file);
  if (spec === undefined) throw new Error(`${file} was not loaded`);
  return spec.model;
}

describe.each(SPECS)('validators.ts for %s', (file) => {
  it('is rendered to src/validators.ts, the same bytes every time', () => {
    const first = renderValidators(modelOf(file));
    expect(first.path).toBe('src/validators.ts');
    expect(renderValidators(modelOf(file)).contents).toBe(first.contents);
  });

  it('says it is generated, and from what, with no timestamp', () => {
    const { contents } = renderValidators(modelOf(file));
    expect(contents).toContain(`Generated from ${file} by cloudflare-billing-codegen; do not edit.`);
    expect(contents).not.toMatch(/\b20\d\d-\d\d-\d\dT/);
  });

  it('imports only types from ./models.js and helpers from ./runtime/validation.js, and evaluates no code', () => {
    const { contents } = renderValidators(modelOf(file));
    const imports = contents.split('\n').filter((line) => /^import\b/.test(line));
    expect(imports).toHaveLength(2);
    expect(imports[0]).toMatch(/^import type \{ [^}]+ \} from '\.\/models\.js';$/);
    expect(imports[1]).toMatch(/^import \{ [^}]+ \} from '\.\/runtime\/validation\.js';$/);
    const code = contents
      .split('\n')
      .filter((line) => !/^\s*(\/\*\*|\*|\/\/)/.test(line))
      .join('\n');
    expect(code).not.toMatch(/\beval\b|\bFunction\(|\brequire\(|\bajv\b/);
  });

  it('exports isX, validateX and assertX for every schema, parameters object and response body', () => {
    const { contents } = renderValidators(modelOf(file));
    for (const name of typeNamesOf(modelOf(file))) {
      expect(contents).toContain(`export function is${name}(`);
      expect(contents).toContain(`export function validate${name}(value: unknown): ValidationResult<${name}>`);
      expect(contents).toContain(`export function assert${name}(value: unknown): asserts value is ${name}`);
    }
  });

  it('type-checks under the strict flags (and noUnused*), against placeholder types', () => {
    const models = typeNamesOf(modelOf(file))
      .map((name) => `export type ${name} = unknown;\n`)
      .join('');
    expect(
      typecheck({
        'validators.ts': renderValidators(modelOf(file)).contents,
        'models.ts': models,
        'runtime/validation.ts': RUNTIME,
      }),
    ).toEqual([]);
  });
});

describe('against the real types', () => {
  it.each(SPECS.filter((file) => !file.includes('rich')))(
    '%s type-checks with models.ts and types.ts as the generator writes them',
    async (file) => {
      const spec = specs.get(file);
      if (spec === undefined) throw new Error(`${file} was not loaded`);
      const { templates } = await loadAssets();
      const files = {
        'validators.ts': renderValidators(spec.model).contents,
        'models.ts': renderModels(spec.model, operationTypes(spec.model), templates.models).contents,
        'types.ts': (await renderTypes(spec.model, spec.document)).contents,
        'runtime/validation.ts': RUNTIME,
      };
      expect(typecheck(files)).toEqual([]);
    },
  );
});

describe('names', () => {
  it('a schema whose type name is also an operation type is refused, naming it', () => {
    const model = modelOf(SPECS[0] ?? '');
    const [first] = model.schemas;
    const [operation] = model.operations;
    if (first === undefined || operation === undefined) throw new Error('the spec needs a schema and an operation');
    const clash: ApiModel = {
      ...model,
      schemas: [...model.schemas, { ...first, name: 'Clash', typeName: `${operation.typeName}Params` }],
    };
    expect(() => renderValidators(clash)).toThrow(
      `validators: two validated types are both named ${operation.typeName}Params`,
    );
  });
});
