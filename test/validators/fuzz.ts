/**
 * `npm run fuzz`: the differential test at scale. For every schema, parameters object and
 * response body of each spec, many values (valid, at and over every edge, of the wrong kind) go
 * through the validator generated for it (the package is generated into a temporary folder) and ajv. Targets, ajv's schemas and the value generators come
 * from the spec document, as in test/validators/differential.test.ts. Prints the counts per
 * target and the number of disagreements; exits 1 if there is any, or if a target got no valid
 * or no invalid value.
 *
 *   npm run fuzz                     100,000 cases per target, a new seed each run
 *   npm run fuzz -- --runs 20000     fewer (what .ci/run does)
 *   FC_SEED=42 npm run fuzz          the values of an earlier run again
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { ROOT } from '../support/cli.js';
import { loadDocument } from '../support/spec-document.js';
import { disagreement, validatedNames, validatorOf } from './support/differential.js';
import { createOracle } from './support/oracle.js';
import { schemaArbitrary } from './support/schema-arbitrary.js';
import { fuzzSeed, replayHint } from './support/seed.js';
import { removeGeneratedPackages } from './support/package.js';
import { SPECS_UNDER_TEST } from './support/specs.js';
import { specTargets, type SpecTarget } from './support/spec-targets.js';

const BATCH = 10_000;
const SHOWN = 5;

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '100000' } } });
const runs = Number(flags.runs);
const seed = fuzzSeed();

interface Tally {
  valid: number;
  invalid: number;
  disagreements: string[];
}

/** Problems found for one spec: disagreements, and targets that missed valid or invalid values. */
async function fuzzSpec(file: string, load: () => Promise<Readonly<Record<string, unknown>>>): Promise<number> {
  const doc = loadDocument(path.join(ROOT, file));
  const exports = await load();
  const oracle = createOracle(doc.root);
  const targets = specTargets(doc);
  console.log(`\n${file}`);
  let problems = missingTargets(targets, validatedNames(exports));
  for (const target of targets) {
    const ours = validatorOf(exports, target.name);
    const ajv = oracle.compile(target.oracleSchema);
    const arbitrary = schemaArbitrary(doc, target.schema);
    const tally: Tally = { valid: 0, invalid: 0, disagreements: [] };
    for (let done = 0; done < runs; done += BATCH) {
      for (const value of fc.sample(arbitrary, { numRuns: Math.min(BATCH, runs - done), seed: seed + done })) {
        const options = { exactErrors: !target.branching, checkAssert: tally.valid + tally.invalid < 1000 };
        const why = disagreement(ours, ajv, value, options);
        if (why !== undefined) tally.disagreements.push(`${JSON.stringify(value)}\n    ${why}`);
        if (ajv(value)) tally.valid++;
        else tally.invalid++;
      }
    }
    const unvaried = tally.valid === 0 || tally.invalid === 0;
    problems += tally.disagreements.length + (unvaried ? 1 : 0);
    report(target, tally, unvaried);
  }
  return problems;
}

function missingTargets(targets: readonly SpecTarget[], exported: readonly string[]): number {
  const wanted = targets.map((target) => target.name);
  const problems = [
    ...wanted.filter((name) => !exported.includes(name)).map((name) => `no validator for ${name}`),
    ...exported
      .filter((name) => !wanted.includes(name))
      .map((name) => `validate${name} validates nothing the spec declares`),
  ];
  for (const problem of problems) console.log(`  ${problem}`);
  return problems.length;
}

function report(target: SpecTarget, tally: Tally, unvaried: boolean): void {
  const errors = target.branching ? 'errors within ajv' : 'errors equal';
  console.log(
    `  ${target.name.padEnd(40)} ${String(tally.valid + tally.invalid).padStart(8)} cases  ${String(tally.valid).padStart(7)} valid  ${String(tally.invalid).padStart(7)} invalid  (${errors})  disagreements: ${tally.disagreements.length}${unvaried ? '  NOT BOTH VALID AND INVALID' : ''}`,
  );
  for (const example of tally.disagreements.slice(0, SHOWN)) console.log(`    ${example}`);
}

console.log(`fuzz: ${runs} cases per target, seed ${seed}`);
let total = 0;
for (const spec of SPECS_UNDER_TEST) total += await fuzzSpec(spec.file, spec.load);
removeGeneratedPackages();
console.log(`\nproblems: ${total}`);
if (total > 0) console.log(replayHint(seed, `npm run fuzz -- --runs ${runs}`));
process.exitCode = total === 0 ? 0 : 1;
