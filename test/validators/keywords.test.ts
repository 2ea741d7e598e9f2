import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Json } from '../../generator/model.js';
import type { ValidationIssue } from '../../generator/runtime/validation.js';
import { type GeneratedModule, loadGenerated, typeNamesOf } from './support/generated.js';
import { typecheck } from './support/typecheck.js';
import { specFromSchemas, type SpecUnderTest } from './support/model.js';
import { ajvErrors, createOracle, errorKeys, type Oracle } from './support/oracle.js';
import { KEYWORD_CASES } from './support/keyword-cases.js';
import { reachesBranching } from './support/spec-targets.js';
import type { JsonObject } from '../support/spec-document.js';

/**
 * One table of `{ schema, data, valid, errors }`, run against our generated code and against
 * ajv. Our errors must be exactly the ones written down (path, keyword, message); ajv must give
 * the same verdict and, where no anyOf/oneOf is involved, errors at the same paths with the
 * same keywords.
 */
const schemas: Record<string, Json> = {};
KEYWORD_CASES.forEach((row, index) => {
  schemas[`Case${index}`] = row.schema;
  for (const [name, schema] of Object.entries(row.defs ?? {})) schemas[name] = schema;
});

let spec: SpecUnderTest;
let generated: GeneratedModule;
let oracle: Oracle;
beforeAll(() => {
  spec = specFromSchemas(schemas);
  oracle = createOracle(spec.document as object);
});
// Rendered for each test (the same bytes come from the module cache): what a test proves about
// the renderer is then tied to that test, for the mutation tests too.
beforeEach(async () => {
  generated = await loadGenerated(spec.model, 'keywords');
});

const rows = KEYWORD_CASES.map((row, index) => ({ ...row, typeName: `Case${index}` }));

describe('each keyword gives the verdict, path, keyword and message written down', () => {
  it.each(rows)('$keyword: $name', ({ typeName, data, valid, errors }) => {
    const ours = generated.validator(typeName);
    const result = ours.validate(data);
    expect(result.ok).toBe(valid);
    expect(ours.is(data)).toBe(valid);
    if (!result.ok && errors !== undefined) expect(result.errors).toEqual(errors);
  });
});

describe('the module made from the table', () => {
  it('type-checks under the strict flags (and noUnused*)', () => {
    const runtime = readFileSync(new URL('../../generator/runtime/validation.ts', import.meta.url), 'utf8');
    const models = typeNamesOf(spec.model)
      .map((name) => `export type ${name} = unknown;\n`)
      .join('');
    expect(
      typecheck({ 'validators.ts': generated.source, 'models.ts': models, 'runtime/validation.ts': runtime }),
    ).toEqual([]);
  });
});

describe('ajv agrees with every row of the table', () => {
  it.each(rows)('$keyword: $name', ({ typeName, data, valid }) => {
    const ajv = oracle.compile({ $ref: `spec#/components/schemas/${typeName}` });
    expect(ajv(data)).toBe(valid);
    const result = generated.validator(typeName).validate(data);
    const doc = { file: 'keyword cases', root: spec.document as JsonObject };
    if (!result.ok && !reachesBranching(doc, { $ref: `#/components/schemas/${typeName}` })) {
      expect(errorKeys(result.errors as ValidationIssue[])).toEqual(errorKeys(ajvErrors(ajv)));
    }
  });
});
