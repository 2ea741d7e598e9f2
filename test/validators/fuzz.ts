/**
 * `npm run fuzz`: the differential test at scale. For every schema, parameters object and
 * response body of each spec, at least 100,000 values (valid, at and over every edge, of the
 * wrong kind) go through our generated validator and ajv. Prints the counts per schema and the
 * number of disagreements; exits 1 if there is any.
 *
 *   npm run fuzz                     100,000 cases per schema
 *   npm run fuzz -- --runs 1000000   more
 *   npm run fuzz -- --seed 42        another sequence
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { caseArbitrary } from './support/arbitraries.js';
import { disagreement, reachesBranching } from './support/differential.js';
import { loadGenerated } from './support/generated.js';
import { specFromFile, targetsOf } from './support/model.js';
import { createOracle } from './support/oracle.js';

const SPECS = ['spec/openapi.yaml', 'test/fixtures/inventory.yaml', 'test/validators/fixtures/rich.yaml'];
const BATCH = 10_000;
const SHOWN = 5;

const { values: flags } = parseArgs({
  options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' } },
});
const runs = Number(flags.runs);
const seed = Number(flags.seed);

interface Tally {
  valid: number;
  invalid: number;
  disagreements: string[];
}

async function fuzzSpec(file: string): Promise<number> {
  const spec = await specFromFile(file);
  const generated = await loadGenerated(spec.model, `fuzz-${file.replace(/\W+/g, '-')}`);
  const oracle = createOracle(spec.document);
  let disagreements = 0;
  console.log(`\n${file}`);
  for (const target of targetsOf(spec.model)) {
    const ours = generated.validator(target.name);
    const ajv = oracle.compile(target.oracleSchema);
    const options = { exactErrors: !reachesBranching(target.schema, spec.model.schemas), checkAssert: false };
    const arbitrary = caseArbitrary(target.schema, spec.model.schemas);
    const tally: Tally = { valid: 0, invalid: 0, disagreements: [] };
    for (let done = 0; done < runs; done += BATCH) {
      for (const value of fc.sample(arbitrary, { numRuns: Math.min(BATCH, runs - done), seed: seed + done })) {
        const why = disagreement(ours, ajv, value, { ...options, checkAssert: tally.valid + tally.invalid < 1000 });
        if (why !== undefined) tally.disagreements.push(`${JSON.stringify(value)}\n    ${why}`);
        if (ajv(value)) tally.valid++;
        else tally.invalid++;
      }
    }
    disagreements += tally.disagreements.length;
    report(target.name, tally, options.exactErrors);
  }
  return disagreements;
}

function report(name: string, tally: Tally, exactErrors: boolean): void {
  const errors = exactErrors ? 'errors equal' : 'errors within ajv';
  console.log(
    `  ${name.padEnd(40)} ${String(tally.valid + tally.invalid).padStart(8)} cases  ${String(tally.valid).padStart(7)} valid  ${String(tally.invalid).padStart(7)} invalid  (${errors})  disagreements: ${tally.disagreements.length}`,
  );
  for (const example of tally.disagreements.slice(0, SHOWN)) console.log(`    ${example}`);
}

let total = 0;
for (const file of SPECS.filter((spec) => existsSync(spec))) total += await fuzzSpec(file);
console.log(`\ndisagreements: ${total}`);
process.exitCode = total === 0 ? 0 : 1;
