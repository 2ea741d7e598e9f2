import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { caseArbitrary } from './support/arbitraries.js';
import { disagreement, reachesBranching } from './support/differential.js';
import { loadGenerated } from './support/generated.js';
import { specFromFile, targetsOf } from './support/model.js';
import { createOracle } from './support/oracle.js';

/**
 * Our generated validators against ajv (+ ajv-formats), the oracle, on values fast-check makes
 * from each schema: valid ones, ones at and just over every edge, and ones of the wrong kind.
 * Verdicts must agree, and so must errors (path and keyword). `npm run fuzz` runs the same
 * comparison 100,000 times per schema.
 */
const SPECS = ['spec/openapi.yaml', 'test/fixtures/inventory.yaml', 'test/validators/fixtures/rich.yaml'].filter(
  (file) => existsSync(file),
);
const RUNS = 3_000;
/** assertX throws on every invalid value; a few hundred of those show it agrees. */
const ASSERT_RUNS = 300;

const loaded = await Promise.all(
  SPECS.map(async (file) => {
    const spec = await specFromFile(file);
    const generated = await loadGenerated(spec.model, `differential-${file.replace(/\W+/g, '-')}`);
    return { file, spec, generated, oracle: createOracle(spec.document), targets: targetsOf(spec.model) };
  }),
);

describe.each(loaded)('$file: generated validators agree with ajv', ({ spec, generated, oracle, targets }) => {
  it.each(targets)(`$name, on ${RUNS} values`, (target) => {
    const ours = generated.validator(target.name);
    const ajv = oracle.compile(target.oracleSchema);
    const exactErrors = !reachesBranching(target.schema, spec.model.schemas);
    let run = 0;
    const property = fc.property(caseArbitrary(target.schema, spec.model.schemas), (value) => {
      const why = disagreement(ours, ajv, value, { exactErrors, checkAssert: run++ < ASSERT_RUNS });
      if (why !== undefined) throw new Error(why);
    });
    fc.assert(property, { numRuns: RUNS, seed: 20240229, includeErrorInReport: true });
  });
});
