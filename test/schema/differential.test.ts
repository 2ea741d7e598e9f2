import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json } from '../../generator/model/at.js';
import { checkValue } from '../../generator/schema/value-check.js';
import { valuesFor } from './support/arbitrary.js';
import { disagreement, oracleVerdict, reachesBranching } from './support/compare.js';
import { generateChecks } from './support/generated.js';
import { createOracle, to202012 } from './support/oracle.js';
import { CLOUDFLARE_SPEC, loadDocument, readSpec } from './support/spec.js';

/**
 * Every component schema of three specs, our generated checks and interpreter against ajv on
 * values fast-check makes from the JSON Schema itself. The seed changes per run and is printed on
 * a failure; FUZZ_RUNS sets the runs per schema (FUZZ_SEED replays one sequence).
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const SPECS: readonly { readonly file: string; readonly runs: number }[] = [
  { file: 'spec/openapi.yaml', runs: 300 },
  { file: 'test/fixtures/inventory.yaml', runs: 300 },
  ...(CLOUDFLARE_SPEC === undefined ? [] : [{ file: CLOUDFLARE_SPEC, runs: 10 }]),
];

describe.each(SPECS)('$file: generated checks, the interpreter and ajv agree', ({ file, runs: defaultRuns }) => {
  const runs = Number(process.env.FUZZ_RUNS ?? defaultRuns);

  it(`on ${runs} values per component schema (seed ${SEED})`, async () => {
    const document = loadDocument(file);
    const asWritten = String((document as { openapi?: string }).openapi).startsWith('3.0')
      ? to202012(document)
      : document;
    const { schemas, named } = readSpec(document, file);
    const started = performance.now();
    const generated = await generateChecks(schemas);
    const ajv = createOracle(asWritten);
    const ready = performance.now();
    const tally = { schemas: 0, values: 0, valid: 0, invalid: 0, both: 0 };
    for (const [id, schema] of schemas) {
      const judges = {
        check: generated.check(id),
        interpret: (value: unknown) => checkValue(schema, value, named) === undefined,
        ajv: ajv(id),
        exactErrors: !reachesBranching(schema, named),
      };
      const raw = (asWritten as { components: { schemas: Record<string, Json> } }).components.schemas[id];
      const seen = { valid: 0, invalid: 0 };
      fc.assert(
        // Arbitraries are built per schema (references inside it built once): shared across the
        // whole document they would all stay alive to the end, gigabytes for Cloudflare.
        fc.property(valuesFor(asWritten)(raw), (value) => {
          const why = disagreement(value, judges);
          if (why !== undefined) throw new Error(`${id}: ${why}\n  value: ${JSON.stringify(value)}\n  seed: ${SEED}`);
          const verdict = oracleVerdict(judges.ajv, value);
          if (verdict === true) seen.valid++;
          else if (verdict === false) seen.invalid++;
        }),
        { numRuns: runs, seed: SEED, endOnFailure: true },
      );
      tally.schemas++;
      tally.values += runs;
      tally.valid += seen.valid;
      tally.invalid += seen.invalid;
      if (seen.valid > 0 && seen.invalid > 0) tally.both++;
    }
    const done = performance.now();
    console.log(
      `${file}: ${JSON.stringify(tally)} seed ${SEED}; setup ${Math.round(ready - started)} ms, runs ${Math.round(done - ready)} ms`,
    );
    expect(tally.valid).toBeGreaterThan(0);
    expect(tally.invalid).toBeGreaterThan(0);
  }, 300_000);
});
