import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { loadDocument } from '../support/spec-document.js';
import { disagreement, validatedNames, validatorOf } from './support/differential.js';
import { createOracle } from './support/oracle.js';
import { schemaArbitrary } from './support/schema-arbitrary.js';
import { fuzzSeed, replayHint } from './support/seed.js';
import { SPECS_UNDER_TEST } from './support/specs.js';
import { specTargets } from './support/spec-targets.js';

/**
 * Our generated validators against ajv (+ ajv-formats), the oracle, on values fast-check makes
 * from each schema: valid ones, ones at and just over every edge, and ones of the wrong kind.
 * Verdicts must agree, and so must errors (path and keyword).
 *
 * Independent of the code under test: the targets, ajv's schemas (parameters included) and the
 * value generators all come from the spec document, not from the generator's model. The seed
 * changes every run; a failure names it (FC_SEED=... replays it). `npm run fuzz` runs the same
 * comparison with many more values.
 */
/** DIFFERENTIAL_RUNS lowers it for the mutation run, which repeats this file once per mutant. */
const RUNS = Number(process.env['DIFFERENTIAL_RUNS'] ?? 3_000);
/** assertX throws on every invalid value; a few hundred of those show it agrees. */
const ASSERT_RUNS = Math.min(300, RUNS);
const SEED = fuzzSeed();

describe.each(SPECS_UNDER_TEST.map((spec) => [spec.file, spec] as const))(
  '%s: generated validators agree with ajv',
  (file, spec) => {
    const doc = loadDocument(path.join(ROOT, file));
    const targets = specTargets(doc);
    const oracle = createOracle(doc.root);

    it('has a validator for exactly the schemas, parameters and response bodies the spec declares', async () => {
      expect(validatedNames(await spec.load()).sort()).toEqual(targets.map((target) => target.name).sort());
    });

    it.each(targets.map((target) => [target.name, target] as const))(
      `%s, on ${RUNS} values both valid and invalid`,
      async (_name, target) => {
        const ours = validatorOf(await spec.load(), target.name);
        const ajv = oracle.compile(target.oracleSchema);
        const tally = { valid: 0, invalid: 0 };
        const property = fc.property(schemaArbitrary(doc, target.schema), (value) => {
          if (ajv(value)) tally.valid++;
          else tally.invalid++;
          const checkAssert = tally.valid + tally.invalid <= ASSERT_RUNS;
          const why = disagreement(ours, ajv, value, { exactErrors: !target.branching, checkAssert });
          if (why !== undefined) throw new Error(why);
        });
        try {
          fc.assert(property, { numRuns: RUNS, seed: SEED, includeErrorInReport: true });
        } catch (error) {
          throw new Error(`${(error as Error).message}\n${replayHint(SEED, 'test/validators/differential.test.ts')}`);
        }
        expect(tally.valid, `valid values for ${target.name}`).toBeGreaterThan(0);
        expect(tally.invalid, `invalid values for ${target.name}`).toBeGreaterThan(0);
      },
    );
  },
);
