import path from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The tests `npm run mutate` runs against each mutant of generator/runtime/ and the validator
 * compiler: the suites that exercise them, the snapshot tests left out (they would flag any
 * change to the output, equivalent or not, and say nothing about behaviour).
 *
 * The generated package's runtime (generated/src/runtime, generated/dist/runtime) is a verbatim
 * copy of generator/runtime; here imports of it resolve to generator/runtime itself, so the
 * tests of the generated client also test the mutated runtime.
 */
const ROOT = import.meta.dirname;
const RUNTIME_COPY = /[/\\]generated[/\\](?:src|dist)[/\\]runtime[/\\]([\w-]+)\.(?:js|ts)$/;

const runtimeUnderTest: Plugin = {
  name: 'runtime-under-test',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const copy = resolved === null ? null : RUNTIME_COPY.exec(resolved.id);
    return copy === null ? null : path.join(ROOT, 'generator/runtime', `${copy[1]}.ts`);
  },
};

/** Per half of `npm run mutate` (MUTATE, see stryker.config.mjs), the suites that exercise it. */
const RUNTIME_SUITES = [
  'test/runtime/**/*.test.ts',
  'test/client/**/*.test.ts',
  'test/corpus/servers.test.ts',
  'test/corpus/security.test.ts',
  'test/validators/runtime.test.ts',
];
/**
 * The suites that compile checks in this process and judge them: the keyword table (against ajv),
 * the module tests, doc phrases, schema reading, and the generated validators against ajv. Left
 * out: the Cloudflare-sized ones (the whole spec's checks type-checked, or fuzzed with a seed that
 * changes per run), too slow to repeat per mutant, and safety.test.ts, whose CLI child process
 * mutants do not reach.
 */
const VALIDATOR_SUITES = [
  'test/schema/keywords.test.ts',
  'test/schema/check-module.test.ts',
  'test/schema/doc.test.ts',
  'test/schema/read.test.ts',
  'test/validators/differential.test.ts',
];
const SUITES: Record<string, string[]> = {
  runtime: RUNTIME_SUITES,
  validators: VALIDATOR_SUITES,
  all: [...RUNTIME_SUITES, ...VALIDATOR_SUITES],
};

export default defineConfig({
  plugins: [runtimeUnderTest],
  test: {
    // MUTATE_SUITES (space-separated globs) narrows a run to some suites, for a quicker partial score.
    include: process.env['MUTATE_SUITES']?.split(' ') ?? SUITES[process.env['MUTATE'] ?? 'all'] ?? [],
    exclude: [
      // Its fixture clients come from the CLI in a child process, which mutants do not reach.
      'test/client/every-operation.test.ts',
      // Prism, a mock server started per run: slow, and a contract check of the spec, not the runtime.
      'test/client/prism-contract.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      // The same values for every mutant, so that a mutant is killed or not, not by luck; and fewer
      // of them than npm test uses, as the differential runs once per mutant.
      FC_SEED: '20240229',
      DIFFERENTIAL_RUNS: '500',
    },
  },
});
