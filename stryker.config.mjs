// @ts-check
/**
 * Mutation testing (StrykerJS) of the runtime every user runs and of the validator compiler.
 *
 *   npm run mutate               both, one report
 *   npm run mutate:runtime       generator/runtime/ only
 *   npm run mutate:validators    the check compiler and keywords generated validators come from
 *
 * Incremental: a later run re-tests only the mutants whose code or covering tests changed
 * (delete reports/mutation/ for a full run). Reports: reports/mutation/<scope>.html and .json.
 */
/** What generated validators are compiled by: the check compiler and the keyword registry. */
const VALIDATOR_SOURCES = ['generator/schema/check*.ts', 'generator/schema/keywords/**/*.ts'];
const RUNTIME_SOURCES = [
  'generator/runtime/**/*.ts',
  '!generator/runtime/keywords.ts',
  '!generator/runtime/formats.ts',
];
const SCOPES = {
  all: [...RUNTIME_SOURCES, ...VALIDATOR_SOURCES],
  // keywords.ts and formats.ts are left out: Stryker 9.6's instrumenter does not finish on them
  // (an hour at full CPU without a result).
  runtime: RUNTIME_SOURCES,
  validators: VALIDATOR_SOURCES,
};
const scope = process.env.MUTATE ?? 'all';
const mutate = SCOPES[/** @type {keyof typeof SCOPES} */ (scope)];
if (mutate === undefined) throw new Error(`MUTATE must be one of ${Object.keys(SCOPES).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  mutate,
  coverageAnalysis: 'perTest',
  // The machine has two cores.
  concurrency: 2,
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: `reports/mutation/${scope}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
